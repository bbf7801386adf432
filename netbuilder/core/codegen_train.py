"""The training half of the exported script: ``evaluate()`` and ``main()``.

``main`` trains like :class:`~netbuilder.core.training.trainer.Trainer`: the same loss on the same outputs (the
logits when a final Softmax/Sigmoid is folded into it), optimizer, scheduler, seeds, batch order and early
stopping, so that a run of the script follows a run in netbuilder.
"""
from __future__ import annotations

from .codegen_data import VISION, Plan

LOSSES = {"mse": "nn.MSELoss()", "l1": "nn.L1Loss()", "cross_entropy": "nn.CrossEntropyLoss()",
          "bce": "nn.BCEWithLogitsLoss()"}
OPTIMIZERS = {"sgd": "SGD", "adam": "Adam", "adamw": "AdamW", "rmsprop": "RMSprop"}


def scoring(p: Plan) -> str:
    """``count_correct`` (classification) or ``errors`` (regression), and ``evaluate``."""
    from .codegen import docstring  # codegen imports this module

    kind, forward = p.problem.kind, "model.forward_logits" if _folded(p) else "model"
    if kind == "regression":
        head = [
            "def errors(out, y):",
            '    """Sum of absolute errors, and squared errors per output (for mae and r2)."""',
            "    diff = (out - y).reshape(len(y), -1)",
            "    return diff.abs().sum(), diff.square().sum(dim=0)",
            "",
            "",
            "def r2_score(sse, y):",
            '    """1 - SSE/SST per output, averaged (a constant target counts 1 if fitted exactly, else 0)."""',
            "    y = y.reshape(len(y), -1)",
            "    sst = (y - y.mean(dim=0)).square().sum(dim=0)",
            "    ok = torch.where(sse == 0, 1.0, 0.0)",
            "    return torch.where(sst > 0, 1 - sse / sst.clamp(min=1e-30), ok).mean().item()",
        ]
        acc = ["        abs_sum, sq = errors(out, yb)", "        total_abs, sse = total_abs + abs_sum, sse + sq"]
        init = "    total_loss, total_abs, sse = 0.0, 0.0, 0.0"
        ret = ['    n = len(x)',
               '    return {"loss": float(total_loss) / n, "mae": float(total_abs) / y[0].numel() / n,',
               '            "r2": r2_score(sse, y)}']
    else:
        if kind == "multiclass":
            body, doc = "(out.argmax(dim=1) == y).sum()", "the highest score is the true class"
        elif kind == "onehot":
            body, doc = "(out.argmax(dim=1) == y.argmax(dim=1)).sum()", "the highest output is the true class"
        else:
            threshold = p.problem.threshold
            body = f"((out > {threshold!r}) == (y > 0.5)).sum()"
            doc = ("a score above 0 means class 1, as the bce loss sees it" if threshold == 0
                   else f"an output above {threshold!r} means class 1")
        head = ["def count_correct(out, y):", docstring(f"How many samples are classified right: {doc}.", 4),
                f"    return {body}"]
        acc = ["        correct += count_correct(out, yb)"]
        init = "    total_loss, correct = 0.0, 0"
        ret = ['    return {"loss": float(total_loss) / len(x), "accuracy": float(correct) / len(x)}']
    what = "accuracy" if kind != "regression" else "mae, r2"
    return "\n".join(head + [
        "",
        "",
        "@torch.no_grad()",
        "def evaluate(model, x, y, loss_fn, batch_size=1000):",
        docstring(f"Mean loss and {what} over (x, y) in eval mode (no dropout, batch norm's running stats).", 4),
        "    model.eval()",
        init,
        "    for start in range(0, len(x), batch_size):",
        "        xb, yb = x[start:start + batch_size], y[start:start + batch_size]",
        f"        out = {forward}(xb)",
        "        total_loss += loss_fn(out, yb) * len(xb)",
        *acc,
    ] + ret) + "\n"


def _folded(p: Plan) -> bool:
    return p.folded is not None


