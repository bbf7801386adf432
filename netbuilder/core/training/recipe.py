"""How netbuilder trains, written once.

The trainer, the datasets and the evaluator call these functions, and the exporter copies their source into the
exported script (:mod:`netbuilder.core.exchange.codegen`), so that a script and netbuilder cannot drift apart: the same
losses on the same outputs, optimizers, schedulers, early stopping, divergence stop, validation split,
preprocessing, targets, metrics, batch order and devices. Plain torch and the standard library only; the one
things taken from elsewhere in netbuilder (``higher_is_better``; ``msg``, which marks a message the window
translates: the script gets a plain one) are torch-free and are copied along with it.
"""
from __future__ import annotations

import contextlib
import inspect
import math
import os
import re

import torch
import torch.nn.functional as F
from torch import nn

from ..design.memory import eval_batch_size  # noqa: F401  (sized where the memory estimate counts it)
from ..design.settings import WITH_MOMENTUM
from ..design.train_config import higher_is_better
from ..text import msg

# devices -------------------------------------------------------------------------------------------------------
DEVICE_FORMS = "auto, cpu, cuda, or cuda:N (N = 0, 1, ... the GPU number)"


def pick_device(spec="auto"):
    """``auto``, ``cpu``, ``cuda`` or ``cuda:N`` -> a torch.device; ValueError saying what to type instead."""
    text = "auto" if spec is None else str(spec).strip().lower()
    if text == "auto":
        return torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")
    if text == "cpu":
        return torch.device("cpu")
    match = re.fullmatch(r"cuda(?::(\d+))?", text)
    if not match:
        raise ValueError(msg("unknown device {spec!r}; use {forms}", spec=spec, forms=DEVICE_FORMS))
    if not torch.cuda.is_available():
        raise ValueError(msg("CUDA was requested but this machine has no CUDA device (torch reports none). "
                             "Use --device cpu or auto."))
    if match.group(1) is None:
        return torch.device("cuda")
    index, count = int(match.group(1)), torch.cuda.device_count()
    if index >= count:
        if count == 1:
            raise ValueError(msg("device cuda:{index} does not exist: this machine has 1 CUDA device (cuda:0)",
                                 index=index))
        raise ValueError(msg("device cuda:{index} does not exist: this machine has {count} CUDA devices (cuda:0 to "
                             "cuda:{last})", index=index, count=count, last=count - 1))
    return torch.device("cuda", index)


# losses, targets and what counts as right ----------------------------------------------------------------------
# Each loss takes the model's scores: a final Softmax (cross_entropy) or Sigmoid (bce) is folded into the loss,
# which is numerically stabler, so training calls the model's forward_logits.
LOSS_FUNCTIONS = {"cross_entropy": F.cross_entropy, "bce": F.binary_cross_entropy_with_logits,
                  "mse": F.mse_loss, "l1": F.l1_loss}


def make_targets(y, kind, num_classes, output_shape):
    """A whole split's labels or values -> what the loss compares the output with (done once, not per batch).
    ``kind``: multiclass (class numbers), binary (one 0/1 output), onehot (a 0/1 output per class), regression."""
    if kind == "multiclass":
        return y.long()
    if kind == "binary":
        return y.to(torch.float32).reshape(-1, 1)
    if kind == "onehot":
        return F.one_hot(y.long(), num_classes).to(torch.float32)
    return y.to(torch.float32).reshape(y.shape[0], *output_shape)


def target_labels(target, kind):
    """The true class of each sample, from its targets (None for regression)."""
    if kind == "regression":
        return None
    if kind == "multiclass":
        return target
    if kind == "binary":
        return target.reshape(-1).long()
    return target.argmax(1)


def predicted_labels(out, kind, threshold=0.0):
    """Scores -> the predicted class of each sample: the highest score, or for a single output, a score above
    ``threshold`` (0 for bce's logits, 0.5 for an output trained with mse or l1) means class 1."""
    if kind == "binary":
        return (out.reshape(-1) > threshold).long()
    return out.argmax(1)


def regression_sums(out, target):
    """Sum of absolute errors, and squared errors per output, in float64 (for MAE and R^2 over many batches)."""
    diff = (out.detach() - target).reshape(len(target), -1)
    return diff.abs().sum(dtype=torch.float64), (diff * diff).sum(0, dtype=torch.float64)


def total_sum_of_squares(target):
    """Per-output SST of a whole split (float64), for an R^2 accumulated over batches."""
    target = target.double().reshape(target.shape[0], -1)
    return ((target - target.mean(0)) ** 2).sum(0)


