"""The msgpack decoders srsly looks up during a model load: the same answers, once per registry state (issue 18)."""
from __future__ import annotations

import numpy
import srsly
from srsly import msgpack as srsly_msgpack

from graphbuild.nlp.entry_points import msgpack_decoders_once


def test_same_decoders_inside_the_block_and_the_registry_method_back_after():
    registry = srsly_msgpack.msgpack_decoders
    before = registry.get_all()
    array = numpy.arange(6, dtype="float32").reshape(2, 3)
    with msgpack_decoders_once():
        assert "get_all" in vars(registry)
        assert registry.get_all() == before
        assert registry.get_all() == before  # answered from the kept lookup
        restored = srsly.msgpack_loads(srsly.msgpack_dumps({"weights": array}))  # the numpy decoder is applied
        assert isinstance(restored["weights"], numpy.ndarray) and restored["weights"].tolist() == array.tolist()
    assert "get_all" not in vars(registry)
    assert registry.get_all() == before


def test_a_decoder_registered_inside_the_block_is_seen():
    registry = srsly_msgpack.msgpack_decoders
    name = "graphbuild_test_decoder"

    def decoder(obj, chain=None):
        return obj if chain is None else chain(obj)

    with msgpack_decoders_once():
        first = registry.get_all()
        registry.register(name, func=decoder)
        try:
            assert name not in first and registry.get_all()[name] is decoder
        finally:
            import catalogue

            catalogue.REGISTRY.pop(tuple(registry.namespace) + (name,), None)
    assert name not in registry.get_all()
