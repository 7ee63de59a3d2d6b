"""The named entities of a release that the designation rules did not give, each with the cues a scorer weighs.

The rules (designations.v1) read designations off particular phrasings; a release can state the same thing in a
way no rule was written for ("Also sanctioned today are A and B", a vessel in a bullet under "identified as
blocked property"). Here every person, company, organization and vessel of the release is a candidate, described by
what surrounds its mentions: a designation word in the same sentence and how the name hangs on it, "today" or a
past date there, another government named there, bold, headings, list items under a designating intro, quotes;
and (designations_doc_cues.py) the name's place in the release's layout, a rule designee beside it, its shape. The
cues name no phrasing in particular, so a linear scorer fit on train/ (designations_learned.py) can weigh them on
releases written in other words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mention import Mention
from ..nlp.doc_text import doc_text, token_words
from ..records import Relation
from .action_sentences import DELISTING, undone
from .designation_verbs import VERB_TRIGGERS, VERB_TRIGGER_FORMS
from .named_bodies import authorities_in, is_home_body
from .bold_post_holders import release_post_holders
from .firm_paragraph_people import firm_paragraph_people
from .bold_workplaces import release_workplaces
from .bold_speakers import bolds_speakers
from .visa_releases import visa_release_bodies
from .common import headline
from .context import DocContext
from .designations_doc_cues import (coordination_cues, heading_cue, layout_cues, layout_of, position_cues, relation_cues,
                                   release_kind_cues, shape_cues)
from .removal_sections import in_removal_part
from .speakers import speaker_mention
from .designations_vetoes import (SPEAKER, after_group_statements, after_read_lists, designation_tokens, in_heading, intro_items, negated_designation,
                                  quiet_release, read_sentences, vetoes)
from .list_items import BULLETS, ENUMERATOR

_WORD_BREAKS = re.compile(r"[\s\-]+")  # compiled once (issue 18, PF, 32nd)

#: Words that state a designation (lemma or lower-case form).
DESIGNATION_WORDS = (VERB_TRIGGERS - {"list"}) | VERB_TRIGGER_FORMS | {"designation"}
BLOCKING_WORDS = {"blocked", "block", "identify", "identified", "identifying", "sdn"}
TODAY_WORDS = {"today", "being", "concurrently", "simultaneously", "also"}
PAST_WORDS = {"previously", "earlier", "formerly", "already", "prior", "before", "originally", "follows", "following"}
YEAR = re.compile(r"^(19|20)\d\d$")
TARGET_TYPES = {"Person", "Company", "Organization", "PublicBody", "Vessel"}


@dataclass
class Candidate:
    """A named entity of the release the rules did not designate, with the sentence that best states it."""

    cluster: Cluster
    sent: Span
    features: list[str] = field(default_factory=list)
    vetoes: list[str] = field(default_factory=list)  # what the rules know against it (designations_vetoes.py)


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"


def _trigger(sent: Span) -> Token | None:
    """The sentence's first designation word (a verb before a noun)."""
    found = designation_tokens(sent, DESIGNATION_WORDS)
    verbs = [t for t in found if t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB")]
    return (verbs or found or [None])[0]


def _path_to(root: Token, target: Token, steps: int = 5) -> str | None:
    """The dependency label by which `root` reaches `target` walking up the heads (None: not within `steps`)."""
    tok, first = root, root.dep_
    for _ in range(steps):
        if tok.i == target.i:
            return first if root.i != target.i else "self"
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _line_start(doc_text: str, char: int) -> str:
    start = doc_text.rfind("\n", 0, char) + 1
    return doc_text[start:char].strip()


def _in_quotes(text: str, sent: Span, char: int) -> bool:
    """An opening quote before the mention (at `char`) in its sentence is still open: the doc's text sliced, not the
    span's tokens joined (whitespace between them holds no quote)."""
    before = text[sent.start_char:char]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


@dataclass
class _SentenceFacts:
    """What `_sentence_cues` reads off a sentence regardless of the mention, worked out once per sentence (issue 18:
    it ran for each of the ~16 mentions a release's candidates have per sentence)."""

    trigger: Token | None
    trigger_cues: list[str]  # after s:desig, dep: and pos: when the sentence has a designation word
    cues: list[str]  # s:blocked, s:other_authority, s:foreign
    said: bool
    headline: bool | None = None  # common.headline of the sentence, once asked
    negated: bool | None = None  # designations_vetoes.negated_designation of the sentence, once asked


def _sentence_facts(ctx: DocContext, sent: Span, text: str, home: set[str]) -> _SentenceFacts:
    texts, lowers = token_words(ctx.doc)  # `Token.text` / `.lower_` of each word, read once per doc (S21, PF)
    words = set(lowers[sent.start:sent.end])
    trig = _trigger(sent)
    trigger_cues: list[str] = []
    if trig is not None:
        if words & TODAY_WORDS:
            trigger_cues.append("s:desig_today")
        if words & PAST_WORDS or any(YEAR.match(word) for word in texts[sent.start:sent.end]):
            trigger_cues.append("s:desig_past")
        if DELISTING.search(text[sent.start_char:sent.end_char]):
            trigger_cues.append("s:delist")
    cues: list[str] = []
    if bool(words & BLOCKING_WORDS) and ("property" in words or "sdn" in words or "list" in words):
        cues.append("s:blocked")
    others = {a.authority for a in authorities_in(ctx, sent.start, sent.end)} - home
    if others:
        cues.append("s:other_authority")
    if any(ctx.gaz.authorities[a].country not in {"United States", None} for a in others if a in ctx.gaz.authorities):
        cues.append("s:foreign")
    return _SentenceFacts(trig, trigger_cues, cues, "said" in words or "says" in words)


def _sentence_cues(facts: _SentenceFacts, text: str, sent: Span, m: Mention, char: int) -> list[str]:
    """The cues of the mention's sentence: its designation word and how the name hangs on it, today or past,
    blocking, other authorities, quotes, reported speech."""
    cues: list[str] = []
    trig = facts.trigger
    if trig is not None:
        root = sent.doc[m.start:m.end].root
        path = _path_to(root, trig)
        cues.append("s:desig")
        cues.append(f"dep:{path or 'far'}")
        cues.append("pos:" + ("before" if m.start < trig.i else "after"))
        cues += facts.trigger_cues
    cues += facts.cues
    if _in_quotes(text, sent, char):
        cues.append("m:quoted")
    if facts.said:
        cues.append("s:said")
    return cues


def _list_intro(ctx: DocContext, text: str, index: int) -> int | None:
    """Index of the sentence ending with ':' that opens the list item at sentence `index` (items in between are
    skipped)."""
    for k in range(index - 1, max(-1, index - 40), -1):
        sent = ctx.sentences[k]
        line = text[sent.start_char:sent.end_char].strip()
        if line.endswith(":"):
            return k
        if not (line.startswith(BULLETS) or ENUMERATOR.match(line)):
            return None
    return None


def doc_candidates(ctx: DocContext, rules: list[Relation], everyone: bool = False) -> list[Candidate]:
    """Every target-like entity of the release that no rule designated (`everyone`: all of them, for fitting), with
    its cues."""
    done = set() if everyone else {r.subject.name.casefold() for r in rules if r.relation == "designated_by"}
    text = doc_text(ctx.doc)
    home = {c.authority for c in _home(ctx)}
    by_cluster: dict[int, list[tuple[Mention, int]]] = {}
    for m in ctx.resolver.mentions:
        c = ctx.entity(m)
        if c is None or c.authority or c.type not in TARGET_TYPES or c.name.casefold() in done:
            continue
        k = ctx.sentence_index(m.start)
        by_cluster.setdefault(c.index, []).append((m, k))
    lower_words = {w for w in token_words(ctx.doc)[0] if w.islower() and w.isalpha()}  # Token.is_lower / is_alpha
    designee_names = {r.subject.name.casefold() for r in rules if r.relation == "designated_by"}
    n_designated = len(designee_names)
    designee_mentions = [m for m in ctx.resolver.mentions
                         if (c := ctx.entity(m)) is not None and c.name.casefold() in designee_names]
    layout = layout_of(ctx.doc, text)
    # each designee's entity and line, once per doc: not per mention (the line looked up ~900,000 times in 200
    # releases when each mention's cues found them again: issue 18, S21)
    designee_marks = [(ctx.entity(d), layout.line_of(ctx.doc[d.start].idx)) for d in designee_mentions]
    facts: dict[int, _SentenceFacts] = {}

    def facts_of(k: int) -> _SentenceFacts:
        if k not in facts:
            facts[k] = _sentence_facts(ctx, ctx.sentences[k], text, home)
        return facts[k]
    removals: dict[int, bool] = {}

    def removal_part(k: int) -> bool:
        if k not in removals:
            removals[k] = in_removal_part(ctx, ctx.sentences[k])
        return removals[k]
    doc_cues = release_kind_cues(text.lstrip().split("\n", 1)[0][:300])
    read, after_list, quiet = read_sentences(ctx, rules), after_read_lists(ctx), quiet_release(ctx, rules)
    under_intro, earlier = intro_items(ctx, DESIGNATION_WORDS)
    after_group = after_group_statements(ctx, under_intro)
    post_holders = release_post_holders(ctx) | firm_paragraph_people(ctx)  # v:post: BH's post holders, a firm's officers (DP, 34th)
    workplaces = release_workplaces(ctx)
    plain_bold = bolds_speakers(ctx)
    visa_bodies = visa_release_bodies(ctx)
    out: list[Candidate] = []
    for index, mentions in by_cluster.items():
        cluster = ctx.resolver.clusters[index]
        feats = {f"t:{cluster.type}", f"n:{_bucket(len(mentions))}", f"doc:rules_{_bucket(n_designated)}"}
        if _common_words(cluster.name, lower_words):
            feats.add("name:common_words")  # "Fact Sheet", "Humanitarian Assistance": words the release also writes in lower case
        best: tuple[int, Span] | None = None
        placed: list[tuple[int, list[str], bool, bool]] = []
        for m, k in mentions:
            sent = ctx.sentences[k]
            char = sent.doc[m.start].idx
            sentence = facts_of(k)
            cues = _sentence_cues(sentence, text, sent, m, char)
            line = _line_start(text, char)
            if line.startswith(BULLETS) or ENUMERATOR.match(line) or text[sent.start_char:sent.end_char].lstrip().startswith(BULLETS):
                cues.append("m:item")
                intro = _list_intro(ctx, text, k)
                if intro is not None:
                    cues.append("m:item_of_" + ("desig" if facts_of(intro).trigger is not None else "other"))
            if m.bold:
                cues.append("m:bold")
            if any(a <= char < b for a, b in ctx.headings):
                cues.append("m:heading")
            if k == 0:
                cues.append("m:first_sentence")
            more = _more_cues(ctx, text, sent, m, line, designee_mentions, designee_marks)
            feats.update(cues)
            feats.update(more)
            if sentence.headline is None:
                sentence.headline = headline(sent)
            if "s:desig" in cues and sentence.negated is None:
                sentence.negated = negated_designation(sent, DESIGNATION_WORDS)
            neg = "s:desig" in cues and bool(sentence.negated) or bool({"s:desig", "s:blocked"} & set(cues)) and undone(sent, m.start, m.end)
            speaker = [SPEAKER] if speaker_mention(sent, m.start, m.end) else []  # a veto's mark, no feature of the model
            placed.append((k, cues + more + speaker, neg, in_heading(ctx, sent, char, sentence.headline)))
            strength = ("s:desig" in cues) * 2 + ("s:desig_today" in cues) + ("m:item_of_desig" in cues) * 2
            if best is None or strength > best[0]:
                best = (strength, sent)
        feats.update(doc_cues)
        feats.update(_spread(ctx, [k for _, k in mentions]))
        feats |= {f"{a}&{b}" for a in (f"t:{cluster.type}",) for b in list(feats) if b.startswith(("s:", "m:", "dep:"))}
        if best is not None:
            if plain_bold and cluster.type == "Person":  # the document bolds its speakers: a person's bold is no cue (DP, 33rd)
                placed = [(k, [c for c in cues if c != "m:bold"], neg, head) for k, cues, neg, head in placed]
            vetoed = vetoes(placed, read, after_list, earlier, quiet, after_group)
            if all(removal_part(k) for _, k in mentions):
                vetoed.append("v:removal")  # named only under a removal heading or in a release that only delists (DL)
            if index in post_holders:
                vetoed.append("v:post")  # a bold post holder of another party's that nothing designates (BH)
            if index in workplaces:
                vetoed.append("v:workplace")  # a bold firm named only as where a person works (DQ)
            if index in visa_bodies:
                vetoed.append("v:visa")  # a firm of a release whose only authority bars entry (DP, 33rd)
            out.append(Candidate(cluster, best[1], sorted(feats), vetoed))
    return out


def _more_cues(ctx: DocContext, text: str, sent: Span, m: Mention, line: str, designees: list[Mention],
               designee_marks: list[tuple[Cluster | None, int]]) -> list[str]:
    """The cues of designations_doc_cues for one mention: the heading above, the name's place in its line, list and
    paragraph, ownership or post verbs, a rule designee beside it, the name's shape. `designee_marks`: each of
    `designees`' entity and line (`Layout.line_of` its first character)."""
    root = sent.doc[m.start:m.end].root
    char = sent.doc[sent.start].idx
    above = [(a, b) for a, b in ctx.headings if b <= char]
    heading = text[above[-1][0]:above[-1][1]] if above else None
    start = sent.doc[m.start].idx
    end = text.find("\n", start)
    whole = text[text.rfind("\n", 0, start) + 1:end if end >= 0 else len(text)]
    entity = ctx.entity(m)
    lines = {line for other, line in designee_marks if other is not entity}
    span = sent.doc[m.start:m.end]
    return [heading_cue(heading), *position_cues(line, whole, sent, m), *relation_cues(root),
            *coordination_cues(sent, m, designees), *shape_cues(span),
            *layout_cues(layout_of(sent.doc, text), start, span.text, lines)]


def _spread(ctx: DocContext, indexes: list[int]) -> list[str]:
    """nm: in how many sentences the release names the entity, and how early it first does."""
    first = min(indexes) / max(1, len(ctx.sentences))
    where = "early" if first < 0.25 else "late" if first > 0.75 else "mid"
    return [f"nm:sents_{_bucket(len(set(indexes)))}", f"nm:first_{where}"]


def _common_words(name: str, lower_words: set[str]) -> bool:
    words = [w for w in _WORD_BREAKS.split(name) if w[:1].isalpha()]
    return bool(words) and all(w.lower() in lower_words for w in words)


def _home(ctx: DocContext) -> list[Cluster]:
    """The US bodies of the release (the announcing one and any US authority): their sanctions are today's."""
    return [c for c in ctx.resolver.clusters if is_home_body(ctx, c)]
