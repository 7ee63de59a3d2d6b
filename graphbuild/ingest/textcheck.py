"""Two checks that keep text from being lost or garbled silently: invalid UTF-8 bytes, deep HTML.

A UTF-8 file with a few invalid bytes used to go to encoding detection, which picked a
code page that turned every accented letter into mojibake ("Pérez" -> "Pķrez"). When a
file's non-ASCII text is mostly valid UTF-8, it is read as UTF-8 with each invalid byte
replaced (U+FFFD) and a warning gives the count. A declared charset (``<meta charset>``,
an XML declaration) is used the same way. An HTML page nested deeper than the HTML
parser's limit (thousands of ``<div>``) gives no article text; its text is then taken
with the standard library's tokenizer, which has no depth limit.
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

_DECLARED = re.compile(rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""", re.I)
_REPLACEMENT = "\ufffd"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> tuple[str, int]:
    """(text, count) with every lone surrogate replaced by U+FFFD.

    JSON may escape half of a UTF-16 pair ("\\ud800") and Python's decoder keeps it; such a string
    cannot be encoded as UTF-8, so hashing, storing or printing it failed the whole build.
    """
    return _LONE_SURROGATE.subn(_REPLACEMENT, text)


def lone_surrogate_at(text: str) -> int | None:
    """Where the first lone surrogate of `text` stands, or None: the one check of "not UTF-8 text" that ingest, query
    parameters (`rdf.queries`) and gold files (`gold_schema`) make (each wrote it its own way)."""
    found = _LONE_SURROGATE.search(text)
    return found.start() if found else None


def replaced_count(text: str, data: bytes) -> int:
    """Characters that decoding replaced (U+FFFD in `text` that were not already in `data` as UTF-8)."""
    return text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, replaced characters) when `data` is UTF-8 with a few invalid bytes, else None.

    "Mostly": the text has valid multi-byte UTF-8 characters, at least as many as invalid
    bytes (or the invalid bytes are under 1% of it). A file in a legacy code page has its
    accented letters all invalid as UTF-8 and almost never a valid multi-byte sequence,
    so it still goes to detection.
    """
    text = data.decode("utf-8", errors="replace")
    bad = replaced_count(text, data)
    if bad == 0:
        return None
    good = sum(1 for c in text if ord(c) > 127 and c != _REPLACEMENT)
    return (text.lstrip("\ufeff"), bad) if good and (good >= bad or bad <= 0.01 * len(text)) else None


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in its first 2 KB (meta charset, XML declaration), if Python knows it."""
    match = _DECLARED.search(data[:2048])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_declared(data: bytes, encoding: str) -> tuple[str, int]:
    """`data` in its declared encoding, invalid bytes replaced: (text, replaced characters)."""
    text = data.decode(encoding, errors="replace")
    return text, replaced_count(text, data)


class _TextCollector(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer"}
    BREAKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def plain_text_of_html(html: str) -> str:
    """The text of an HTML page without scripts, styles, navigation and footers; paragraphs on their own lines."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(collector.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


__all__ = ["declared_encoding", "decode_declared", "mostly_utf8", "plain_text_of_html", "replaced_count"]
