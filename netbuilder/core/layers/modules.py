"""Small nn.Modules for the graph types torch.nn lacks. Imported only when a model is built."""
from __future__ import annotations

import torch
from torch import nn


class Add(nn.Module):
    """Element-wise sum of all inputs (a residual connection)."""

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class Concat(nn.Module):
    """Concatenates its inputs along ``dim`` (counted with the batch dimension)."""

    def __init__(self, dim: int = 1):
        super().__init__()
        self.dim = dim

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        return torch.cat(xs, dim=self.dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"


class Reshape(nn.Module):
    """Reshapes each sample to ``shape`` (without the batch dimension)."""

    def __init__(self, shape: tuple[int, ...]):
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.reshape(x.shape[0], *self.shape)

    def extra_repr(self) -> str:
        return f"shape={self.shape}"


class Embedding(nn.Embedding):
    """``nn.Embedding`` that accepts the float tensors a graph passes along: token numbers are cast to long."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return super().forward(x.long())


class SequenceOutput:
    """Mixin of the recurrent layers: batch-first, and one tensor out instead of PyTorch's (output, state) pair:
    the last hidden state ``[N, H]`` (forward and backward joined when bidirectional), or every step's output
    ``[N, T, H]`` when ``return_sequences``."""

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 dropout: float = 0.0, bidirectional: bool = False, return_sequences: bool = False, **extra):
        super().__init__(input_size, hidden_size, num_layers=num_layers, bias=bias, batch_first=True,
                         dropout=dropout, bidirectional=bidirectional, **extra)
        self.return_sequences = return_sequences

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, state = super().forward(x)
        if self.return_sequences:
            return out
        h_n = state[0] if isinstance(state, tuple) else state  # an LSTM's state is (h_n, c_n)
        last = h_n.reshape(self.num_layers, -1, x.shape[0], self.hidden_size)[-1]  # [directions, N, H]
        return torch.cat(tuple(last), dim=-1)

    def extra_repr(self) -> str:
        return f"{super().extra_repr()}, return_sequences={self.return_sequences}"


class RNN(SequenceOutput, nn.RNN):
    """Elman RNN (``nonlinearity`` tanh or relu), batch-first, one tensor out (see SequenceOutput)."""


class LSTM(SequenceOutput, nn.LSTM):
    """LSTM, batch-first, one tensor out (see SequenceOutput)."""


class GRU(SequenceOutput, nn.GRU):
    """GRU, batch-first, one tensor out (see SequenceOutput)."""


class MultiheadAttention(nn.MultiheadAttention):
    """Batch-first self-attention with one input and one output: ``forward(x)`` attends ``x`` to itself."""

    def __init__(self, embed_dim: int, num_heads: int, dropout: float = 0.0, bias: bool = True):
        super().__init__(embed_dim, num_heads, dropout=dropout, bias=bias, batch_first=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return super().forward(x, x, x, need_weights=False)[0]
