"""More cues for the designation scorer: where in the release a name stands and what it stands beside.

`designations_doc.py` says whether a designation word stands near a name. A release also says who is designated by
its layout and by company: a name alone on a list line or in a table row under a heading about sanctions, a name in
the paragraph, list or sentence of one the rules designated, the owner or owned party of an ownership verb, a
release whose headline announces an advisory or a general license, a name the model cut short. Each family has its
own prefix (hd, lo, ps, cj, rl, dk, nm, sh) so a cross-validation can leave one out. No cue holds a name's words:
they are positions, shapes, dependency labels and closed lists of function words.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..ingest.markup import heading_lines
from ..nlp.mention import Mention
from .list_items import BULLETS, NUMBERED_LINE

HEADING_DESIG = ("designat", "sanction", "target", "block")
HEADING_OTHER = ("licens", "advisory", "guidance", "alert", "report", "frequently", "faq", "statement", "remarks")
HEADING_DELIST = ("delist", "remov", "lift", "terminat", "revok", "rescind")
KIND_WORDS = {"advisory": ("advisory", "alert", "guidance", "bulletin"), "license": ("license", "licence", "authoriz"),
              "delist": ("delist", "remov", "lift", "terminat", "revok", "rescind"), "report": ("report", "statement",
              "remarks", "readout", "testimony")}
OWN_LEMMAS = {"own", "control", "operate", "subsidiary", "hold"}
POST_LEMMAS = {"lead", "head", "direct", "manage", "serve", "chair", "command", "run", "found", "oversee"}
COORD_DEPS = {"conj", "appos"}
_LAYOUT_KEY = "gb_designation_layout"


def heading_cue(heading: str | None) -> str:
    """hd: what the nearest heading above the sentence is about (none, designations, a delisting, other matters)."""
    if heading is None:
        return "hd:none"
    low = heading.lower()
    if any(w in low for w in HEADING_DELIST):
        return "hd:delist"
    if any(w in low for w in HEADING_DESIG):
        return "hd:desig"
    if any(w in low for w in HEADING_OTHER):
        return "hd:other"
    return "hd:plain"


def release_kind_cues(headline: str) -> list[str]:
    """dk: the release's kind read from its headline's words (advisory, license, delisting, report)."""
    low = headline.lower()
    kinds = [f"dk:{kind}" for kind, stems in KIND_WORDS.items() if any(s in low for s in stems)]
    if not any(s in low for s in HEADING_DESIG):
        kinds.append("dk:no_desig_word")
    return kinds


def position_cues(line_before: str, line: str, sent: Span, m: Mention) -> list[str]:
    """ps: the name opens its paragraph (`line_before`: its line up to the name), follows a colon, stands in a table
    row (`line`: the whole line) or in parentheses."""
    cues: list[str] = []
    if not line_before.strip(" \t*-\u2022\u25cf\u25aa0123456789.)(#"):
        cues.append("ps:para_start")
    prev = sent.doc[m.start - 1] if m.start > 0 else None
    if prev is not None and prev.text == ":":
        cues.append("ps:after_colon")
    if prev is not None and prev.text == "(":
        cues.append("ps:in_parens")
    if "|" in line:
        cues.append("ps:table_row")
    if m.start == sent.start or (prev is not None and prev.i == sent.start and not prev.is_alpha):
        cues.append("ps:sent_start")
    return cues


def relation_cues(root: Token) -> list[str]:
    """rl: the name hangs (within three heads) on a verb of ownership, as its owner ('owned by X', 'X owns') or as
    what is owned ('Y is owned by', 'controls Y'), or on a verb of a post ('X leads'): the ways a release ties one
    party to another."""
    below, tok = root, root
    for _ in range(3):
        if tok.head.i == tok.i:
            break
        below, tok = tok, tok.head
        lemma = tok.lemma_.lower()
        if lemma in OWN_LEMMAS:
            owner = below.dep_ == "agent" or (below.dep_ == "nsubj" and tok.tag_ != "VBN")
            return ["rl:owner" if owner else "rl:owned"]
        if lemma in POST_LEMMAS:
            return ["rl:post"]
    return []


def coordination_cues(sent: Span, m: Mention, designated: list[Mention]) -> list[str]:
    """cj: a name the rules designated stands in the same sentence, and whether this name is coordinated with one
    (a chain of conjunct / appositive arcs joins their heads)."""
    others = [o for o in designated if o.start != m.start and sent.start <= o.start < sent.end]
    if not others:
        return []
    group = _coord_group(sent.doc[m.start:m.end].root)
    if any(any(i in group for i in range(o.start, o.end)) for o in others):
        return ["cj:with_designee_sent", "cj:coordinated"]
    return ["cj:with_designee_sent"]


def _coord_group(root: Token) -> set[int]:
    """The heads of the names coordinated with `root` (conjuncts and appositives, up and down)."""
    top = root
    while top.dep_ in COORD_DEPS and top.head.i != top.i:
        top = top.head
    group: set[int] = set()
    stack = [top]
    while stack:
        tok = stack.pop()
        group.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ in COORD_DEPS)
    return group


@dataclass
class Layout:
    """The lines of a release read once: which open a list item or a table row, which are section headings (short
    capitalised lines that are no list item), and the paragraph (run of non-blank lines) each belongs to."""

    starts: list[int]
    kinds: list[str]  # "item", "row", "heading", "blank", "text"
    paragraph: list[int]
    text: str

    def line_of(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def block(self, line: int) -> range:
        """The run of list item / table row lines around `line` (blank lines between items allowed)."""
        lo = hi = line
        while lo > 0 and self.kinds[lo - 1] in {"item", "row", "blank"}:
            lo -= 1
        while hi + 1 < len(self.kinds) and self.kinds[hi + 1] in {"item", "row", "blank"}:
            hi += 1
        return range(lo, hi + 1)

    def heading_above(self, line: int) -> str | None:
        for k in range(line - 1, -1, -1):
            if self.kinds[k] == "heading":
                end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
                return self.text[self.starts[k]:end]
        return None


def layout_of(doc: Doc, text: str) -> Layout:
    """The release's Layout, computed once per Doc (kept in doc.user_data)."""
    cached = doc.user_data.get(_LAYOUT_KEY)
    if cached is not None:
        return cached
    heads = {a for a, _ in heading_lines(text)}
    starts, kinds, paragraph = [], [], []
    offset, para = 0, 0
    for line in text.split("\n"):
        stripped = line.strip()
        kind = ("blank" if not stripped else "row" if stripped.count("|") >= 2 else
                "item" if stripped.startswith(BULLETS) or NUMBERED_LINE.match(stripped) else
                "heading" if offset in heads else "text")
        if kind == "blank":
            para += 1
        starts.append(offset)
        kinds.append(kind)
        paragraph.append(para)
        offset += len(line) + 1
    out = Layout(starts, kinds, paragraph, text)
    doc.user_data[_LAYOUT_KEY] = out
    return out


