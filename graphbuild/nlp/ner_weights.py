"""Domain-adapted weights for the model's `ner` component, stored as a small delta file.

The statistical model's entity recogniser was trained on general news; fine-tuned on
press releases (benchmarks/train_ner.py) it keeps long names, company suffixes and
upper-case vessel names whole. Only the `ner` component changes (it has its own
tok2vec in the small model; every other component stays the model's own), and only
the change is stored: `new = base + delta`, each row of the delta as int8 with its own float32
scale (at most 1/254 of the row's largest change off; an uncompressed file of about 1.5 MB that
loads in about 10 ms, where float16 deflated was 2.3 MB and 45 ms). Unchanged parameters are not stored.

Which weights a pipeline gets:
- `$GRAPHBUILD_NER` = a path: that file (used by the cross-validation, one file per fold);
- `$GRAPHBUILD_NER` = `base`: the model's own weights (A/B measurements, training);
- otherwise the shipped file when `SHIP_DEFAULT` is on and the file is there, else the model's own.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any

import numpy

from ..errors import ModelError

NER_ENV = "GRAPHBUILD_NER"
BASE = "base"
SHIPPED = Path(__file__).resolve().parent.parent / "data" / "ner_delta.npz"
#: The shipped delta is the default only when it won out of fold (docs/extraction.md, "Domain-adapted NER").
SHIP_DEFAULT = False
#: Stored with the delta: a file fit on another model (another parameter layout) is refused, not half applied.
FORMAT = "graphbuild-ner-delta-2"


def parameter_keys(model: Any) -> list[tuple[str, Any, str]]:
    """(key, node, param name) of every parameter of the thinc model, in a stable order (walk order)."""
    keys = []
    for i, node in enumerate(model.walk()):
        for name in node.param_names:
            if node.has_param(name):
                keys.append((f"{i}:{node.name}:{name}", node, name))
    return keys


def chosen_path() -> Path | None:
    """The delta file this process should apply, or None for the model's own weights."""
    value = os.environ.get(NER_ENV, "").strip()
    if value.lower() == BASE:
        return None
    if value:
        return Path(value)
    return SHIPPED if SHIP_DEFAULT and SHIPPED.exists() else None


def apply_delta(nlp: Any, path: Path) -> None:
    """Add the stored delta to the `ner` component's parameters; a missing, broken or mismatched file is a
    ModelError naming it (and the pipeline is left as loaded: nothing is applied unless every array fits)."""
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"cannot apply NER weights {path}: the model {nlp.meta.get('name')!r} has no 'ner' component")
    try:
        with numpy.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
    except FileNotFoundError as exc:
        raise ModelError(f"cannot load NER weights {path}: no such file (set ${NER_ENV} to a file written by "
                         f"benchmarks/train_ner.py, or to '{BASE}')") from exc
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError(f"cannot load NER weights {path}: not a weights file written by benchmarks/train_ner.py "
                         f"({type(exc).__name__})") from exc
    if str(arrays.pop("__format__", "")) != FORMAT:
        raise ModelError(f"cannot load NER weights {path}: not a {FORMAT} file")
    model = nlp.get_pipe("ner").model
    updates = []
    for key, node, name in parameter_keys(model):
        if key + "/q" not in arrays:
            continue  # unchanged parameter: not stored
        current = node.get_param(name)
        quantised, scales = arrays.pop(key + "/q"), arrays.pop(key + "/s", None)
        rows = current.reshape(-1, current.shape[-1]).shape[0] if current.ndim > 1 else 1
        if quantised.shape != current.shape or scales is None or scales.shape != (rows,):
            raise ModelError(f"cannot load NER weights {path}: {key} has shape {quantised.shape}, the model's is "
                             f"{current.shape} (fit on another model?)")
        delta = quantised.reshape(rows, -1).astype(current.dtype) * scales[:, None].astype(current.dtype)
        updates.append((node, name, current + delta.reshape(current.shape)))
    if arrays:
        raise ModelError(f"cannot load NER weights {path}: parameters the model does not have ({', '.join(sorted(arrays)[:3])})")
    for node, name, value in updates:
        node.set_param(name, value)


def adapt_ner(nlp: Any) -> Path | None:
    """Apply the chosen delta (see the module docstring) to a freshly loaded pipeline; the path applied or None."""
    path = chosen_path()
    if path is not None:
        apply_delta(nlp, path)
    return path


def save_delta(path: Path, base: dict[str, numpy.ndarray], model: Any) -> int:
    """Write `model`'s parameters as deltas from `base` (key -> array), each row int8 times a float32 scale,
    skipping unchanged parameters; bytes written."""
    arrays: dict[str, numpy.ndarray] = {"__format__": numpy.array(FORMAT)}
    for key, node, name in parameter_keys(model):
        delta = numpy.asarray(node.get_param(name), dtype=numpy.float32) - base[key]
        if not delta.any():
            continue
        rows = delta.reshape(-1, delta.shape[-1]) if delta.ndim > 1 else delta.reshape(1, -1)
        scales = numpy.abs(rows).max(axis=1) / 127.0
        quantised = numpy.round(rows / numpy.where(scales > 0, scales, 1.0)[:, None]).astype(numpy.int8)
        arrays[key + "/q"] = quantised.reshape(delta.shape)
        arrays[key + "/s"] = scales.astype(numpy.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        numpy.savez(fh, **arrays)
    return path.stat().st_size