def r2_from_sums(sse, sst):
    """Mean over outputs of ``1 - SSE/SST``; an output with ``SST == 0`` counts 1.0 if ``SSE == 0`` else 0.0
    (scikit-learn's uniform average)."""
    sse, sst = sse.double().reshape(-1), sst.double().reshape(-1)
    per_output = torch.where(sst > 0, 1 - sse / sst.clamp(min=1e-300),
                             torch.where(sse == 0, torch.ones_like(sse), torch.zeros_like(sse)))
    return float(per_output.mean())


# optimizers and schedulers -------------------------------------------------------------------------------------
OPTIMIZERS = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW,
              "rmsprop": torch.optim.RMSprop}


def fused_supported(cls, params):
    """True when ``cls`` takes ``fused=True`` for these parameters: torch has fused kernels for their device and
    they are all floating point."""
    if "fused" not in inspect.signature(cls.__init__).parameters:
        return False
    try:
        from torch.optim.optimizer import _get_fused_kernels_supported_devices
        devices = set(_get_fused_kernels_supported_devices())
    except ImportError:  # older torch: fused is CUDA only
        devices = {"cuda"}
    return bool(params) and all(p.device.type in devices and torch.is_floating_point(p) for p in params)


def make_optimizer(settings, params):
    """The optimizer ``settings`` names (name, lr, momentum, weight_decay) and the implementation it uses:
    torch's fused kernels where they exist for the device, else foreach."""
    name = settings["name"]
    cls = OPTIMIZERS[name]
    params = [p for p in params if p.requires_grad]
    kwargs = {"lr": settings["lr"], "weight_decay": settings["weight_decay"]}  # complete: TrainConfig's
    if name in WITH_MOMENTUM:
        kwargs["momentum"] = settings["momentum"]
    if fused_supported(cls, params):
        return cls(params, fused=True, **kwargs), "fused"
    return cls(params, foreach=True, **kwargs), "foreach"


def make_scheduler(settings, optimizer, epochs):
    """A per-epoch learning-rate scheduler, or None. ``plateau`` watches the monitored metric for a rise of a
    score (accuracy, R^2) or a fall of an error (loss, MAE)."""
    if not settings:
        return None
    name = settings["name"]
    if name == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, step_size=settings["step_size"], gamma=settings["gamma"])
    if name == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(1, epochs),
                                                          eta_min=settings["eta_min"])
    mode = "max" if higher_is_better(settings.get("monitor", "val_loss")) else "min"
    return torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode=mode, factor=settings["factor"],
                                                      patience=settings["patience"])


def monitored(metrics, monitor):
    """The metric ``monitor`` names and its value; without a validation split ``val_X`` is read as ``X``."""
    key = monitor if monitor in metrics else monitor.removeprefix("val_")
    return key, metrics[key]


def step_scheduler(scheduler, settings, metrics):
    """After an epoch: ``plateau`` is stepped with the metric it watches, the others once."""
    if scheduler is None:
        return
    if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
        scheduler.step(monitored(metrics, settings.get("monitor", "val_loss"))[1])
    else:
        scheduler.step()


def current_lr(optimizer):
    return float(optimizer.param_groups[0]["lr"])