def layout_cues(layout: Layout, m_char: int, m_text: str, lines: set[int]) -> list[str]:
    """lo: the name is the whole of its line, a list or table block holds a designee the rules found on another
    line, its paragraph holds one, the section heading above is about designations (or other matters). `lines`: the
    layout's lines of the designees the rules found (other than this name's entity), found once per release."""
    line = layout.line_of(m_char)
    end = layout.starts[line + 1] - 1 if line + 1 < len(layout.starts) else len(layout.text)
    rest = layout.text[layout.starts[line]:end].replace(m_text, "", 1)
    cues = [heading_cue(layout.heading_above(line)).replace("hd:", "lo:head_")]
    if not any(ch.isalpha() for ch in rest):
        cues.append("lo:whole_line")
    if layout.kinds[line] in {"item", "row"} and (lines - {line}) & set(layout.block(line)):
        cues.append("lo:block_with_designee")
    if any(layout.paragraph[k] == layout.paragraph[line] for k in lines):
        cues.append("lo:paragraph_with_designee")
    return cues


def shape_cues(span: Span) -> list[str]:
    """sh: the name's shape, never its words: how many words, all capitals, a digit, and a capitalised word right
    before or after it that the name does not hold (a span the model cut short)."""
    words = [t for t in span if t.is_alpha]
    cues = [f"sh:words_{min(len(span), 5)}"]
    if words and all(t.is_upper for t in words if len(t) > 1):
        cues.append("sh:all_caps")
    if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in span):
        cues.append("sh:digit")
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.is_alpha and after.text[:1].isupper() and not after.is_sent_start:
        cues.append("sh:cap_after")
    if before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start:
        cues.append("sh:cap_before")
    return cues
