"""designations_learned.v1: the rules' designations plus the entities a trained linear scorer accepts.

By default the rules (designations.v1) stay as they are and the scorer only ADDS entities of the release that no rule
designated (`designations_doc.doc_candidates`), when its probability reaches the threshold chosen by
cross-validation. A model file with `reject_below` (fit by `train_designations.py --arm reject`) weighs the rules'
designees too, with what the rule said as features (`rule_cues`): a rule designee it puts under `reject_below` is
dropped, another entity is added from `threshold`. What the rules know structurally stands above the scorer: an
entity with an active veto (designations_vetoes.py: a negated designation, a name the rules read and left out, prose
that no designation reaches) is never added, and a rule designee a designation verb names, or one the text gives a
designation by another government, is never dropped (`kept_by_rules`), unless it is junk (`junk_designee`: a
country, a people, a lower-case word), which is dropped whatever its score. The authority is the one the best sentence
names as acting (the State Department, say), else the body announcing the release. Weights: `graphbuild/data/designations_model.json`, refit by
`python benchmarks/train_designations.py` (docs/extraction.md).
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mention import IDENTIFIER_FIELD, Mention
from ..nlp.mentions import PLACE_PARTICIPLES
from ..nlp.doc_text import doc_text
from ..names import fold
from ..nlp.gazetteers import Gazetteers
from ..records import Relation
from .announcing import default_authority, offers_reward, others_story, release_or_section_authority
from .authority import FIRST_PERSON
from .described_dates import earlier_action
from .designation_denials import outright_denials
from .home_country import home_country_named
from .named_bodies import is_home_body, sanctioning_in
from .common import ref, relation
from .context import DocContext, context_of
from .designations import extract_designations
from .designations_doc import DESIGNATION_WORDS, Candidate, doc_candidates
from .list_items import BULLETS, starts_line
from .release import section_authority
from .section_dates import date_label
from .linear_model import LinearModel, file_fingerprint, load_cached
from .linear_model import read_model as read_linear_model

NAME = "designations_learned.v1"
#: Vetoes (designations_vetoes.py) that stop an addition: what the rules know against a name outweighs the scorer.
ACTIVE_VETOES = ("v:negated", "v:read", "v:prose", "v:earlier", "v:speaker", "v:removal", "v:post", "v:workplace", "v:visa")
#: A rule designee whose rule is this sure (a designation verb whose subject or object is the name) is never dropped.
PROTECT_FROM = 0.85


#: Labels of the model (nlp/mention.py) that name a place, a people or a date: never a sanctions target.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE"})
_WORDS = re.compile(r"[\s\-]+")


def junk_designee(name: str, kind: str, labels: set[str], features: list[str], gaz: Gazetteers, lookup: bool = True) -> bool:
    """A rule designee that is no target, whatever the rule's confidence, so the scorer may drop it: a place or a
    people (the model labels every mention of it so and no rule made it a person, or the gazetteers or
    `countrynames` know the whole name as a country, a country's other name or a demonym), a name
    without a capitalised word ("the boatyard"), or a single word the release also writes in lower case
    (`name:common_words` of designations_doc). General shape and type tests, no word list. `lookup`: also ask
    `countrynames` (callers ask it only where a place is likely; `country_codes` answers for it)."""
    words = [w for w in _WORDS.split(name) if w[:1].isalpha()]
    if IDENTIFIER_FIELD.match(name):
        return True  # "DOB 12" of "X (DOB 12 Mar 1988; ...)": an identifier field the model tagged a name
    if labels and labels <= PLACE_LABELS and kind != "Person":
        return True
    if fold(name) in _places(gaz) or lookup and _country_code(name) is not None:
        return True
    if not any(w[:1].isupper() for w in words):
        return True
    return len(name.split()) == 1 and "name:common_words" in features


#: Words before a name used as a place ("from Novi Sad", "an office in Durban"), and the participles after
#: "<Name>-" that make it a place ("a Bamako-based company").
PLACE_BEFORE = frozenset({"in", "from", "near"})
PLACE_AFTER = PLACE_PARTICIPLES  # one list with the mention stage's "Sahel-based" reading (X2, twenty-second session)
#: Articles before a name that modifies a common noun ("a Dushanbe businesswoman"; "the" only after a place word,
#: "near the Zawiya refinery": "the Sozvezdie-Avtomatika concern" names the concern).
ARTICLES = frozenset({"a", "an"})
#: The words opening a line up to a dash, none with a lower-case letter: a dateline ("CARACAS / WASHINGTON -- ").
PROGRAM_REACH = 60  # characters around a mention searched for the program name it may be a piece of
DATELINE_LINES = 8  # as ingest/metadata.py: a dateline stands among the first lines of a document
DATELINE = re.compile(r"[^a-z\n]{2,60}?\s(?:--?|\u2013|\u2014)\s")


def place_only(ctx: DocContext, cluster: Cluster) -> bool:
    """Every mention of the cluster is written as a place: after "in", "from" or "near", before "-based",
    "-registered", "-headquartered", as the modifier of a common noun after "a" ("a San Pedro Sula property company")
    or after "in/from/near the" ("near the Zawiya refinery"; not for a vessel), or as a dateline (an upper-case name
    opening a line before a dash: "WASHINGTON --", "CARACAS / WASHINGTON --") -- so the name is a city or a region
    the rule read as a target (the text's own shape; no list of cities). Not "<Name>, <Country>": a list entry's
    address follows its designee so."""
    doc = ctx.doc

    def as_place(m: Mention) -> bool:
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        after = [t.lower_ for t in doc[m.end:m.end + 2]]
        return (before in PLACE_BEFORE or after[:1] == ["-"] and after[1:] and after[1] in PLACE_AFTER
                or _modifier(doc, m, before, cluster.type) or _dateline(doc, m))

    return _every_mention(ctx, cluster, as_place)


def _every_mention(ctx: DocContext, cluster: Cluster, test: Callable[[Mention], bool]) -> bool:
    """The cluster has a mention and `test` holds for each one (place_only's and program_piece's shared walk). A
    mention's cluster number is compared before `entity` is asked: `entity` tests each cluster's name, and this walk
    runs over every mention of the release for each candidate (issue 18, S21)."""
    clusters, index = ctx.resolver.clusters, cluster.index
    mentions = [m for m in ctx.resolver.mentions
                if m.cluster is not None and clusters[m.cluster].index == index and ctx.entity(m) is not None]
    return bool(mentions) and all(test(m) for m in mentions)


def _modifier(doc: Doc, m: Mention, before: str, kind: str) -> bool:
    """"a Dushanbe businesswoman", "near the Zawiya refinery": the name stands between "a" (or a place word and
    "the") and a lower-case noun it modifies."""
    if kind == "Vessel" or m.end >= len(doc) or m.start < 2:
        return False
    if before not in ARTICLES and not (before == "the" and doc[m.start - 2].lower_ in PLACE_BEFORE):
        return False
    nxt = doc[m.end]
    return nxt.is_alpha and nxt.is_lower and nxt.pos_ in {"NOUN", "ADJ"}


def _dateline(doc: Doc, m: Mention) -> bool:
    """"WASHINGTON -- Today, ...", "CARACAS / WASHINGTON -- ...": an upper-case name among the first lines of the text,
    in the words without a lower-case letter that open its line before a dash (not a list line further down,
    "2. AURORA SPIRIT - IMO 9283611")."""
    if not m.text.isupper():
        return False
    text = doc_text(doc)  # `Doc.text` joins every token on each call (once per candidate here)
    start = doc[m.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    if text.count("\n", 0, line_start) >= DATELINE_LINES:
        return False
    head = DATELINE.match(text, line_start)
    return head is not None and start + len(m.text) <= head.end()


def program_piece(ctx: DocContext, cluster: Cluster) -> bool:
    """Every mention of the cluster lies inside the name of a program the text writes ("a Specially Designated
    **Global Terrorist**": the model's name span cut the label the designation verb names as the target's status). A
    shorter mention coreference joined to it elsewhere ("Assistant Secretary for Terrorist Financing", t14_15) does
    not save it (M31): each mention is inside a program's name or shorter than the cluster's name (so the full name,
    wherever it is written, is inside one)."""
    doc = ctx.doc
    text = doc_text(doc)  # `Doc.text` joins every token on each call (once per candidate here)

    def in_program(m: Mention) -> bool:
        start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
        lo = max(0, start - PROGRAM_REACH)
        window = text[lo:end + PROGRAM_REACH]
        return any(p.start() + lo <= start and end <= p.end() + lo for _, pattern in ctx.gaz.program_patterns
                   for p in pattern.finditer(window))

    named = cluster.name.casefold()
    return _every_mention(ctx, cluster, lambda m: in_program(m) or _shorter_than(m, named))


def _shorter_than(m: Mention, name: str) -> bool:
    """A mention shorter than the cluster's name ("Terrorist" of "Global Terrorist", M31): a word coreference joined
    to the name, which says nothing of whether the name itself is ever written outside a program's."""
    return m.text.casefold() != name and m.text.casefold() in name


def _country_code(name: str) -> str | None:
    """`countrynames.to_code`, from the table the package ships (`country_codes`): the library's first call
    normalises its ~27,000 names (~0.2 CPU-s in each model worker), the table is read in ~0.006."""
    from .country_codes import to_code

    return to_code(name)


def _places(gaz: Gazetteers) -> frozenset[str]:
    """The gazetteers' countries and demonyms, folded (cached on the gazetteers)."""
    cached = getattr(gaz, "_gb_places", None)
    if cached is None:
        cached = frozenset(fold(n) for n in (*gaz.countries, *gaz.demonyms, *gaz.demonyms.values()))
        object.__setattr__(gaz, "_gb_places", cached)
    return cached


def mention_labels(ctx: DocContext) -> dict[int, set[str]]:
    """Per cluster index, the model's labels of its mentions."""
    out: dict[int, set[str]] = {}
    for m in ctx.resolver.mentions:
        c = ctx.entity(m)
        if c is not None:
            out.setdefault(c.index, set()).add(m.label)
    return out


def kept_by_rules(confidences: list[float], authorities: list[str], gaz: Gazetteers, protect_from: float | None = None,
                  junk: bool = False) -> bool:
    """A rule designee the scorer may not drop: a designation verb names it (confidence from PROTECT_FROM), or the
    text gives it a designation by another government or the UN ("the UN-designated X", "the EU sanctioned X"):
    the scorer's cues weigh today's action of the release's own body, not what the text reports of others. A `junk`
    designee (`junk_designee`: a place, a lower-case word) is never protected: the rule misread it."""
    if junk:
        return False
    foreign = any((a := gaz.authority(name)) is not None and a.country != "United States" for name in authorities)
    return max(confidences, default=0.0) >= (PROTECT_FROM if protect_from is None else protect_from) or foreign


#: Words naming the United States in a sentence: its body may act there without being named ("the United States and
#: the United Kingdom sanctioned X").
HOME_WORDS = {"u.s.", "us", "united", "america", "american", "washington"}

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "designations_model.json"
ENV_MODEL = "GRAPHBUILD_DESIGNATION_MODEL"


def model_path() -> Path:
    """`$GRAPHBUILD_DESIGNATION_MODEL` when set (per-fold models of the cross-validation), else the shipped file."""
    override = os.environ.get(ENV_MODEL)
    return Path(override) if override else MODEL_PATH


def load_model(path: Path | None = None) -> LinearModel:
    """The model at `path` (default: `model_path()`), read once per process and again when the file changes."""
    return load_cached(path or model_path(), "designation model")


def read_model(path: Path) -> LinearModel:
    """The designation model stored at `path` (a ModelError naming it when missing or malformed)."""
    return read_linear_model(path, "designation model")


def model_fingerprint() -> str:
    """Hash of the weights in use, for the pipeline fingerprint."""
    return file_fingerprint(model_path())


def authority_for(ctx: DocContext, cand: Candidate) -> Cluster | None:
    """The sanctioning US body the candidate's sentence names, else the body of its list or section ("The Department of
    State is designating the following:", a "STATE DEPARTMENT DESIGNATIONS" heading), else the release's announcing body; the other
    government's body when the sentence names only that one and not the United States ("The European Union said it was
    also sanctioning X" in a news story about a U.S. action: not the Treasury's). None when the fallback is another
    government's body and the sentence names the United States: a story's U.S. action is never that government's; and
    none but a body the sentence names in a story where no body acts today (`others_story`: a court case's defendants,
    "X could not be reached for comment" of a name another government listed); and none at all in a reward offer
    where no body acts today: the body its sentences name offers the reward for the people named (N)."""
    if others_story(ctx) and offers_reward(ctx):
        return None  # "RFJ is offering a reward ... for information on A and B": the body named offers, it designates nobody (N)
    sanctioning = sanctioning_in(ctx, cand.sent.start, cand.sent.end)
    named = [c for c in sanctioning if is_home_body(ctx, c)]
    if not named and sanctioning and not any(t.lower_ in HOME_WORDS or t.lower_ in FIRST_PERSON for t in cand.sent):
        return sanctioning[0]
    if named:
        return named[0]
    if others_story(ctx):
        return None  # no body acts today: a defendant, or a name another government listed, is nobody's designee here (S)
    fallback = section_authority(ctx, cand.sent) or release_or_section_authority(ctx, cand.sent)  # as the rules' agentless designations
    if fallback is not None and not is_home_body(ctx, fallback) and home_country_named(cand.sent):
        return None  # "The United States on Tuesday imposed sanctions on X, the owner of Y": not the foreign body the story names elsewhere (P15)
    return fallback


def foreign_only(ctx: DocContext, cluster: Cluster, rels: list[Relation]) -> bool:
    """The rules gave the entity only other governments' designations ("The United Kingdom sanctioned X in 2022") and the
    release names it outside those sentences too (a paragraph or item of its own): it may still be a designee of the
    release, which the scorer may add with the release's own body (`home_authority_for`). A name given only in another
    government's sentence ("... and the United Kingdom is sanctioning X") is that government's target alone."""
    gaz = ctx.gaz
    if not rels or not all((a := gaz.authority(r.object.name)) is not None and a.country != "United States" for r in rels):
        return False
    return any(_own_mention(ctx, m) for m in _mentions_outside(ctx, cluster, rels))


def _mentions_outside(ctx: DocContext, cluster: Cluster, rels: Iterable[Relation]) -> list[Mention]:
    """The cluster's mentions in sentences that none of `rels` cites as evidence (another government's sentences left
    out: where the release speaks of the entity itself)."""
    stated = {e.start for r in rels for e in r.evidence}
    return [m for m in ctx.resolver.mentions if (c := ctx.resolver.cluster_of(m)) is not None and c.index == cluster.index
            and ctx.sentences[ctx.sentence_index(m.start)].start_char not in stated]


#: How a name opens its own item or paragraph: the subject of the sentence, or apposed, coordinated or titled there.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LINKS_TO_SUBJECT = frozenset({"appos", "conj", "compound"})


def _own_mention(ctx: DocContext, m: Mention) -> bool:
    """A mention that names the entity the way a designee's own item or paragraph does: it opens its line (after a
    bullet or a number: "- **X** (IMO ...)") or it is the subject of its sentence's main clause ("X is the head of ...",
    "The gang's enforcer, X, oversees ...", "X and Y purchased ..."), in a sentence that states no earlier designation.
    Not a name in a phrase of another's paragraph ("the head of the foreign procurement department of X", "controlled by
    X", "whose sole director, X, used it") nor the subject of a past designation ("X ... was designated by the State
    Department in 2005"): background, which another government's sanctions do not make a designee of the release."""
    doc = ctx.doc
    sent = ctx.sentences[ctx.sentence_index(m.start)]
    if earlier_action(sent) and any(t.lower_ in DESIGNATION_WORDS or t.lemma_.lower() in DESIGNATION_WORDS for t in sent):
        return False
    if starts_line(sent) and all(t.is_punct or t.is_space or t.like_num or t.text in BULLETS for t in doc[sent.start:m.start]):
        return True
    tok = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end or t.head.i == t.i), doc[m.start])
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            verb = tok.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:  # "X and Y purchased ... and re-exported ..."
                verb = verb.head
            return verb.dep_ == "ROOT"  # not "whose sole director, X, arranged ... and used it"
        if tok.dep_ == "ROOT" or tok.dep_ not in LINKS_TO_SUBJECT:
            return tok.dep_ == "ROOT"
        tok = tok.head
    return False


def home_authority_for(ctx: DocContext, cand: Candidate, rels: Iterable[Relation] = ()) -> Cluster | None:
    """The U.S. body a candidate the rules gave only to other governments (`rels`) would be designated by: `authority_for`
    of the first sentence that names it outside those governments' sentences (its own item or paragraph, and so its
    list's or section's body: "Treasury Designations" then "OFAC is designating the following:" in a State Department
    note), else of its best sentence; the release's announcing body when that names another government; None when
    neither is a U.S. body."""
    own = sorted(ctx.sentences[ctx.sentence_index(m.start)].start for m in _mentions_outside(ctx, cand.cluster, rels))
    authority = authority_for(ctx, Candidate(cand.cluster, ctx.sentences[ctx.sentence_index(own[0])]) if own else cand)
    if authority is not None and not is_home_body(ctx, authority):
        authority = default_authority(ctx)
    return authority if authority is not None and is_home_body(ctx, authority) else None


def home_sentence(ctx: DocContext, cand: Candidate, rels: Iterable[Relation]) -> Span:
    """The evidence of a U.S. designation the scorer gives an entity the rules gave only to other governments (`rels`):
    of the sentences naming it outside those governments' sentences, the first that states a designation and names
    no other government's body ("X was also designated today"), else the first where it opens its own item or is its
    sentence's subject ("X is the commander of Y"), else the first; its best sentence when there is none. Never the
    other government's sentence, which does not say that the U.S. acted (issue 13, M19)."""
    mentions = sorted(_mentions_outside(ctx, cand.cluster, rels), key=lambda m: m.start)
    sents = [ctx.sentences[ctx.sentence_index(m.start)] for m in mentions]
    for sent in sents:
        if any(t.lower_ in DESIGNATION_WORDS or t.lemma_.lower() in DESIGNATION_WORDS for t in sent) \
                and not any(not is_home_body(ctx, c) for c in sanctioning_in(ctx, sent.start, sent.end)):
            return sent
    own = next((s for m, s in zip(mentions, sents) if _own_mention(ctx, m)), None)
    return own if own is not None else sents[0] if sents else cand.sent


def learned_designations(doc: Doc, rules: list[Relation], model: LinearModel) -> Iterator[Relation]:
    """The entities the rules did not designate whose probability reaches the model's threshold (the probability is
    the relation's confidence), each with the authority of `authority_for`."""
    ctx = context_of(doc)
    for cand in doc_candidates(ctx, rules):
        p = model.probability(cand.features)
        if p < model.threshold or vetoed(cand):
            continue
        authority = authority_for(ctx, cand)
        if authority is None:
            continue
        yield relation("designated_by", ref(cand.cluster), ref(authority), cand.sent, NAME, round(p, 3))


#: `v:read` says the rules read the name's designation sentences and left it out; of a name they gave to another
#: government there ("The United Kingdom sanctioned X in 2024") they did not leave it out, so it stops no addition.
FOREIGN_READ = frozenset({"v:read"})


def vetoed(cand: Candidate, ignore: frozenset[str] = frozenset()) -> bool:
    """One of the active vetoes (less `ignore`) stands against the candidate: the scorer does not add it."""
    return any(v in ACTIVE_VETOES and v not in ignore for v in cand.vetoes)


def rule_cues(cluster_type: str, rels: list[Relation]) -> list[str]:
    """Features saying that and how the rules designated an entity (empty when they did not): which kind of rule
    (its confidence: a sentence's designation verb, a list item, a name list, a bold name, a back-reference, a
    partner's action), one or two evidence sentences, a past or program-bearing action, several authorities."""
    if not rels:
        return []
    cues = {"r:rule", f"t:{cluster_type}&r:rule", f"r:authorities={min(len({r.object.name for r in rels}), 2)}"}
    for r in rels:
        cues |= {f"r:conf={round(r.confidence, 2)}", f"r:evidence={min(len(r.evidence), 2)}"}
        if not r.current:
            cues.add("r:past")
        if r.program:
            cues.add("r:program")
    return sorted(cues)


def scored_designations(doc: Doc, rules: list[Relation], model: LinearModel) -> Iterator[Relation]:
    """With a model that weighs the rules' designees (`reject_below` set): the rules' relations except the
    designated_by of entities the model puts under `reject_below` and of junk ones (`junk_designee`) at any score, then
    the other entities from `threshold`, and from
    `threshold` the release's own body for an entity the rules gave only to other governments (`foreign_only`)."""
    assert model.reject_below is not None
    ctx = context_of(doc)
    by_name: dict[str, list[Relation]] = {}
    for r in rules:
        if r.relation == "designated_by":
            by_name.setdefault(r.subject.name.casefold(), []).append(r)
    rejected: set[str] = set()
    added: list[Relation] = []
    labels: dict[int, set[str]] | None = None
    denied = outright_denials(ctx)  # names the release says today's action leaves out: the rules' own filter
    for cand in doc_candidates(ctx, rules, everyone=True):
        name = cand.cluster.name.casefold()
        given = by_name.get(name, [])
        p = model.probability([*cand.features, *rule_cues(cand.cluster.type, given)])
        if given:
            labels = mention_labels(ctx) if labels is None else labels
            if p < model.reject_below:  # the junk tests with countrynames run only then
                junk = junk_designee(cand.cluster.name, cand.cluster.type, labels.get(cand.cluster.index, set()), cand.features, ctx.gaz) \
                    or place_only(ctx, cand.cluster) or program_piece(ctx, cand.cluster)
                if not kept_by_rules([r.confidence for r in given], [r.object.name for r in given], ctx.gaz, junk=junk):
                    rejected.add(name)
            elif junk_designee(cand.cluster.name, cand.cluster.type, (own := labels.get(cand.cluster.index, set())), cand.features, ctx.gaz,
                               lookup=bool(own & PLACE_LABELS)) or place_only(ctx, cand.cluster) or program_piece(ctx, cand.cluster):  # countrynames only for a name the model once tagged a place; a name written only as a place
                rejected.add(name)  # a place, a people or a lower-case word the rule read as a target: no designee at any score
            elif p >= model.threshold and foreign_only(ctx, cand.cluster, given) and not vetoed(cand, FOREIGN_READ):
                authority = home_authority_for(ctx, cand, given)  # "The United Kingdom sanctioned X in 2022" of a release's designee
                if authority is not None:  # stated where the release speaks of it, not in the other government's sentence (M19)
                    added.append(relation("designated_by", ref(cand.cluster), ref(authority), home_sentence(ctx, cand, given), NAME, round(p, 3)))
            continue
        if p >= model.threshold and not vetoed(cand) and name not in denied:  # "X is not a subject of today's action" (SB)
            authority = authority_for(ctx, cand)
            if authority is not None:
                added.append(relation("designated_by", ref(cand.cluster), ref(authority), cand.sent, NAME, round(p, 3)))
    yield from (r for r in rules if not (r.relation == "designated_by" and r.subject.name.casefold() in rejected))
    yield from (r for r in added if date_label(r.subject.name) is None)  # "**Actions of 12 May 2024**": a dated label, no name (M31)


def extract_designations_learned(doc: Doc) -> Iterator[Relation]:
    """designations.v1's relations, then the learned additions (less the rejected designees, for a model that
    rejects)."""
    rules = list(extract_designations(doc))
    model = load_model()
    if model.reject_below is not None:
        yield from scored_designations(doc, rules, model)
        return
    yield from rules
    yield from learned_designations(doc, rules, model)
