"""A model.summary()-style table of a design, shared by the CLI and the GUI's summary dock."""
from __future__ import annotations

from .graph import Design
from .shapes import infer_shapes


def summarize(design: Design) -> dict:
    """``{"layers": [{"id", "type", "output_shape", "params"}], "total_params", "flops", "activation_bytes"}``."""
    report = infer_shapes(design)
    layers = []
    for node_id in report.order:
        info = report.nodes[node_id]
        layers.append({"id": node_id, "type": info.type,
                       "output_shape": list(info.shape) if info.shape is not None else None,
                       "params": info.params})
    return {"layers": layers, "total_params": report.total_params, "flops": report.flops,
            "activation_bytes": report.activation_bytes}


def human_bytes(n: float) -> str:
    """Bytes in B, KB, MB or GB (powers of 1024), as the CLI and the summary dock print them."""
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"
