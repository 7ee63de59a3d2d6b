"""The items of a list that a statement ending in a colon introduces: bullets, one-name lines, paragraphs.

"The following entities were designated ...:" is followed by the targets, one per item. An item
is a bullet line ("- X, a company ..."; a "*" or "2." the parser set apart from its item still
opens it), a numbered line whose name follows the number ("3. X, for being owned by Y."), a line that holds only a name, or a paragraph of a list whose items end in ";" or
"; and" ("X, a real estate company owned by Y; and"). The item's target is its bold name, else the
subject of its sentence, else its first name. A sentence that continues an item's line ("...
missiles. Z, its chairman, is also being designated;") belongs to that item and does not end the list.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..nlp.doc_text import doc_text
from .context import DocContext
from .targets import candidates

#: Characters that open a list item: hyphen, bullet, asterisk, en dash, small square, black circle.
BULLETS = ("-", "\u2022", "*", "\u2013", "\u25aa", "\u25cf")
ENUMERATOR = re.compile(r"\(?(\d{1,3}|[a-z]|[ivx]{1,4})[.)]")  # "1.", "2)", "(a)", "iv."
NUMBERED_LINE = re.compile(ENUMERATOR.pattern + r"\s")  # "2. Name" kept in one sentence
OPEN_ITEM = re.compile(r"(;|;\s*(and|or))\s*$")  # an item that more items follow


def _numbered(stripped: str) -> bool:
    """The line opens with an item's number ("3. X", "2)") or is one ("2." set apart by the parser)."""
    return bool(NUMBERED_LINE.match(stripped) or ENUMERATOR.fullmatch(stripped))


def subject_mention(ctx: DocContext, sent: Span) -> tuple[Mention, Cluster] | None:
    """The named subject of a sentence ("Hong Kong-based X has shipped ...", "X was a senior figure ...")."""
    root = sent.root
    for m, cluster in candidates(ctx, sent, sent.start, sent.end)[:3]:
        head = sent.doc[m.start:m.end].root
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == root.i or head.i == root.i:
            return m, cluster
    return None


