"""Text normalisation applied to every document before it is stored and parsed.

Publishing systems leave invisible characters in text: soft hyphens where a hyphen
was meant ("Lebanon\\u00adbased"), zero-width spaces, non-breaking spaces, curly
apostrophes, bidirectional marks around a name, decomposed accents, bold tags glued to the word before
("company<strong>Name"), and compounds broken after their hyphen ("U.S.- designated"). The model then reads "Lebanonbased" or "company7STAR" as one
word. Normalising once, before the document's text, hash and markup ranges are
computed, keeps every evidence offset consistent with the text that is stored.
"""
from __future__ import annotations

import re
import unicodedata

# second parts of the compounds press releases hyphenate ("Moscow-based", "state-owned")
COMPOUND_HEADS = frozenset({
    "based", "owned", "flagged", "registered", "controlled", "linked", "affiliated", "backed", "aligned", "led",
    "run", "sanctioned", "designated", "related", "funded", "operated", "born", "made", "listed", "incorporated",
    "headquartered", "sponsored", "supported", "connected", "associated", "directed", "level", "ranking", "era",
})
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")  # no-break and typographic spaces
# zero-width space, word joiner, stray byte-order mark; and the bidirectional marks and embeddings (LRM/RLM, LRE..RLO,
# LRI..PDI), which only steer how a line is displayed but cut a name off its sentence for the model ("\u200fX Y\u200f")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_JOINERS_LATIN = re.compile(r"(?<=[\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?=[\x00-\x7f])")  # ZWNJ/ZWJ matter in Persian or Arabic script only
_SOFT_HYPHEN = re.compile(r"(\w*)\u00ad(\w*)")
_SHY_ENTITY = re.compile(r"&(?:shy|#173|#[xX]0*[aA][dD]);")
# inside a word only ("Iran\u2019s", "Qa\u2019ida"); a plural possessive's final "Workers\u2019" stays, because the
# model reads a straight quote there as a closing quotation mark and cuts the name
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc\u2018](?=\w)")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
# "U.S.- designated", "Moscow- based": a compound broken after its hyphen (a line break in the published page)
_BROKEN_COMPOUND = re.compile(r"(?<=[\w.])- (?=(?:" + "|".join(sorted(COMPOUND_HEADS)) + r")\b)")


def normalize_text(text: str, markup: bool = False) -> str:
    """The text as the pipeline should read it (NFC, plain spaces, real hyphens, straight apostrophes).

    `markup=True` also separates a bold name glued to the word before or after it
    ("company**7STAR Holdings**" -> "company **7STAR Holdings**"); pass it for text that
    still carries the `**bold**` marks of HTML or Markdown.
    """
    text = unicodedata.normalize("NFC", text)
    # each pattern runs only where its characters are: the look-behind ones tried every position of every text
    # (a fifth of reading the benchmark corpus, issue 18); the result is the same
    if not text.isascii():
        text = _SPACES.sub(" ", text)
        text = _INVISIBLE.sub("", text)
        if "\u200c" in text or "\u200d" in text:
            text = _JOINERS_LATIN.sub("", text)
    text = resolve_soft_hyphens(text)
    if "- " in text:
        text = _BROKEN_COMPOUND.sub("-", text)
    if "\u2019" in text or "\u02bc" in text or "\u2018" in text:
        text = _APOSTROPHE.sub("'", text)
    if markup and "**" in text:
        text = _unglue_bold(text)
    return text


def resolve_soft_hyphens(text: str) -> str:
    """Soft hyphens (also as HTML entities) resolved; run on raw HTML too, whose parser would drop them silently."""
    if "&" in text:
        text = _SHY_ENTITY.sub("\u00ad", text)
    if "\u00ad" in text:
        text = _SOFT_HYPHEN.sub(lambda m: _soft_hyphen(m, text), text)
    return text


def _soft_hyphen(match: re.Match[str], text: str) -> str:
    """A soft hyphen stands for a hyphen in a compound ("Lebanon-based"), else it only marks a break point."""
    left, right = match.group(1), match.group(2)
    if left and right and (right.lower() in COMPOUND_HEADS or f"{left}-{right}" in text):
        return f"{left}-{right}"
    return left + right


def _unglue_bold(text: str) -> str:
    """A space where a bold run starts or ends inside a word and the case changes there (a name's edge)."""
    out: list[str] = []
    pos = 0
    for match in _BOLD.finditer(text):
        inner = match.group(1)
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        out.append(text[pos:match.start()])
        if before.islower() and inner[:1].isupper() or before.islower() and inner[:1].isdigit():
            out.append(" ")
        out.append(match.group(0))
        if after.isupper() and (inner[-1:].islower() or inner[-1:].isdigit() or inner.endswith(".")):
            out.append(" ")
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)
