"""Frozen features computed once: when a design's Input feeds only a Pretrained backbone that does not train
(``trainable`` none) and no augmentation changes the images, the backbone gives every sample the same features in
every epoch. The first epoch (and the first validation pass) keeps each sample's features as the backbone computes
them; later epochs read them back and run only the head, the part of the network after the backbone
(:meth:`NetModule.run_from`), so they cost what the head costs.

The numbers are the same as without it: the backbone is in evaluation mode throughout (frozen stages stay so), the
batches come in the same order, and the head gets the same features. The cache belongs to one Trainer (a new design
or dataset is a new Trainer) and is checked before each run (within a run nothing writes a frozen backbone): a run
with augmentation does without it, and backbone weights written since (a checkpoint, a rewind to other weights)
drop it.
"""
from __future__ import annotations

import torch

from .. import system

#: the most of the free memory (this computer's, or the GPU's) the kept features may take
MEMORY_SHARE = 0.25


def frozen_backbone(design, model) -> str | None:
    """The id of the Pretrained node whose features can be kept: the design's one Input feeds it and nothing else,
    it learns nothing (no parameter requires a gradient: ``trainable`` none) and a head follows it."""
    inputs = design.input_nodes()
    if len(inputs) != 1:
        return None
    edges = design.outputs_of(inputs[0])
    if len(edges) != 1:
        return None
    node = design.nodes[edges[0].target]
    if node.type != "Pretrained":
        return None
    module = getattr(model, node.id, None)
    if module is None or node.id == model.logits_id or any(p.requires_grad for p in module.parameters()):
        return None
    return node.id


def _room(device: torch.device) -> int | None:
    if device.type == "cuda":
        return torch.cuda.mem_get_info(device)[0]
    return system.free_ram()


class _Store:
    """One split's features: ``values`` [N, C] and whether every row was written."""

    def __init__(self, source, rows: int, shape, device):
        self.source = source
        self.values = torch.empty((rows, *shape), dtype=torch.float32, device=device)
        self.complete = False


class FeatureCache:
    """The kept features of a trainer's splits (``train``, ``val``) for the backbone node ``node_id``."""

    def __init__(self, model, node_id: str, shape, device):
        self.model, self.node_id, self.shape, self.device = model, node_id, tuple(shape), torch.device(device)
        self.module = model.get_submodule(node_id)
        self.stores: dict[str, _Store] = {}
        self._weights = self._snapshot()

    # whether it still holds -------------------------------------------------------------------------------------
    def _snapshot(self):
        tensors = list(self.module.state_dict(keep_vars=True).values())
        return [t._version for t in tensors], [t.detach().clone() for t in tensors]

    def check(self) -> None:
        """Drop every feature when the backbone's weights changed since they were computed (a checkpoint loaded,
        the weights rewound); a write of the same values (the run's kept weights put back) keeps them."""
        versions, values = self._weights
        tensors = list(self.module.state_dict(keep_vars=True).values())
        if [t._version for t in tensors] == versions:
            return
        if len(tensors) != len(values) or not all(torch.equal(t.detach(), v) for t, v in zip(tensors, values)):
            self.stores.clear()
        self._weights = self._snapshot()

    def ready(self, name: str, source) -> bool:
        """Whether every sample of split ``name`` (whose raw samples are ``source``) has its features."""
        store = self.stores.get(name)
        return store is not None and store.source is source and store.complete

    def _store(self, name: str, source) -> _Store:
        store = self.stores.get(name)
        if store is None or store.source is not source:
            store = self.stores[name] = _Store(source, len(source), self.shape, self.device)
        return store

    # what the epoch loop and the evaluation pass use -------------------------------------------------------------
    def head(self, features: torch.Tensor) -> torch.Tensor:
        """The model's logits from the backbone's features: the network after the backbone."""
        return self.model.run_from(self.node_id, features)

    def features(self, name: str) -> torch.Tensor:
        return self.stores[name].values

    def kept_train(self):
        """(inputs, forward) for :func:`.loop.train_epoch` once the training split is :meth:`ready`: the kept
        features and the head."""
        values = self.stores["train"].values
        return (lambda idx: values.index_select(0, idx)), self.head

    def keeping_train(self, source, inputs):
        """(inputs, forward) for :func:`.loop.train_epoch` while the training split is not ready: the batches as
        ``inputs`` makes them and a forward that keeps each batch's features."""
        store, pending = self._store("train", source), []

        def keeping(idx):
            pending.append(idx)
            return inputs(idx)

        def forward(batch):
            features = self._backbone(batch)
            store.values.index_copy_(0, pending.pop(), features)
            return self.head(features)
        return keeping, forward

    def eval_source(self, name: str, source, chunks, size: int):
        """(chunks, scores) for :func:`.loop.evaluate` over split ``name`` in order: the kept features ``size``
        rows at a time and the head when ready; else ``chunks`` (the preprocessed batches) and scores that keep
        their features."""
        if self.ready(name, source):
            values = self.stores[name].values
            return (values[s:s + size] for s in range(0, len(values), size)), self.head
        store, written = self._store(name, source), [0]

        def scores(batch):
            features = self._backbone(batch)
            store.values[written[0]:written[0] + len(features)] = features
            written[0] += len(features)
            return self.head(features)
        return chunks, scores

    def finished(self, name: str, source, complete: bool) -> None:
        """After a pass over split ``name``: its features are all there when the pass was whole."""
        store = self.stores.get(name)
        if store is not None and store.source is source and complete:
            store.complete = True

    def _backbone(self, batch: torch.Tensor) -> torch.Tensor:
        with torch.no_grad():
            return self.module(batch).float()


def for_run(cache: FeatureCache | None, trainer) -> FeatureCache | None:
    """The cache for the run about to start: ``cache`` when it still holds, a new one, or None when the run
    cannot keep features (the design's backbone learns or is not first, augmentation is on, several processes,
    ``trainer.cache_features`` off, or the features would take more than MEMORY_SHARE of the free memory)."""
    if not getattr(trainer, "cache_features", True) or trainer.world > 1 or trainer.config.augment:
        return None
    node_id = frozen_backbone(trainer.design, trainer.model)
    if node_id is None:
        return None
    if cache is not None and cache.node_id == node_id:
        cache.check()
        return cache
    from ..design.shapes import infer_shapes
    shape = tuple(infer_shapes(trainer.design).nodes[node_id].shape)
    rows = sum(len(trainer.splits[s].x) for s in ("train", "val") if s in trainer.splits)
    room = _room(trainer.device)
    needed = rows * 4 * int(torch.Size(shape).numel())
    if room is not None and needed > MEMORY_SHARE * room:
        return None
    return FeatureCache(trainer.model, node_id, shape, trainer.device)
