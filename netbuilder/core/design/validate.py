"""Design -> diagnostics a person can act on: each names a node and says what is wrong and what to do."""
from __future__ import annotations

from dataclasses import dataclass

from .graph import Design
from .shapes import ShapeReport, infer_shapes
from ..text import msg


@dataclass(frozen=True)
class Diagnostic:
    node_id: str | None
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        where = f"{self.node_id}: " if self.node_id else ""
        return f"{self.severity}: {where}{self.message}"


def validate(design: Design, report: ShapeReport | None = None, check_training: bool = True) -> list[Diagnostic]:
    """All problems of a design. Pass ``report`` to reuse a shape inference already made. ``check_training``
    also checks the training settings (not needed to summarise, compile or export the network itself)."""
    out: list[Diagnostic] = []

    def err(node_id, message):
        out.append(Diagnostic(node_id, "error", message))

    if not design.nodes:
        err(None, msg("The design is empty. Drag an Input layer onto the canvas to start."))
        return out
    tangled = design.cycle_nodes()  # on a cycle, or between two
    cycle = design.one_cycle(tangled)
    on_cycle = set(cycle)
    shown = (" -> ".join(cycle + cycle[:1]) if len(cycle) <= 8
             else msg("{path} -> ... ({n} layers)", path=" -> ".join(cycle[:6]), n=len(cycle)))
    for node_id in tangled:
        if node_id in on_cycle:
            err(node_id, msg("{node_id} is part of a cycle ({cycle}). A network must flow one way: remove one of the "
                             "connections that lead back.", node_id=node_id, cycle=shown))
        else:
            err(node_id, msg("{node_id} is on or between cycles ({cycle} is one). A network must flow one way: remove "
                             "one of the connections that lead back.", node_id=node_id, cycle=shown))

    inputs = design.input_nodes()
    if not inputs:
        err(None, msg("The design has no Input layer. Add one and connect it to the first layer."))
    for extra in inputs[1:]:
        err(extra, msg("Only one Input is supported; {inputs} are Inputs. Remove all but one.",
                       inputs=', '.join(inputs)))

    outputs = design.output_nodes()
    connected = {e.source for e in design.edges} | {e.target for e in design.edges}
    inputs_by_node = design.inputs_by_node()
    for node in design.nodes.values():
        spec = node.spec
        ins = inputs_by_node[node.id]
        if len(design.nodes) > 1 and node.id not in connected:
            err(node.id, msg("This {type} is not connected. Connect it, or delete it.", type=node.type))
            continue
        if spec.max_inputs != 0 and len(ins) < spec.min_inputs:
            if spec.min_inputs > 1:
                err(node.id, msg("{type} needs at least {min_inputs} inputs; it has {n_ins}. Connect another branch "
                                 "to it.", type=node.type, min_inputs=spec.min_inputs, n_ins=len(ins)))
            else:
                err(node.id, msg("This {type} has no input. Connect a layer's output to it.", type=node.type))
        ports = [e.port for e in ins]
        if spec.max_inputs is not None and len(ins) > spec.max_inputs:
            err(node.id, msg("{type} takes {max_inputs} input(s); it has {n_ins}. Remove the extra ones.",
                             type=node.type, max_inputs=spec.max_inputs, n_ins=len(ins)))
        elif spec.max_inputs is not None and any(p >= spec.max_inputs for p in ports):
            err(node.id, msg("{type} has no input port {port}; connect to its port 0 instead.", type=node.type,
                             port=max(ports)))
        elif spec.max_inputs is None and sorted(ports) != list(range(len(ports))):
            err(node.id, msg("{type}'s inputs leave a gap in ports {ports}; reconnect them.", type=node.type,
                             ports=sorted(ports)))
        for problem in spec.check_params(node.params):
            err(node.id, msg("{type}: {problem}.", type=node.type, problem=problem))

    connected_outputs = [o for o in outputs if o in connected or len(design.nodes) == 1]
    if len(connected_outputs) > 1:
        for o in connected_outputs:
            err(o, msg("The network has {n} outputs ({outputs}); it must have exactly one. Connect the dangling ones "
                       "onward or delete them.", n=len(connected_outputs), outputs=", ".join(connected_outputs)))

    report = report or infer_shapes(design)
    for node_id, message in report.errors.items():
        err(node_id, message)

    if check_training:
        config = _check_training(design, err)
        shape = report.nodes[outputs[0]].shape if len(outputs) == 1 and outputs[0] in report.nodes else None
        if config is not None and shape is not None:
            _check_output(config, shape, outputs[0], err)
    if not any(d.severity == "error" for d in out) and len(outputs) == 1:
        _training_warnings(design, report, outputs[0], out)
    return out


def _check_training(design: Design, err):
    """The training settings' problems; returns the checked settings (a TrainConfig), or None."""
    from ..datasets.catalog import DATASET_TASKS
    from ..errors import TrainingError, message
    from .train_config import TrainConfig, check_monitors
    training = design.training
    if isinstance(training, dict) and training.get("dataset") is None:
        # the usual state of a new design: say it in plain words, then check the other settings as if one were chosen
        err(None, msg("Choose a dataset in the training settings (nothing to train on yet)."))
        try:
            TrainConfig.from_dict({**training, "dataset": {"name": "any"}})
        except TrainingError as exc:
            err(None, msg("Training settings: {problem}", problem=message(exc)))
        return None
    try:
        config = TrainConfig.from_design(design)
        name = config.dataset.get("name")
        if name in DATASET_TASKS:
            check_monitors(config, DATASET_TASKS[name], msg("the dataset '{name}'", name=name))
    except TrainingError as exc:
        err(None, msg("Training settings: {problem}", problem=message(exc)))
        return None
    return config


def _check_output(config, shape, output: str, err) -> None:
    """The output's size against the dataset's classes or targets: the trainer's own rule (``output_fit``)."""
    from ..errors import TrainingError, message
    from .output_fit import OutputMismatch, check_output
    try:
        check_output(config.loss, config.dataset, shape, output)
    except OutputMismatch as exc:
        err(output, message(exc))
    except TrainingError as exc:
        err(None, msg("Training settings: {problem}", problem=message(exc)))


def _training_warnings(design: Design, report: ShapeReport, output: str, out: list[Diagnostic]) -> None:
    loss = design.training.get("loss")
    node = design.nodes[output]
    if loss == "cross_entropy" and node.type == "Sigmoid":
        out.append(Diagnostic(output, "warning", msg("cross_entropy expects class scores or Softmax, but the "
                                                     "network ends in Sigmoid. Use Softmax for several classes, or "
                                                     "the bce loss for yes/no.")))
    if loss == "bce" and node.type in ("Softmax", "LogSoftmax"):
        out.append(Diagnostic(output, "warning", msg("bce expects one probability per output, but the network ends "
                                                     "in {type}. Use cross_entropy with Softmax, or end in Sigmoid.",
                                                     type=node.type)))
    if loss in ("mse", "l1") and node.type in ("Softmax", "Sigmoid"):
        shape = report.nodes[output].shape
        if shape and shape[-1] > 1 and node.type == "Softmax":
            out.append(Diagnostic(output, "warning", msg("A Softmax output with the mse loss learns slowly; "
                                                         "cross_entropy is the usual loss for classifiers.")))
