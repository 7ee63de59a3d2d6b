"""Two names the model read as one across "and": "**X Trading SARL and Y Z W**" (BN, twenty-ninth session).

A release's section heading often names a firm and its officer together; the model tags the line as one body, the
coreference takes the firm's later mentions into that cluster and its canonical name becomes the whole line, so the
officer's post went to "X Trading SARL and Y Z W". When each side of the "and" is written elsewhere in the document
as a name of its own (a mention of exactly those words), the joined mention is the two names and is split into them,
each with the kind its own mentions have.

- Only a mention that is a line of its own is split (a heading): in running text ("X operates Y Exchange and Money
  Transfer, a money exchange company") the model's other reading of the same words, "Money Transfer" typed a person,
  was the error, and the split lost a designation.
- The two sides must be of two kinds (a body and a person): a firm's name holding "and" ("X Gold and Trading Company
  Ltd.", "X Shipping and Logistics LLC") has its pieces written apart elsewhere too, as bodies, and stays whole (a
  first version split six such names in the readable build).
- Names of one word on a side ("Trinidad and Tobago", "Ministry of Industry and Trade") are never split: each side
  needs two words or more.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import Mention

__all__ = ["split_named_pairs"]

#: Fewest words on each side of the "and".
MIN_SIDE = 2


def split_named_pairs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each mention joined over "and" from two names written apart elsewhere replaced by the two."""
    by_text: dict[str, Mention] = {}
    for m in mentions:
        by_text.setdefault(m.text, m)
    out: list[Mention] = []
    for m in mentions:
        parts = _parts(doc, m, by_text) if m.label in {"ORG", "PERSON"} and not m.authority and m.alias_of is None else None
        if parts is None:
            out.append(m)
            continue
        out.extend(parts)
    return out


def _own_line(doc: Doc, m: Mention) -> bool:
    """The mention is a line of its own (a section heading): nothing but spaces before and after it on its line."""
    before = m.start == 0 or "\n" in doc[m.start - 1].whitespace_ or (doc[m.start - 1].is_space and "\n" in doc[m.start - 1].text)
    after = m.end >= len(doc) or "\n" in doc[m.end - 1].whitespace_ or (doc[m.end].is_space and "\n" in doc[m.end].text)
    return before and after


def _parts(doc: Doc, m: Mention, by_text: dict[str, Mention]) -> list[Mention] | None:
    if not _own_line(doc, m):
        return None  # "X operates Y Exchange and Money Transfer, a ...": the model's other reading may be the error
    ands = [k for k in range(m.start + MIN_SIDE, m.end - MIN_SIDE + 1) if doc[k].lower_ == "and" and doc[k].is_lower]
    if len(ands) != 1:
        return None
    k = ands[0]
    left, right = doc[m.start:k], doc[k + 1:m.end]
    first, second = by_text.get(left.text), by_text.get(right.text)
    if first is None or second is None or first is m or second is m or first.label == second.label:
        return None  # "X Gold and Trading Company Ltd." with "X Gold" written alone: one firm's name, not two names
    return [Mention(m.start, k, left.text, first.label, authority=first.authority),
            Mention(k + 1, m.end, right.text, second.label, authority=second.authority)]