def main(p: Plan, cls: str) -> str:
    from .codegen import call, quote  # codegen imports this module
    c, kind = p.config, p.problem.kind
    forward = "model.forward_logits" if _folded(p) else "model"
    opt = c.optimizer
    opt_args = [f"lr={opt['lr']!r}"]
    if opt["name"] in ("sgd", "rmsprop"):
        opt_args.append(f"momentum={opt['momentum']!r}")
    opt_args.append(f"weight_decay={opt['weight_decay']!r}")
    data_help = ("where torchvision finds (or downloads) the dataset" if p.dataset["name"] in VISION
                 else "the folder to look for the CSV file in" if p.dataset["name"] == "csv"
                 else "not used: this dataset is built in")
    default_dir = "DATA_DIR" if p.dataset["name"] in VISION or p.dataset["name"] == "csv" else "None"
    lines = [
        "def main(argv=None):",
        f'    """Train {cls} with the design\'s settings; returns the trained model."""',
        "    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])",
        '    parser.add_argument("--epochs", type=int, default=EPOCHS, help="passes over the training set")',
        call("parser.add_argument", ['"--data-dir"', f"default={default_dir}", f"help={quote(data_help)}"], 4),
        "    args = parser.parse_args(argv)",
        "",
        '    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")',
        "    train, val, test = load_data(args.data_dir)",
        "    x_train, y_train = (t.to(device) for t in train)",
        "    val = tuple(t.to(device) for t in val) if val else None",
        "    test = tuple(t.to(device) for t in test) if test else None",
        "",
        "    torch.manual_seed(SEED)  # the same initial weights as netbuilder's",
        f"    model = {cls}().to(device)",
        f"    loss_fn = {LOSSES[p.problem.loss]}",
        call(f"optimizer = torch.optim.{OPTIMIZERS[opt['name']]}", ["model.parameters()", *opt_args], 4),
    ]
    lines += _scheduler_lines(c.scheduler)
    lines += [
        "    shuffle = torch.Generator(device=device).manual_seed(SEED)  # the order of the batches",
        "    torch.manual_seed(SEED + 1)  # dropout masks and the like",
    ]
    early = c.early_stopping
    if early:
        monitor = early["monitor"]
        higher = monitor.endswith(("accuracy", "r2"))
        lines += [
            f"    # early stopping: stop after {early['patience']} epoch(s) without a better {monitor}, keep the best",
            "    best, best_epoch, best_state, waited = None, 0, None, 0",
        ]
    lines += [
        "",
        "    for epoch in range(1, args.epochs + 1):",
        "        model.train()",
    ]
    if kind == "regression":
        lines.append("        total_loss, total_abs, sse = 0.0, 0.0, 0.0")
    else:
        lines.append("        total_loss, correct = 0.0, 0")
    lines += [
        "        order = torch.randperm(len(x_train), generator=shuffle, device=device)",
        "        for batch in order.split(BATCH_SIZE):",
        "            xb, yb = x_train[batch], y_train[batch]",
        f"            out = {forward}(xb)",
        "            loss = loss_fn(out, yb)",
        "            optimizer.zero_grad()",
        "            loss.backward()",
        "            optimizer.step()",
        "            total_loss += loss.detach() * len(batch)  # no host sync per batch",
    ]
    if kind == "regression":
        lines += [
            "            abs_sum, sq = errors(out.detach(), yb)",
            "            total_abs, sse = total_abs + abs_sum, sse + sq",
            "        n = len(x_train)",
            '        metrics = {"loss": float(total_loss) / n, "mae": float(total_abs) / y_train[0].numel() / n,',
            '                   "r2": r2_score(sse, y_train)}',
        ]
    else:
        lines += [
            "            correct += count_correct(out.detach(), yb)",
            "        n = len(x_train)",
            '        metrics = {"loss": float(total_loss) / n, "accuracy": float(correct) / n}',
        ]
    lines += [
        "        if val:",
        '            metrics.update({"val_" + k: v for k, v in evaluate(model, *val, loss_fn).items()})',
        '        line = ", ".join(f"{k} {v:.4f}" for k, v in metrics.items())',
        '        print(f"epoch {epoch}/{args.epochs}: {line}")',
    ]
    if c.scheduler and c.scheduler["name"] == "plateau":
        lines.append(f"        scheduler.step({_monitored(c.scheduler.get('monitor', 'val_loss'), kind)})")
    elif c.scheduler:
        lines.append("        scheduler.step()")
    if early:
        better = ("value > best" if higher else "value < best") + (
            f" {'+' if higher else '-'} {early['min_delta']!r}" if early["min_delta"] else "")
        lines += [
            f"        value = {_monitored(monitor, kind)}",
            f"        if math.isfinite(value) and (best is None or {better}):",
            "            best, best_epoch, waited = value, epoch, 0",
            "            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}",
            "        else:",
            "            waited += 1",
            f"            if waited >= {max(1, early['patience'])}:",
            f'                print("no better {monitor} for {early["patience"]} epoch(s): stopping")',
            "                break",
            "    if best_state is not None:",
            "        model.load_state_dict(best_state)",
            f'        print(f"kept the weights of epoch {{best_epoch}} ({monitor} {{best:.4f}})")',
        ]
    metric = "accuracy" if kind != "regression" else "mae"
    lines += [
        "",
        "    if test:",
        "        results = evaluate(model, *test, loss_fn)",
        f'        print(f"test loss {{results[\'loss\']:.4f}}, test {metric} {{results[{metric!r}]:.4f}}")',
        "    else:",
        '        print("the dataset has no test split; see the validation metrics above")',
        "    return model",
    ]
    return "\n".join(lines) + "\n"


def _monitored(monitor: str, kind: str) -> str:
    """The metric a scheduler or early stopping watches; the training one when there is no validation split,
    and the loss when the task has no such metric (as netbuilder does)."""
    from .codegen import quote  # codegen imports this module
    base = monitor.removeprefix("val_")
    known = ("loss", "mae", "r2") if kind == "regression" else ("loss", "accuracy")
    fallback = f"metrics[{quote(base)}]" if base in known else 'metrics["loss"]'
    return f"metrics.get({quote(monitor)}, {fallback})" if monitor != base else fallback


def _scheduler_lines(s: dict | None) -> list[str]:
    from .codegen import call, quote  # codegen imports this module
    if not s:
        return []
    if s["name"] == "step":
        text = f"StepLR(optimizer, step_size={s['step_size']!r}, gamma={s['gamma']!r})"
    elif s["name"] == "cosine":
        text = f"CosineAnnealingLR(optimizer, T_max=max(1, args.epochs), eta_min={s.get('eta_min', 0.0)!r})"
    else:
        mode = "max" if s.get("monitor", "val_loss").endswith(("accuracy", "r2")) else "min"
        text = (f"ReduceLROnPlateau(optimizer, mode={quote(mode)}, factor={s['factor']!r}, "
                f"patience={s['patience']!r})")
    name, args = text.split("(", 1)
    return [call(f"scheduler = torch.optim.lr_scheduler.{name}", args[:-1].split(", "), 4)]
