"""Recurrent layers: read a sequence [T, F] (T steps of F features) one step at a time, carrying a memory.

Batch-first, as in the design format. ``return_sequences`` false (the default) gives the last step's hidden
state [H]; true gives every step [T, H]. Bidirectional layers read the sequence both ways and join the two
results, so H doubles.

FLOPs per sample: each step of each layer and direction does ``gates * hidden * (inputs + hidden)``
multiply-adds (2 FLOPs each; gates = 1 for RNN, 3 for GRU, 4 for LSTM), plus the biases; the gate
non-linearities are left out.
"""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, fmt_shape
from ..errors import ShapeError
from ..text import msg

GATES = {"RNN": 1, "GRU": 3, "LSTM": 4}


def _shape(type_name):
    def shape(shapes, p):
        s = shapes[0]
        if len(s) != 2:
            raise ShapeError(msg("{type_name} needs an input of shape [T, F] (T steps of F features); it gets "
                                 "{shape}. Use an Input such as [28, 28], an Embedding, or a Reshape before it.",
                                 type_name=type_name, shape=fmt_shape(s)))
        width = p["hidden_size"] * (2 if p["bidirectional"] else 1)
        return (s[0], width) if p["return_sequences"] else (width,)
    return shape


def _layer_inputs(shapes, p):
    """Number of inputs of each stacked layer: F for the first, H (or 2H) for the others."""
    dirs = 2 if p["bidirectional"] else 1
    return [shapes[0][-1]] + [dirs * p["hidden_size"]] * (p["num_layers"] - 1)


def _count(type_name):
    gates = GATES[type_name]

    def count(shapes, p):
        h, dirs = p["hidden_size"], (2 if p["bidirectional"] else 1)
        per_layer = [gates * h * (n_in + h) + (2 * gates * h if p["bias"] else 0) for n_in in _layer_inputs(shapes, p)]
        return dirs * sum(per_layer)
    return count


def _flops(type_name):
    gates = GATES[type_name]

    def flops(shapes, out, p):
        h, dirs, steps = p["hidden_size"], (2 if p["bidirectional"] else 1), shapes[0][0]
        per_step = sum(2 * gates * h * (n_in + h) + (2 * gates * h if p["bias"] else 0)
                       for n_in in _layer_inputs(shapes, p))
        return steps * dirs * per_step
    return flops


def _module(type_name):
    def module(shapes, p):
        kwargs = {"input_size": shapes[0][-1], "hidden_size": p["hidden_size"], "num_layers": p["num_layers"]}
        if type_name == "RNN":
            kwargs["nonlinearity"] = p["nonlinearity"]
        kwargs.update(bias=p["bias"], dropout=float(p["dropout"]), bidirectional=p["bidirectional"],
                      return_sequences=p["return_sequences"])
        return type_name, kwargs
    return module


def _params(type_name):
    params = [
        Param("hidden_size", "int", 32, msg("Size of the memory (hidden state) carried from step to step"), min=1,
              max=65536),
        Param("num_layers", "int", 1, msg("Number of recurrent layers stacked on top of each other"), min=1, max=32),
    ]
    if type_name == "RNN":
        params.append(Param("nonlinearity", "choice", "tanh", msg("Activation applied at each step"),
                            choices=("tanh", "relu")))
    params += [
        Param("bias", "bool", True, msg("Learn additive biases")),
        Param("dropout", "float", 0.0, msg("Dropout between stacked layers (needs num_layers above 1)"), min=0.0,
              max=1.0),
        Param("bidirectional", "bool", False, msg("Also read the sequence backwards; doubles the output size")),
        Param("return_sequences", "bool", False, msg("Output every step [T, H] instead of only the last one [H]")),
    ]
    return tuple(params)


def _label(type_name):
    def label(p):
        text = f"{type_name} {p['hidden_size']}"
        if p["num_layers"] > 1:
            text += f"x{p['num_layers']}"
        return text + (" bi" if p["bidirectional"] else "") + (" seq" if p["return_sequences"] else "")
    return label


def _spec(type_name, explanation):
    return LayerSpec(
        type=type_name, category="Recurrent", explanation=explanation, params=_params(type_name),
        shape=_shape(type_name), count=_count(type_name), flops=_flops(type_name), module=_module(type_name),
        key_params=("hidden_size",), label=_label(type_name),
        extra={"example_inputs": [[(6, 5)], [(1, 3)]]},
    )


register(
    _spec("RNN", "The simplest recurrent layer: at each step it mixes the new input with its memory of the steps "
          "before. Fine for short sequences; over long ones it forgets (use LSTM or GRU)."),
    _spec("LSTM", "Long short-term memory: a recurrent layer with gates that decide what to keep, forget and "
          "output, so it can remember over long sequences. A reliable choice for text, time series and "
          "images read row by row."),
    _spec("GRU", "Gated recurrent unit: like an LSTM with fewer gates, so it is smaller and faster and often "
          "learns just as well."),
)
