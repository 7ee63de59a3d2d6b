"""The body whose statement a release is: the State Department's press statement, a Treasury press release.

A release speaks for one body, and in its own voice the text names no other: "The United States is designating five
individuals", "We are designating the following:", "I am publicly designating", "The Department is also
designating". The most named U.S. body is the wrong reading of these in a State Department statement that mentions
the Treasury's concurrent action and the OFAC reporting duty more often than its own department. The issuer is read
from the document's source, in order:

- the header above the first paragraph (the lines before the first prose sentence): a U.S. sanctioning body named on
  a line of its own ("U.S. DEPARTMENT OF STATE") or in the headline ("Treasury Sanctions ..."), or a byline's title
  ("Eleanor Vance, Secretary of State": the title's body); only when the header names one body (a joint release's
  "Treasury and State Target ..." has none);
  the State Department's own formats on a line of their own ("PRESS STATEMENT", "MEDIA NOTE", "Office of the
  Spokesperson") name it too;
- else the first U.S. body that the release shows acting in the present ("The Department of State is taking this
  action pursuant to E.O. 14014", "The Department of State is designating X", "takes action today"), past the "United
  States" of the opening sentence.

The issuer must be named in the release as an entity (a cluster), which designations can then point to. A section
heading names a body the same way ("STATE DEPARTMENT DESIGNATIONS", "Concurrent Treasury Action": `section_body`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..ingest.markup import heading_lines
from ..nlp.coref import Cluster
from ..nlp.gazetteers import Authority, Gazetteers
from ..nlp.doc_text import doc_text, token_lemmas
from .context import DocContext
from .release_header import format_body, header_lines

#: Objects of "take" that make it an act of the body ("takes action", "took steps"), by lemma; not the action nouns of
#: described_dates / designation_denials
TAKEN_ACTION_LEMMAS = {"action", "actions", "step", "steps"}
DESIGNATING = {"designate", "sanction", "target"}
#: A heading whose section is a body's designations names one of these ("TREASURY DESIGNATIONS", "Concurrent
#: Treasury Action", "State Department Sanctions"); "Rewards for Justice" or "Treasury's Role" names a body doing else.
ACTION_HEADING = re.compile(r"designat|sanction|action|target|identif|block|restrict|listing", re.I)


def issuer(ctx: DocContext) -> Cluster | None:
    """The U.S. sanctioning body the release speaks for (cached on the context), None when the source does not say."""
    if ctx.issuer_known:
        return ctx.issuer
    bodies = _header_bodies(ctx)
    chosen = _cluster_of(ctx, bodies[0]) if len(bodies) == 1 else None
    if chosen is None and not bodies:
        chosen = _acting_in_present(ctx)
    ctx.issuer, ctx.issuer_known = chosen, True
    return chosen


def header_issuer(ctx: DocContext) -> str | None:
    """The one U.S. sanctioning body the release's header names (its canonical name), whether or not the text names it
    as an entity: a State statement headed "PRESS STATEMENT" and signed "X, Secretary of State" whose text says only
    "The Department is designating Y" speaks for the State Department, which `issuer` (a cluster) cannot give (FX)."""
    bodies = _header_bodies(ctx)
    return bodies[0] if len(bodies) == 1 else None


def top_body(ctx: DocContext, name: str) -> str:
    """The department of an office (OFAC -> the Treasury): one body in the header, whichever of them it names."""
    records = ctx.gaz.authorities
    record = records.get(name)
    while record is not None and record.parent in records and records[record.parent].sanctioning \
            and records[record.parent].parent is not None:
        record = records[record.parent]
    return record.name if record is not None else name


def section_body(ctx: DocContext, sent: Span) -> Cluster | None:
    """The U.S. sanctioning body the heading of the sentence's section names ("STATE DEPARTMENT DESIGNATIONS",
    "Concurrent Treasury Action"): the designating body of a sentence there that names none ("Kanoute is being
    designated for ..."). The nearest heading line above decides: one naming no body or two ends the section's body."""
    if ctx.section_bodies is None:
        text = doc_text(ctx.doc)
        found: list = []
        body_starts = header_lines(text)[1]  # the headline is the issuer's, not a section's
        for start, end in heading_lines(text):
            if start < body_starts:
                continue
            bodies = list(dict.fromkeys(top_body(ctx, b) for b in _bodies_on_line(ctx, text[start:end], formats=False)))
            acts = _heading_acts(ctx, text[start:end])  # "State Department Rewards for Justice" designates no one
            found.append((start, _cluster_of(ctx, bodies[0]) if len(bodies) == 1 and acts else None))
        ctx.section_bodies = found
    k = _section_index(ctx, sent)
    return ctx.section_bodies[k][1] if k >= 0 else None


def _heading_acts(ctx: DocContext, line: str) -> bool:
    """A heading over a body's designations: it says so ("TREASURY DESIGNATIONS", "Concurrent Treasury Action"), or it
    is the body's name alone ("Department of State")."""
    if ACTION_HEADING.search(line):
        return True
    patterns = _patterns(ctx.gaz)
    rest = f" {line} "
    for pattern in (patterns.acronyms, patterns.titled):  # as written, then the aliases folded
        rest = pattern.sub(" ", rest) if pattern is not None else rest
    rest = patterns.folded.sub(" ", rest.casefold()) if patterns.folded is not None else rest.casefold()
    return not set(re.findall(r"[a-z]+", rest)) - {"the", "u", "s", "us", "of", "and", "concurrent", "today", "s"}


def section_start(ctx: DocContext, sent: Span) -> int:
    """The character where the heading of the sentence's section (as `section_body` reads them) starts, -1 for none."""
    section_body(ctx, sent)
    k = _section_index(ctx, sent)
    return ctx.section_bodies[k][0] if k >= 0 else -1  # type: ignore[index]


def _section_index(ctx: DocContext, sent: Span) -> int:
    return bisect_right([start for start, _ in ctx.section_bodies or []], sent.start_char) - 1


def _header_bodies(ctx: DocContext) -> list[str]:
    """The departments (canonical names) of the U.S. sanctioning bodies and titles named in the release's header."""
    found: list[str] = []
    for line in _header(doc_text(ctx.doc)):
        for name in _bodies_on_line(ctx, line):
            top = top_body(ctx, name)
            if top not in found:
                found.append(top)
    return found


def _header(text: str) -> list[str]:
    """The lines above the first prose paragraph (markdown marks stripped)."""
    return header_lines(text)[0]


def _bodies_on_line(ctx: DocContext, line: str, formats: bool = True) -> list[str]:
    """U.S. sanctioning bodies a header line names (any case: "U.S. DEPARTMENT OF STATE"), or imply by an official's
    title ("Secretary of State"), in order of appearance."""
    patterns = _patterns(ctx.gaz)
    folded = f" {line.casefold()} "
    out: list[str] = [body] if formats and (body := format_body(line)) is not None else []
    hits = [(m.start(), patterns.names[m.group(1)]) for m in patterns.folded.finditer(folded)] if patterns.folded else []
    hits += [(m.start(), patterns.names[m.group(1)]) for m in patterns.acronyms.finditer(line)] if patterns.acronyms else []
    hits += [(m.start(), patterns.titles[m.group(1)]) for m in patterns.titled.finditer(line)] if patterns.titled else []
    for _, canonical in sorted(hits):
        if canonical not in out:
            out.append(canonical)
    return out


@dataclass(frozen=True)
class _Patterns:
    """One search per line: the aliases of the U.S. departments and offices that sanction (folded; acronyms as
    written) and the officials' titles that imply one, each mapped to the body's canonical name."""

    folded: re.Pattern[str] | None
    acronyms: re.Pattern[str] | None
    titled: re.Pattern[str] | None
    names: dict[str, str]
    titles: dict[str, str]


_PATTERNS: dict[int, _Patterns] = {}


def _us_department(record: Authority | None) -> bool:
    """A U.S. sanctioning body with a parent in the gazetteers (a department or its office; "the U.S. Government" is
    none: it names no department)."""
    return record is not None and record.sanctioning and record.country == "United States" and record.parent is not None


def _patterns(gaz: Gazetteers) -> _Patterns:
    found = _PATTERNS.get(id(gaz))
    if found is not None:
        return found
    names: dict[str, str] = {}
    for alias, canonical in gaz.authority_by_alias.items():
        record = gaz.authorities.get(canonical)
        if _us_department(record):
            names[alias if alias.isupper() else alias.casefold()] = canonical  # "the U.S. Government" names no department
    titles: dict[str, str] = {}
    for title, info in gaz.prenominal.items():
        body = gaz.authority(info.get("organization", ""))
        if body is not None and body.sanctioning:
            titles[title] = body.name

    def alternation(words: list[str], before: str) -> re.Pattern[str] | None:
        ordered = sorted(words, key=len, reverse=True)  # the longest alias first: "u.s. department of state", not "department of state"
        return re.compile(rf"(?<!{before})({'|'.join(re.escape(w) for w in ordered)})(?!\w)") if ordered else None

    built = _Patterns(alternation([a for a in names if not a.isupper()], r"[\w.]"), alternation([a for a in names if a.isupper()], r"[\w.]"),
                      alternation(list(titles), r"\w"), names, titles)
    _PATTERNS[id(gaz)] = built
    return built


def titled_body(ctx: DocContext, text: str) -> Cluster | None:
    """"The Secretary of State is designating": the body an official's title in `text` implies, when the release names
    it."""
    for title, info in ctx.gaz.prenominal.items():
        if title not in text:
            continue  # the search below needs the title's words: no lookup or pattern for the others (issue 18, T25)
        body = ctx.gaz.authority(info.get("organization", ""))
        if body is not None and body.sanctioning and re.search(rf"(?<!\w){re.escape(title)}(?!\w)", text):
            return _cluster_of(ctx, top_body(ctx, body.name))
    return None


def is_sanctioning(ctx: DocContext, cluster: Cluster) -> bool:
    """The entity is a body of the gazetteers that sanctions (OFAC, the State Department), not one that only speaks."""
    record = ctx.gaz.authorities.get(cluster.authority) if cluster.authority else None
    return record is not None and record.sanctioning


def _cluster_of(ctx: DocContext, canonical: str) -> Cluster | None:
    """The release's entity for a body: the body itself, else an office of it the release names (OFAC for the Treasury)."""
    named = [c for c in ctx.resolver.clusters if c.authority]
    same = next((c for c in named if c.authority == canonical), None)
    return same if same is not None else next((c for c in named if top_body(ctx, c.authority or "") == canonical
                                               and is_sanctioning(ctx, c)), None)


def subject_bodies(ctx: DocContext, verb: Token, heading: bool = False) -> Iterator[Cluster]:
    """The entities of the mentions in `verb`'s nominal subject, in text order (with `heading`, only those of a mention
    the subject's head word is in: "the Treasury Department said", not "Treasury Under Secretary X said"): the walk
    verb -> subject -> mentions -> entity that the callers then test for the body they want (`_acting_in_present`,
    `home_body.reporting_body`, `home_body.story_reporter`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    for m in ctx.mentions_in(subject.left_edge.i, subject.right_edge.i + 1):
        if heading and not m.start <= subject.i < m.end:
            continue
        cluster = ctx.resolver.cluster_of(m)
        if cluster is not None:
            yield cluster


def _acting_in_present(ctx: DocContext) -> Cluster | None:
    """"The Department of State is taking this action pursuant to ...", "The Department of State is designating X": the
    U.S. sanctioning body that is the subject of "take action" or of a designating verb in the present tense (the
    first such sentence); "took action in 2021", "OFAC designated X in 2019" are earlier ones."""
    lemmas = token_lemmas(ctx.doc)
    for sent in ctx.sentences:
        for i in range(sent.start, sent.end):
            if lemmas[i] not in DESIGNATING and lemmas[i] != "take":
                continue  # the lemma first, a `Token` only for a verb it can be (issue 18, S19)
            tok = ctx.doc[i]
            if tok.tag_ not in {"VBG", "VBZ", "VBP"} or not (tok.lemma_.lower() in DESIGNATING or tok.lemma_.lower() == "take" and
                                                               any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_ACTION_LEMMAS for c in tok.children)):
                continue
            for cluster in subject_bodies(ctx, tok):
                if _us_department(ctx.gaz.authorities.get(cluster.authority) if cluster.authority else None):
                    return cluster
    return None