def starts_line(sent: Span) -> bool:
    """The sentence opens a line of the text (it is not the second sentence of a line)."""
    before = doc_text(sent.doc)[:sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


def _line_of(sent: Span) -> str:
    """The text of the line a sentence opens (an item may hold several sentences)."""
    text = doc_text(sent.doc)
    end = text.find("\n", sent.start_char)
    return text[sent.start_char:end if end >= 0 else len(text)].strip()


def _opening_name(ctx: DocContext, sent: Span) -> tuple[Mention, Cluster] | None:
    """The name that opens a paragraph item ("X, a company ..."), within its first two words."""
    found = candidates(ctx, sent, sent.start, sent.end)
    first = next((t.i for t in sent if not t.is_space and not t.is_punct), sent.start)
    return found[0] if found and found[0][0].start <= first + 1 else None


def _numbered_opening(ctx: DocContext, sent: Span) -> tuple[Mention, Cluster] | None:
    """The name right after a numbered item's number ("3. X, a company that ...", "3. Colonel X, commander of ..."): the
    item's target."""
    words = [t for t in sent if not t.is_space]
    k = 0
    while k < len(words) and k < 3 and (words[k].like_num or words[k].is_punct or ENUMERATOR.fullmatch(words[k].text)):
        k += 1  # "3", "." / "3." / "(c)"
    if k == len(words):
        return None
    found = candidates(ctx, sent, sent.start, sent.end)
    if not found:
        return None
    if found[0][0].start != words[k].i:  # "2. Brigadier General X, commander of ...": a rank or title before the name
        title = next((t for t in ctx.titles_in(sent) if t.start == words[k].i and t.end == found[0][0].start), None)
        return found[0] if title is not None else None
    return found[0]


def _described_opening(ctx: DocContext, sent: Span) -> tuple[Mention, Cluster] | None:
    """A paragraph item with no verb of its own: a name, a comma and a description ("SURNAME, Given (a.k.a. Alias), a
    former colonel who ...", "X, Y's brother, who handles ..."). A paragraph whose name is the subject of a verb ("X, a
    businessman, is the manager of Y") is prose, not an item."""
    opening = _opening_name(ctx, sent)
    if opening is None or sent.root.pos_ in {"VERB", "AUX"}:
        return None
    j = opening[0].end
    doc = sent.doc
    if j < sent.end and doc[j].text == "(":
        j = next((t.i + 1 for t in doc[j:sent.end] if t.text == ")"), sent.end)
    return opening if j < sent.end and doc[j].text == "," else None


def list_items(ctx: DocContext, index: int, section: int, section_of: list[int]) -> list[tuple[Span, Mention, Cluster]]:
    """Items after the statement at sentence `index` (a "the following ..." or a colon), in its section."""
    items: list[tuple[Span, Mention, Cluster]] = []
    bullet_before = marker_before = False
    all_marked = True  # every item so far opened by a bullet or a number
    colon = ctx.sentences[index].text.rstrip().endswith(":")
    open_item = colon  # a paragraph item may follow: the intro, or an item ending in ";"
    for k in range(index + 1, len(ctx.sentences)):
        sent = ctx.sentences[k]
        stripped = sent.text.strip()
        if section_of[k] != section and not (stripped.startswith(BULLETS) or _numbered(stripped) or marker_before or items and open_item):
            break  # a new section; a short item line taken for a heading ("- X", "3. X (IMO 9256059)") does not end the list
        if ENUMERATOR.fullmatch(stripped) or stripped in BULLETS:
            bullet_before = stripped in BULLETS
            marker_before = True
            continue  # "2." or "*" that the parser set apart from its item
        if stripped.startswith(BULLETS) or bullet_before:
            bullet_before = marker_before = False
            found = candidates(ctx, sent, sent.start, sent.end)
            bold = [x for x in found if x[0].bold]
            subject = (bold[0] if bold else None) or subject_mention(ctx, sent) or (found[0] if found else None)
            if subject is not None:
                items.append((sent, *subject))
            open_item = bool(OPEN_ITEM.search(_line_of(sent)))
            continue
        if items and not starts_line(sent) and not marker_before:
            continue  # a second sentence on an item's line: still the same item
        found = candidates(ctx, sent, sent.start, sent.end)
        numbered = marker_before or bool(NUMBERED_LINE.match(stripped))
        if items and all_marked and not numbered:
            break  # "1. A", "2. B", then a line without a number: a heading or prose, not a third item
        if numbered and colon and (starts_line(sent) or marker_before):
            opening = _numbered_opening(ctx, sent)
            if opening is not None:
                items.append((sent, *opening))  # "1. X, for being owned or controlled by Y." under "... the following:"
                open_item = bool(OPEN_ITEM.search(_line_of(sent)))
                marker_before = False
                continue
        if found and len([t for t in sent if t.is_alpha]) <= len(found[0][1].name.split()) + 6 and not stripped.endswith("."):
            items.append((sent, *found[0]))  # a line holding just a name (and perhaps an alias)
            all_marked &= numbered
            open_item = bool(OPEN_ITEM.search(_line_of(sent)))
            marker_before = False
            continue
        described = _described_opening(ctx, sent) if colon and starts_line(sent) and not numbered else None
        if described is not None:
            items.append((sent, *described))  # "SURNAME, Given (a.k.a. Alias), a former colonel who ..."
            all_marked = marker_before = False
            open_item = bool(OPEN_ITEM.search(_line_of(sent)))
            continue
        line = _line_of(sent)
        opening = _opening_name(ctx, sent) if open_item and colon and (items or OPEN_ITEM.search(line)) else None
        if opening is not None:
            items.append((sent, *opening))  # "X, a real estate company owned by Y; and"
            all_marked = False
            open_item = bool(OPEN_ITEM.search(line))
            continue
        if items:
            break
    return items