# keeping the weights safe --------------------------------------------------------------------------------------
def clone_state(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def all_finite(model):
    """True when every floating-point parameter and buffer is finite; one host read however many tensors."""
    with torch.no_grad():
        flags = [torch.isfinite(t).all() for t in model.state_dict().values() if t.is_floating_point()]
        return bool(torch.stack(flags).all()) if flags else True


def has_nan(model):
    with torch.no_grad():
        return any(bool(torch.isnan(t).any()) for t in model.state_dict().values() if t.is_floating_point())


class EarlyStopping:
    """Stop after ``patience`` epochs without a better ``monitor`` (by more than ``min_delta``), keeping the best
    epoch's weights; without a validation split ``val_X`` watches ``X``."""

    def __init__(self, settings):
        self.patience, self.min_delta = settings["patience"], settings["min_delta"]
        self.monitor = settings.get("monitor", "val_loss")
        self.monitor_used, self.fallback_note = self.monitor, ""
        self.best = None
        self.best_epoch = None
        self.best_state = None
        self.wait = 0

    def update(self, epoch, metrics, model):
        """Record this epoch; True when the run should stop."""
        key, value = monitored(metrics, self.monitor)
        if key != self.monitor:
            self.fallback_note = msg(" There is no validation split, so early stopping watched {key} instead of "
                                     "{monitor}.", key=key, monitor=self.monitor)
        self.monitor_used = key
        higher = higher_is_better(key)
        improved = self.best is None or (value > self.best + self.min_delta if higher
                                         else value < self.best - self.min_delta)
        if improved and math.isfinite(value):
            self.best, self.best_epoch, self.best_state, self.wait = value, epoch, clone_state(model), 0
            return False
        self.wait += 1
        return self.wait >= max(1, self.patience)

    def summary(self, stopped_early, last_epoch):
        """What early stopping did, in words, once the best weights are back in the model."""
        kept = msg("Kept the weights of epoch {epoch} (best {monitor}: {best:.4g}).", epoch=self.best_epoch,
                   monitor=self.monitor_used, best=self.best)
        if stopped_early:
            return msg("No improvement in {monitor} for {patience} epoch(s): stopped after epoch {last}. "
                       "{kept}{note}", monitor=self.monitor_used, patience=self.patience, last=last_epoch, kept=kept,
                       note=self.fallback_note)
        return msg("{kept}{note}", kept=kept, note=self.fallback_note)


# divergence: a NaN or infinite loss stops the run, and the weights go back to the last good epoch -------------
def what_is(value):
    return msg("NaN") if math.isnan(value) else msg("infinite")


def loss_problem(value, epoch, batch):
    return msg("The loss became {what} at epoch {epoch}, batch {batch}", what=what_is(value), epoch=epoch,
               batch=batch)


def epoch_end_problem(model, epoch, loss, source, partial=False):
    """None when the weights after ``epoch`` are finite and give a finite ``loss`` (the validation loss, else the
    loss on a few training samples, named by ``source``), else what went wrong."""
    if not all_finite(model):
        what = msg("NaN") if has_nan(model) else msg("infinite")
        return msg("The weights became {what} during epoch {epoch} (every batch's loss was finite)", what=what,
                   epoch=epoch)
    if not math.isfinite(loss):
        when = msg("when the run stopped in epoch {epoch}", epoch=epoch) if partial else \
            msg("at the end of epoch {epoch}", epoch=epoch)
        return msg("The {source} became {what} with the weights {when}", source=source, what=what_is(loss), when=when)
    return None


def divergence_message(problem, lr, top_input, regression, top_target):
    """``problem`` (what became non-finite, and when), the likely causes and what to change."""
    causes = msg("The learning rate ({lr:g}) is probably too high", lr=lr)
    fixes = msg("Lower the learning rate")
    if top_input > 10:
        causes = msg("The learning rate ({lr:g}) is probably too high, or the inputs are not normalised (values up "
                     "to {top:.4g} here)", lr=lr, top=top_input)
        fixes = msg("Lower the learning rate or normalise the inputs")
    if regression and top_target > 10:
        causes = msg("{causes}; the targets are large too (up to {top:.4g})", causes=causes, top=top_target)
    return msg("{problem}. {causes}. {fixes}.", problem=problem, causes=causes, fixes=fixes)


def restored_note(good_epoch):
    if good_epoch:
        return msg(" The weights were put back to those at the end of epoch {epoch}.", epoch=good_epoch)
    return msg(" The weights were put back to those at the start of the run.")


# the data: preprocessing, batch order (the validation split: datasets.splits) ---------------------------------
def scale_shift(scale, mean, std, sample_dims):
    """``(x * scale - mean) / std`` as ``x * a + b``: numbers, or per-channel tensors shaped to broadcast over a
    sample of ``sample_dims`` dimensions when mean or std is a list (of more than one value)."""
    mean = mean[0] if isinstance(mean, list) and len(mean) == 1 else mean
    std = std[0] if isinstance(std, list) and len(std) == 1 else std
    if isinstance(mean, list) or isinstance(std, list):
        channels = len(mean) if isinstance(mean, list) else len(std)
        mean = torch.tensor(mean if isinstance(mean, list) else [mean] * channels, dtype=torch.float32)
        std = torch.tensor(std if isinstance(std, list) else [std] * channels, dtype=torch.float32)
        view = (channels,) + (1,) * (sample_dims - 1)
        return (scale / std).reshape(view), (-mean / std).reshape(view)
    return scale / float(std), -float(mean) / float(std)


def prepare(x, a, b, input_shape):
    """A batch of raw samples (uint8 pixels, float features) -> float32 ``x * a + b`` in the Input's shape.
    With single numbers, ``b`` may be given as a 0-dim tensor on the device, made once for many batches."""
    if x.dtype not in (torch.uint8, torch.float32):
        x = x.to(torch.float32)
    if isinstance(a, torch.Tensor):  # per channel: convert, then scale and shift in place
        x = x.to(torch.float32, copy=True).mul_(a).add_(b)
    elif isinstance(b, torch.Tensor) or a != 1.0 or b != 0.0:
        if not isinstance(b, torch.Tensor):
            b = torch.tensor(b, dtype=torch.float32, device=x.device)
        x = torch.add(b, x, alpha=a)  # one kernel: b + a * x, promoted to float32 (uint8 in, float32 out)
    elif x.dtype != torch.float32:
        x = x.to(torch.float32)
    return x.reshape(x.shape[0], *input_shape)


def batch_order(n, batch_size, generator, device):
    """Every epoch's order: one shuffle of the sample numbers, cut into batches (the last may be smaller)."""
    perm = torch.randperm(n, generator=generator, device=device)
    return perm, perm.split(batch_size)


# several processes: torchrun and DistributedDataParallel -------------------------------------------------------
def start_distributed(device):
    """(rank, world size): under torchrun (WORLD_SIZE in the environment) join the process group, gloo on the
    CPU and nccl on CUDA; launched any other way, (0, 1) and nothing changes."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return 0, 1
    import torch.distributed as dist
    if device.type == "cuda":
        torch.cuda.set_device(device)
    if not dist.is_initialized():
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return dist.get_rank(), dist.get_world_size()


def distributed():
    import torch.distributed as dist
    return dist.is_available() and dist.is_initialized() and dist.get_world_size() > 1


def stop_distributed():
    """Leave the process group (after the run, or when it failed), if this process joined one."""
    import torch.distributed as dist
    if dist.is_available() and dist.is_initialized():
        dist.destroy_process_group()


@contextlib.contextmanager
def local_lead_first(world):
    """Under torchrun the first process of each machine goes first (so a dataset is downloaded once per machine,
    not by every process into the same folder at once); the others wait for it, then go."""
    if world <= 1:
        yield
        return
    import torch.distributed as dist
    lead = int(os.environ.get("LOCAL_RANK", "0")) == 0
    if not lead:
        dist.barrier()
    try:
        yield
    finally:
        if lead:
            dist.barrier()


def sync_buffers(model):
    """Several processes: rank 0's buffers (batch norm's running statistics, which each process updated on its own
    shard) for every process, so that all validate the same model."""
    if distributed():
        import torch.distributed as dist
        for buffer in model.buffers():
            dist.broadcast(buffer, 0)


def agree(metrics, device):
    """Several processes: rank 0's numbers for all, so that every process takes the same decisions from them
    (early stopping, the plateau scheduler, the divergence stop) even where the last digits differ."""
    if not distributed():
        return metrics
    import torch.distributed as dist
    keys = [k for k, v in metrics.items() if isinstance(v, float)]
    values = torch.tensor([metrics[k] for k in keys], dtype=torch.float64, device=device)
    dist.broadcast(values, 0)
    return {**metrics, **dict(zip(keys, values.tolist()))}


def distributed_device(device):
    """Under torchrun on CUDA each process takes the GPU of its LOCAL_RANK."""
    if device.type == "cuda" and int(os.environ.get("WORLD_SIZE", "1")) > 1:
        return torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
    return device


def shard(batch, rank, world):
    """This process's part of a global batch: every world-th sample from its rank on. A batch smaller than the
    world is trained whole by every process (the averaged gradient is then the batch's own)."""
    if world == 1:
        return batch
    return batch[rank::world] if len(batch) >= world else batch


def shard_weight(part, whole, world):
    """DistributedDataParallel averages the processes' gradients. A process's loss scaled by this makes its share
    of a batch count by its size, so that the step is the whole batch's mean, as in one process, also when the batch
    does not split evenly."""
    if world == 1 or whole < world:
        return 1.0
    return part * world / whole


def all_sum(values):
    """Sum a float64 tensor over the processes (itself when there is one)."""
    if distributed():
        import torch.distributed as dist
        dist.all_reduce(values)
    return values


class Logits(nn.Module):
    """The model's scores (``forward_logits``) as a module's forward, for DistributedDataParallel to wrap."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x):
        return self.model.forward_logits(x)
