"""The design model: the graph, its file format, checks, shapes, memory, summary, layout, the compiler to an nn.Module,
the training settings' schema and the bundled presets. No Qt; torch only where a module is built."""
