"""netbuilder: build neural networks by drag and drop and train them on PyTorch."""

__version__ = "0.1.0"
