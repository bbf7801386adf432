"""Export and import: the design as a PyTorch script, a checkpoint as ONNX, an nn.Module as a design."""
