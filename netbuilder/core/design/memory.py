"""How much memory a design needs, known before anything is allocated, and whether this process may have it.
Torch-free (shape inference already knows every layer's parameters and output size); the free memory of a CUDA
device is asked of torch by the caller (``training.device``), so the editor can show the estimate without torch.

The estimate for training (float32 everywhere), fitted to what runs (benchmarks/bench_memory.py measures it):

- parameters, and their gradients: 4 bytes each, twice;
- the optimizer's state: Adam and AdamW keep two values per parameter, SGD with momentum and RMSprop one (two with
  momentum), plain SGD none; and its step's temporaries (torch's multi-tensor Adam, AdamW and RMSprop make one
  parameter-sized intermediate);
- the copies of the weights kept beside the run: the window's rewind timeline (``training.timeline``: its
  snapshots of the run's epochs within its budget, and a new one before it thins them out: three copies for a
  large network), which is also what ``train --save`` holds while it writes a checkpoint;
- the batch: every layer's output is kept for the backward pass (views such as Flatten add nothing) and the
  backward pass holds the gradients of the two largest at its peak; a recurrent layer keeps its gates and states
  for every step (16 values per hidden unit and step for an LSTM, in proportion to the gates for GRU and RNN)
  and makes two copies of its weights' gradient; plus the batch itself (the input, converted to float32 and
  normalised: two copies);
- or, when it is larger, an evaluation pass: batches sized by :func:`eval_batch_size`, with no backward pass (a
  recurrent layer holds 2.5 values per hidden unit and step for an LSTM), its layers' outputs and the input
  (times ``HEAP_SLACK`` when its tensors are small enough for the heap, whose freed blocks stay resident).

The dataset itself is not counted here (the summary says so), nor what a process loads once for its first run.
What this process may have is :mod:`netbuilder.core.system`'s to say.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Cause, DesignError, TrainingError
from .graph import Design
from .shapes import BYTES_PER_VALUE, ShapeReport, infer_shapes
from ..layers.base import numel
from ..system import human_bytes
from ..text import msg

#: values of optimizer state per parameter
OPTIMIZER_STATE = {"sgd": 0, "adam": 2, "adamw": 2, "rmsprop": 1}
#: layers whose output is a view of their input: no memory of their own
VIEWS = frozenset({"Flatten", "Reshape", "Unflatten", "Identity"})
#: share of the free memory a run may plan to use: the rest is for the allocator, Python, the GUI and the data
USABLE_SHARE = 0.9
#: the rewind timeline (``training.timeline``): its budget for weight snapshots, and the networks small enough
#: (weights of at most SMALL_WEIGHTS bytes) to be snapshotted SMALL_PER_EPOCH times an epoch, not once
SNAPSHOT_BUDGET = 64 * 2**20
SMALL_WEIGHTS = 2**20
SMALL_PER_EPOCH = 10
#: parameter-sized temporaries of one optimizer step (torch's multi-tensor implementations)
STEP_TEMPORARIES = {"sgd": 0, "adam": 1, "adamw": 1, "rmsprop": 1}
#: values a recurrent layer keeps per hidden unit and step, for training and for evaluation (LSTM measured;
#: GRU and RNN in proportion to their gates: 3 and 1 of the LSTM's 4)
RECURRENT = {"LSTM": (16, 2.5), "GRU": (12, 1.875), "RNN": (4, 0.625)}
#: an evaluation pass whose largest tensor is below glibc's largest mmap threshold (32 MB) is served from the heap,
#: where freed blocks stay resident: measured 1.6 to 1.8 times its tensors (benchmarks/bench_memory.py)
HEAP_SLACK = 1.6
MMAP_THRESHOLD = 32 * 2**20


@dataclass
class MemoryEstimate:
    parameters: int
    parameter_bytes: int
    gradient_bytes: int
    optimizer_bytes: int  # the optimizer's state and its step's temporaries
    activation_bytes: int  # for one batch: kept outputs, the backward pass's gradients, recurrent layers' states
    input_bytes: int
    batch_size: int
    optimizer: str
    #: (node id, type, parameters, bytes of parameters + gradients + optimizer state + the batch's activations)
    largest: list[tuple[str, str, int, int]] = field(default_factory=list)
    snapshot_bytes: int = 0  # the copies of the weights kept beside the run (the rewind timeline)
    evaluation_bytes: int = 0  # an evaluation pass's batch: counted instead of training's batch when larger

    @property
    def batch_bytes(self) -> int:
        """The larger of a training batch's (activations and input) and an evaluation batch's memory."""
        return max(self.activation_bytes + self.input_bytes, self.evaluation_bytes)

    @property
    def total(self) -> int:
        return (self.parameter_bytes + self.gradient_bytes + self.optimizer_bytes + self.snapshot_bytes
                + self.batch_bytes)

    def parts(self) -> str:
        """The total broken down, in words."""
        state = (f", {self.optimizer}'s state {human_bytes(self.optimizer_bytes)}" if self.optimizer_bytes else "")
        snapshots = f", weight snapshots {human_bytes(self.snapshot_bytes)}" if self.snapshot_bytes else ""
        return (f"weights {human_bytes(self.parameter_bytes)}, gradients {human_bytes(self.gradient_bytes)}{state}"
                f"{snapshots}, activations for a batch of {self.batch_size:,} {human_bytes(self.activation_bytes)}")

    def as_dict(self) -> dict:
        return {"total_bytes": self.total, "parameter_bytes": self.parameter_bytes,
                "gradient_bytes": self.gradient_bytes, "optimizer_bytes": self.optimizer_bytes,
                "snapshot_bytes": self.snapshot_bytes, "activation_bytes": self.activation_bytes,
                "input_bytes": self.input_bytes, "evaluation_bytes": self.evaluation_bytes,
                "batch_size": self.batch_size, "optimizer": self.optimizer,
                "largest": [{"id": i, "type": t, "params": p, "bytes": b} for i, t, p, b in self.largest]}


def eval_batch_size(batch_size: int, sample_bytes: int) -> int:
    """Evaluation batches: at least the training batch, about 32 MB of activations, 256 to 8192 samples."""
    return max(batch_size, min(8192, max(256, (32 << 20) // max(1, sample_bytes))))


def snapshot_bytes(weights: int, epochs: int = 1, budget: int = SNAPSHOT_BUDGET) -> int:
    """The most the rewind timeline holds while a run of ``epochs`` epochs trains weights of ``weights`` bytes:
    the snapshots it takes (the start, each epoch's or a small network's SMALL_PER_EPOCH an epoch, the end's),
    within its budget or two snapshots (the first and the last), plus the new one it takes before thinning out."""
    taken = 2 + max(1, epochs) * (SMALL_PER_EPOCH + 1 if weights <= SMALL_WEIGHTS else 1)
    return min(taken * weights, max(budget, 2 * weights) + weights)


def _recurrent(design: Design, info) -> tuple[int, int, int]:
    """(values kept per sample for training, for evaluation, stacked layers) of a recurrent node, else zeros."""
    if info.type not in RECURRENT or not info.in_shapes or len(info.in_shapes[0]) != 2 or info.shape is None:
        return 0, 0, 0
    params = design.node(info.id).params if info.id in design.nodes else {}
    width = info.shape[-1]
    steps, layers = info.in_shapes[0][0], params.get("num_layers", 1)
    layers = layers if isinstance(layers, int) and layers > 0 else 1
    train, evaluate = RECURRENT[info.type]
    return int(train * steps * width * layers), int(evaluate * steps * width * layers), layers


def estimate(design: Design, report: ShapeReport | None = None, *, batch_size: int = 32,
             optimizer: str = "adam", epochs: int = 1) -> MemoryEstimate:
    """The memory to train ``design`` for ``epochs`` on batches of ``batch_size`` with ``optimizer``."""
    report = report or infer_shapes(design)
    state = OPTIMIZER_STATE.get(optimizer, 2) + STEP_TEMPORARIES.get(optimizer, 1)
    per_param = BYTES_PER_VALUE * (2 + state)
    layers = []
    kept = largest = inputs = evaluation = largest_eval = 0  # bytes per sample
    extra = 0  # recurrent layers' second and third gradient copies
    for info in report.nodes.values():
        out = numel(info.shape) * BYTES_PER_VALUE if info.shape is not None else 0
        if info.type == "Input":
            inputs += out
            continue
        if info.type in VIEWS:
            out = 0
        train, evaluate, _ = _recurrent(design, info)
        if train:
            extra += 2 * info.params * BYTES_PER_VALUE
        kept += max(out, train * BYTES_PER_VALUE)
        evaluation += max(out, evaluate * BYTES_PER_VALUE)
        largest_eval = max(largest_eval, out, evaluate * BYTES_PER_VALUE)
        largest = max(largest, out)
        layers.append((info.id, info.type, info.params, info.params * per_param + 2 * out * batch_size))
    params = report.total_params
    activations = (kept + 2 * largest) * batch_size + extra
    sample = report.activation_bytes + inputs  # as the trainer sizes its evaluation batches
    rows = eval_batch_size(batch_size, sample)
    evaluating = rows * (evaluation + inputs)
    if rows * max(inputs, largest_eval) < MMAP_THRESHOLD:
        evaluating = int(evaluating * HEAP_SLACK)
    layers.sort(key=lambda layer: -layer[3])
    weights = params * BYTES_PER_VALUE
    stored = weights + report.total_frozen * BYTES_PER_VALUE  # frozen weights are held, with no gradient or state
    return MemoryEstimate(params, stored, weights, weights * state, activations, 2 * inputs * batch_size,
                          batch_size, optimizer, layers[:3], snapshot_bytes(stored, epochs), evaluating)


def check_fits(needed: MemoryEstimate, free: int | None, device: str, design_name: str) -> None:
    """Raise a TrainingError naming the largest layers and what to change when ``needed`` does not fit in
    ``USABLE_SHARE`` of ``free`` bytes on ``device`` (no check when ``free`` is unknown)."""
    if free is None or needed.total <= USABLE_SHARE * free:
        return
    biggest = "; ".join(f"{node_id} ({kind}, {params:,} parameters, {human_bytes(size)})"
                        for node_id, kind, params, size in needed.largest)
    limit = msg(", or raise the limit") if "limit" in device else ""
    raise TrainingError(
        msg("{design_name}: training needs about {needed} ({parts}), but {device} has {free} free. The "
            "largest layers: {biggest}. Make them smaller (fewer units, channels or features), use a smaller batch "
            "size, or train on a device with more memory{limit}.", design_name=design_name,
            needed=human_bytes(needed.total), parts=needed.parts(), device=device, free=human_bytes(free),
            biggest=biggest, limit=limit),
        cause=Cause.OUT_OF_MEMORY)


def check_weights_fit(report: ShapeReport, free: int | None, design_name: str,
                      where: str = msg("this computer")) -> None:
    """Compiling allocates the weights in the computer's memory: refuse, naming the largest layers, when they alone
    cannot fit (a checkpoint or design asking for 10^12 parameters)."""
    weights = (report.total_params + report.total_frozen) * BYTES_PER_VALUE
    if free is None or weights <= USABLE_SHARE * free:
        return
    largest = sorted(report.nodes.values(), key=lambda info: -info.params)[:3]
    biggest = "; ".join(f"{info.id} ({info.type}, {info.params:,} parameters)" for info in largest if info.params)
    raise DesignError(
        msg("{design_name}: its {total_params:,} parameters need {needed} for the weights alone, but {where} "
            "has {free} free. The largest layers: {biggest}. Make them smaller.", design_name=design_name,
            total_params=report.total_params, needed=human_bytes(weights), where=where,
            free=human_bytes(free), biggest=biggest),
        cause=Cause.OUT_OF_MEMORY)
