"""Activation functions: element-wise non-linearities (and softmax over one dimension)."""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, fmt_shape, same_shape
from ..errors import ShapeError
from ..text import msg


_EXAMPLES = [[(8,)], [(2, 4, 4)]]


def _simple(type_name, explanation, params=(), key_params=(), args=lambda p: {}):
    return LayerSpec(type=type_name, category="Activation", explanation=explanation, params=params,
                     shape=same_shape, module=lambda s, p: (f"nn.{type_name}", args(p)), key_params=key_params,
                     extra={"example_inputs": _EXAMPLES})


def _dim_shape(type_name):
    def shape(shapes, p):
        s = shapes[0]
        if not -(len(s) + 1) <= p["dim"] <= len(s):
            raise ShapeError(msg("{type_name} over dim {dim} does not fit an input of shape {shape} (with the batch "
                                 "it has {rank} dimensions). Use dim -1 for the last one.", type_name=type_name,
                                 dim=p["dim"], shape=fmt_shape(s), rank=len(s) + 1))
        return s
    return shape


_DIM = Param("dim", "int", -1, msg("Dimension to normalise over, counted with the batch dimension (-1: the last)"),
             min=-8, max=8)

register(
    _simple("ReLU", "Keeps positive values and replaces negative ones with 0. The default choice for hidden "
            "layers: cheap, and gradients do not vanish for positive inputs."),
    _simple("LeakyReLU", "Like ReLU, but negative inputs are multiplied by a small slope instead of zeroed, so "
            "units never go completely silent.",
            (Param("negative_slope", "float", 0.01, msg("Slope for negative inputs"), min=0.0, max=1.0),),
            ("negative_slope",), lambda p: {"negative_slope": p["negative_slope"]}),
    _simple("ELU", "Exponential linear unit: like ReLU for positive inputs, a smooth curve towards -alpha for "
            "negative ones. Keeps mean activations closer to zero.",
            (Param("alpha", "float", 1.0, msg("Value approached for very negative inputs"), min=0.0, max=100.0),),
            ("alpha",), lambda p: {"alpha": p["alpha"]}),
    _simple("GELU", "Gaussian error linear unit: a smooth ReLU used in transformers (BERT, GPT).",
            (Param("approximate", "choice", "none", msg("Exact, or the faster tanh approximation"),
                   choices=("none", "tanh")),),
            (), lambda p: {"approximate": p["approximate"]}),
    _simple("SiLU", "x * sigmoid(x), also called Swish: a smooth ReLU that works well in deep CNNs."),
    _simple("Sigmoid", "Squashes any number into (0, 1). Use it last for a yes/no output with the bce loss; "
            "in hidden layers it learns slowly because its gradient is small."),
    _simple("Tanh", "Squashes any number into (-1, 1), centred on zero. A classic hidden-layer activation for "
            "small networks and recurrent layers."),
    _simple("Identity", "Passes its input through unchanged. Useful as a placeholder or a named tap point."),
)

for _name, _text in (
    ("Softmax", "Turns a vector of scores into probabilities that sum to 1. Put it last in a classifier with the "
                "cross_entropy loss; netbuilder then trains on the scores before it, which is stable."),
    ("LogSoftmax", "The logarithm of Softmax, computed stably. Gives log-probabilities, for an NLL-style loss."),
):
    register(LayerSpec(type=_name, category="Activation", explanation=_text, params=(_DIM,),
                       shape=_dim_shape(_name), module=lambda s, p, _t=_name: (f"nn.{_t}", {"dim": p["dim"]}),
                       extra={"example_inputs": _EXAMPLES}))
