"""Per-document analysis shared by all extractors, computed once per Doc.

Holds the mentions, the within-document resolver and the titles of each
sentence. It lives in `doc.user_data` only while the relation component runs.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster, DocResolver
from ..nlp.gazetteers import Gazetteers, load_gazetteers
from ..nlp.mentions import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS, Mention, collect_mentions
from ..nlp.doc_text import doc_text, forget_text
from ..nlp.company_forms import POINTED_FORMS, form_point_starts_sentence
from .titles import Title, find_titles

KEY = "gb_context"


@dataclass
class DocContext:
    doc: Doc
    gaz: Gazetteers
    resolver: DocResolver
    sentences: list[Span]
    titles: dict[int, list[Title]] = field(default_factory=dict)  # sentence start -> titles
    bold: list[tuple[int, int]] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)
    date: str | None = None
    _starts: list[int] | None = None
    announcing: Cluster | None = None  # the authority announcing the document's action, once computed
    announcing_known: bool = False
    announcing_country: bool = False  # the home country announces, no body acting for it (extract/authority.py)
    group_statements: list | None = None  # designations stated once for a group (extract/release.py), once computed
    announcing_sentence: Span | None = None  # the sentence whose subject gave `announcing`
    issuer: Cluster | None = None  # the body whose statement the release is (extract/issuer.py), once computed
    issuer_known: bool = False
    story_reporter: Cluster | None = None  # the body a news story reports from (extract/home_body.py), once computed
    story_reporter_known: bool = False
    others_story: bool | None = None  # no body acts today in a story or reward offer (extract/announcing.py), once computed
    top_country: str | None = None  # the country the release names most, none acting (extract/roles_country.py), once computed
    top_country_known: bool = False
    section_bodies: list | None = None  # (heading start char, body cluster or None) of each heading line, once computed
    section_of: list[int] | None = None  # section number of each sentence (extract/release.py `sections`), once computed
    program_bodies: dict | None = None  # type: ignore[type-arg]  # authority cited -> U.S. bodies citing it today (extract/cited_authority.py), once computed
    table_posts: list | None = None  # type: ignore[type-arg]  # the posts of the document's tables (extract/roles_table.py), once computed
    item_posts: set | None = None  # type: ignore[type-arg]  # Relation.key() of the list items' own posts (extract/roles_item_posts.py), once computed
    anaphors: dict[tuple[int, int], list] = field(default_factory=dict)  # type: ignore[type-arg]  # sentence -> roles_features._anaphors
    _sentence_starts: list[int] | None = None

    def sentence_index(self, token: int) -> int:
        """Index in `sentences` of the sentence holding token `token` (the sentences' starts listed once per doc)."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        return max(0, bisect_right(self._sentence_starts, token) - 1)

    def titles_in(self, sent: Span) -> list[Title]:
        if sent.start not in self.titles:
            self.titles[sent.start] = find_titles(sent, self.resolver, self.gaz)
        return self.titles[sent.start]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions wholly inside tokens start..end (binary search on the sorted mention starts)."""
        mentions = self.resolver.mentions
        starts = self._starts if self._starts is not None else [m.start for m in mentions]
        self._starts = starts
        first = bisect_left(starts, start)
        out = []
        for m in mentions[first:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def entity(self, mention: Mention | None) -> Cluster | None:
        return self.resolver.entity(mention)


def context_of(doc: Doc, gaz: Gazetteers | None = None) -> DocContext:
    """The cached analysis of `doc` (built on first use)."""
    ctx = doc.user_data.get(KEY)
    if ctx is None:
        gaz = gaz or load_gazetteers()
        meta = doc.user_data.get("gb_meta") or {}
        bold = [tuple(r) for r in meta.get("bold", [])]
        doc_text(doc)  # cached until release_context: the mentions and the extractors read it (built once, not twice)
        mentions = collect_mentions(doc, gaz, bold)  # type: ignore[arg-type]
        resolver = DocResolver(doc, mentions, gaz)
        ctx = DocContext(doc, gaz, resolver, sentences_without_split_names(doc, mentions), bold=bold,  # type: ignore[arg-type]
                         headings=[tuple(r) for r in meta.get("headings", [])], date=meta.get("date"))  # type: ignore[misc]
        doc.user_data[KEY] = ctx
    return ctx


#: Legal forms written as an abbreviation with a full stop, which the parser may take for a sentence's end.
COMPANY_ABBREVIATIONS = POINTED_FORMS
#: Words written with a full stop that the parser may take for a sentence's end: those legal forms, a name's "Jr."
#: and "Sr." (the mentions' own list), ranks, forms of address, "a.k.a." and "No.".
ABBREVIATIONS = COMPANY_ABBREVIATIONS | {w.lower() for w in NAME_ABBREVIATIONS} | {
    "a.k.a", "aka", "no", "st"} | TITLE_ABBREVIATIONS


def _ends_with_abbreviation(sent: Span) -> bool:
    """"..., a.k.a." or "Maj." closing a sentence: the parser cut after an abbreviation, not a sentence."""
    tokens = _last_words(sent, 2)
    if len(tokens) >= 2 and tokens[-1].text == "." and "\n" not in tokens[-1].whitespace_:
        return tokens[-2].lower_.rstrip(".") in ABBREVIATIONS
    return bool(tokens) and tokens[-1].lower_.rstrip(".") in ABBREVIATIONS and tokens[-1].text.endswith(".") and "\n" not in tokens[-1].whitespace_


def _last_words(sent: Span, n: int) -> list[Token]:
    """The sentence's last `n` tokens that are not whitespace, in order (read from the end: sentences run long)."""
    out: list[Token] = []
    for i in range(sent.end - 1, sent.start - 1, -1):
        if not sent.doc[i].is_space:
            out.append(sent.doc[i])
            if len(out) == n:
                break
    return out[::-1]


def _company_then_new_sentence(before: Span, sent: Span) -> bool:
    """"... designated Kestrel Ltd. Simultaneously, the Department ...": a company's form may end a sentence; the cut
    stands when a capitalised word other than a further form ("Co. Ltd.") opens the next one."""
    last = _last_words(before, 1)
    first = next((t for t in sent if not t.is_space), None)
    if not last or first is None:
        return False
    form = before[-2].text if last[0].text == "." and len(before) >= 2 else last[0].text  # "Ltd." or "Ltd" "."
    return form_point_starts_sentence(form, first.text)  # nlp/model's decider too (M45)


def _verbless_name_opening(before: Span, sent: Span) -> bool:
    """"Islamic Revolutionary Guard Corps (IRGC) | Brigadier General X oversaw ...": the parser cut after a closing
    parenthesis; a piece with no verb that ends there, on the same line as a capitalised next word, opens that sentence."""
    last = before[-1]
    return last.text == ")" and "\n" not in last.whitespace_ and not any(t.pos_ in {"VERB", "AUX"} for t in before) \
        and sent[0].text[:1].isupper() and not any("\n" in t.text for t in before)


def sentences_without_split_names(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """The parser's sentences, re-joined where a boundary falls inside a name ("Sahand | Aviation Parts Company")."""
    inside = {i for m in mentions for i in range(m.start + 1, m.end)}
    sentences: list[Span] = []
    for sent in doc.sents:
        if sentences and (sent.start in inside or _ends_with_abbreviation(sentences[-1]) and not _company_then_new_sentence(sentences[-1], sent)
                          or _verbless_name_opening(sentences[-1], sent)):
            sentences[-1] = doc[sentences[-1].start:sent.end]
        else:
            sentences.append(sent)
    return sentences


def release_context(doc: Doc) -> None:
    doc.user_data.pop(KEY, None)
    forget_text(doc)  # the text cached for the extractors (nlp/doc_text.doc_text)
