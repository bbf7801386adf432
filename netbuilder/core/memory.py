"""How much memory a design needs, known before anything is allocated, and whether a device has it. Torch-free
(shape inference already knows every layer's parameters and output size); the free memory of a CUDA device is
asked of torch by the caller (``training.device``), so the editor can show the estimate without loading torch.

The estimate for training one batch (float32 everywhere):

- parameters, and their gradients: 4 bytes each, twice;
- the optimizer's state: Adam and AdamW keep two values per parameter, SGD with momentum and RMSprop one (two with
  momentum), plain SGD none;
- activations: every layer's output for the batch is kept for the backward pass, and the backward pass holds a
  gradient of the same size at its peak: twice the forward outputs (views such as Flatten add nothing);
- the batch itself (the input, in float32).

Evaluation and prediction need the parameters and one layer's output at a time; the trainer already sizes its
evaluation batches from the activation memory. The dataset itself is not counted here (the summary says so).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .errors import DesignError, TrainingError
from .graph import Design
from .shapes import BYTES_PER_VALUE, ShapeReport, infer_shapes
from .layers.base import numel

#: values of optimizer state per parameter
OPTIMIZER_STATE = {"sgd": 0, "adam": 2, "adamw": 2, "rmsprop": 1}
#: layers whose output is a view of their input: no memory of their own
VIEWS = frozenset({"Flatten", "Reshape", "Unflatten", "Identity"})
#: share of the free memory a run may plan to use: the rest is for the allocator, Python, the GUI and the data
USABLE_SHARE = 0.9


@dataclass
class MemoryEstimate:
    parameters: int
    parameter_bytes: int
    gradient_bytes: int
    optimizer_bytes: int
    activation_bytes: int  # for one batch, forward outputs and their gradients
    input_bytes: int
    batch_size: int
    optimizer: str
    #: (node id, type, parameters, bytes of parameters + gradients + optimizer state + the batch's activations)
    largest: list[tuple[str, str, int, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (self.parameter_bytes + self.gradient_bytes + self.optimizer_bytes + self.activation_bytes
                + self.input_bytes)

    def parts(self) -> str:
        """The total broken down, in words."""
        from .summary import human_bytes
        state = (f", {self.optimizer}'s state {human_bytes(self.optimizer_bytes)}" if self.optimizer_bytes else "")
        return (f"weights {human_bytes(self.parameter_bytes)}, gradients {human_bytes(self.gradient_bytes)}{state}, "
                f"activations for a batch of {self.batch_size:,} {human_bytes(self.activation_bytes)}")

    def as_dict(self) -> dict:
        return {"total_bytes": self.total, "parameter_bytes": self.parameter_bytes,
                "gradient_bytes": self.gradient_bytes, "optimizer_bytes": self.optimizer_bytes,
                "activation_bytes": self.activation_bytes, "input_bytes": self.input_bytes,
                "batch_size": self.batch_size, "optimizer": self.optimizer,
                "largest": [{"id": i, "type": t, "params": p, "bytes": b} for i, t, p, b in self.largest]}


def estimate(design: Design, report: ShapeReport | None = None, *, batch_size: int = 32,
             optimizer: str = "adam") -> MemoryEstimate:
    """The memory to train ``design`` on batches of ``batch_size`` with ``optimizer``."""
    report = report or infer_shapes(design)
    state = OPTIMIZER_STATE.get(optimizer, 2)
    per_param = BYTES_PER_VALUE * (2 + state)
    layers = []
    activations = inputs = 0
    for info in report.nodes.values():
        out = numel(info.shape) * BYTES_PER_VALUE * batch_size if info.shape is not None else 0
        if info.type == "Input":
            inputs += out
            continue
        if info.type in VIEWS:
            out = 0
        activations += 2 * out
        layers.append((info.id, info.type, info.params, info.params * per_param + 2 * out))
    params = report.total_params
    layers.sort(key=lambda layer: -layer[3])
    return MemoryEstimate(params, params * BYTES_PER_VALUE, params * BYTES_PER_VALUE,
                          params * BYTES_PER_VALUE * state, activations, inputs, batch_size, optimizer, layers[:3])


def free_ram() -> int | None:
    """Bytes of memory the system can still give (Linux: MemAvailable), or None where it cannot be told."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def check_fits(needed: MemoryEstimate, free: int | None, device: str, design_name: str) -> None:
    """Raise a TrainingError naming the largest layers and what to change when ``needed`` does not fit in
    ``USABLE_SHARE`` of ``free`` bytes on ``device`` (no check when ``free`` is unknown)."""
    if free is None or needed.total <= USABLE_SHARE * free:
        return
    from .summary import human_bytes
    biggest = "; ".join(f"{node_id} ({kind}, {params:,} parameters, {human_bytes(size)})"
                        for node_id, kind, params, size in needed.largest)
    raise TrainingError(
        f"{design_name}: training needs about {human_bytes(needed.total)} ({needed.parts()}), but {device} has "
        f"{human_bytes(free)} free. The largest layers: {biggest}. Make them smaller (fewer units, channels or "
        f"features), use a smaller batch size, or train on a device with more memory.")


def check_weights_fit(report: ShapeReport, free: int | None, design_name: str) -> None:
    """Compiling allocates the weights in the computer's memory: refuse, naming the largest layers, when they alone
    cannot fit (a checkpoint or design asking for 10^12 parameters)."""
    weights = report.total_params * BYTES_PER_VALUE
    if free is None or weights <= USABLE_SHARE * free:
        return
    from .summary import human_bytes
    largest = sorted(report.nodes.values(), key=lambda info: -info.params)[:3]
    biggest = "; ".join(f"{info.id} ({info.type}, {info.params:,} parameters)" for info in largest if info.params)
    raise DesignError(
        f"{design_name}: its {report.total_params:,} parameters need {human_bytes(weights)} for the weights alone, "
        f"but this computer has {human_bytes(free)} free. The largest layers: {biggest}. Make them smaller.")
