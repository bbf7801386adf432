"""The cost of augmentation per epoch: the mnist_cnn preset trained one epoch with a typical augmentation list vs
with none, in one process, runs alternated (issue 21: goal, at most 20% of the epoch, a ratio <= 1.2).

    python benchmarks/bench_augment.py [--data-dir DIR] [--device cpu] [--repeats 3] [--quick] [--limit N]

The typical list: a random rotation of up to 10 degrees, a random resized crop keeping at least 80% of the
image, a small colour jitter and a little noise (a horizontal flip would turn MNIST's digits into other
shapes). Both runs train the same samples with the same settings (batch 32, the preset's optimizer, no
validation split so both take the same steps); the time is each epoch's ``seconds`` as the Trainer measures it.
A third run, with an augmentation that gives the batch back (the loop's hook alone), must cost what the plain
one does: when it does not, the machine's noise is larger than what is measured. The three run back to back in
each repeat, their order reversed every other repeat. Printed: the best and median epoch time of each, the
median of the repeats' ratios to plain (and best to best), and the augmentation's own time per epoch (the
function alone, timed on the epoch's batches) as a share of the plain epoch, with the load average before and
after. ``--quick``: 2,000 samples and 3 repeats (a minute on a laptop CPU); ``--limit`` sets the samples. Timings on a shared machine are noisy:
alternate, repeat, read the load average.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402

from netbuilder.core.design.design_io import load_design  # noqa: E402
from netbuilder.core.training.loop import augmented_inputs  # noqa: E402
from netbuilder.core.training.trainer import Trainer  # noqa: E402

TYPICAL = [{"type": "rotation", "degrees": 10}, {"type": "crop", "scale": 0.8},
           {"type": "color", "brightness": 0.1, "contrast": 0.1, "saturation": 0.0}, {"type": "noise", "std": 0.02}]


def trainer_for(steps, limit, data_dir, device):
    design = load_design("mnist_cnn")
    design.training.update(epochs=1, batch_size=32, augment=steps, early_stopping=None, scheduler=None)
    design.training["dataset"] = {"name": "mnist", "limit": limit, "validation": 0}
    return Trainer(design, device=device, data_dir=data_dir, download=False)


def epoch_seconds(steps, limit, data_dir, device, identity=False) -> float:
    trainer = trainer_for(steps, limit, data_dir, device)
    if identity:
        trainer._augment = lambda batch: batch  # the loop's augmentation hook, doing nothing
    return trainer.fit().history[0]["seconds"]


def augment_seconds(limit, data_dir, device) -> float:
    """The augmentation alone over one epoch's batches, as the loop feeds them (several batches a call:
    ``augmented_inputs``), from inputs made ready beforehand (synchronised on CUDA)."""
    trainer = trainer_for(TYPICAL, limit, data_dir, device)
    x, prep, augment = trainer.splits["train"].x, trainer.preprocessor, trainer._augment
    ready = prep(x)
    batches = list(torch.arange(len(x), device=ready.device).split(32))
    if device != "cpu":
        torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in augmented_inputs(batches, lambda idx: ready.index_select(0, idx), augment):
        pass
    if device != "cpu":
        torch.cuda.synchronize()
    return time.perf_counter() - start


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=os.environ.get("NETBUILDER_DATA_DIR"))
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="training samples (default: all 60,000)")
    parser.add_argument("--quick", action="store_true", help="2,000 samples, 3 repeats")
    args = parser.parse_args(argv)
    limit = args.limit or (2000 if args.quick else None)
    repeats = 3 if args.quick else args.repeats
    plain, identity, augmented, alone = [], [], [], []
    load = os.getloadavg()[0]
    epoch_seconds([], min(limit or 256, 256), args.data_dir, args.device)  # warm-up: kernels, caches
    runs = [(plain, {}), (identity, {"identity": True}), (augmented, {"steps": TYPICAL})]
    for r in range(repeats):
        for times, how in (runs if r % 2 == 0 else runs[::-1]):  # alternated: neither always goes first
            times.append(epoch_seconds(how.get("steps", []), limit, args.data_dir, args.device,
                                       how.get("identity", False)))
        alone.append(augment_seconds(limit, args.data_dir, args.device))
    samples = limit or 60000
    ratio = statistics.median(a / p for a, p in zip(augmented, plain))  # each repeat's pair, run back to back
    still = statistics.median(i / p for i, p in zip(identity, plain))
    print(f"mnist_cnn, {samples} samples, batch 32, {args.device}, {torch.get_num_threads()} threads, "
          f"load {load:.2f} before, {os.getloadavg()[0]:.2f} after, {repeats} repeats")
    print(f"epoch without augmentation: {min(plain):.3f} s best, {statistics.median(plain):.3f} s median")
    print(f"epoch with an augmentation that does nothing: {still:.3f} of plain, median of the repeats' ratios "
          "(should be 1: else the machine is too noisy)")
    print(f"epoch with {', '.join(s['type'] for s in TYPICAL)}: {min(augmented):.3f} s best, "
          f"{statistics.median(augmented):.3f} s median")
    print(f"ratio augmented / plain: {ratio:.3f} median of the repeats' ratios, {min(augmented) / min(plain):.3f} "
          "best to best (goal <= 1.2)")
    print(f"augmentation alone: {min(alone):.3f} s per epoch, {min(alone) / min(plain):.1%} of the plain epoch")


if __name__ == "__main__":
    main()
