"""Correct a mention's PERSON/ORG label from the document's own evidence.

The small model types a name from its letters and its neighbours, so a group's foreign name right after
"armed group" comes out a person, and a person's name that follows an organization's name comes out an
organization. The sentence and the rest of the document often say otherwise; this module reads that:

- a name right after a group or firm noun ("the armed group X", "criminal gang X", "the company X") is
  that group or firm, and so is every mention of the same text; so is a name listed after a plural one
  ("the companies A and X"); a name read as a place right after "X-based" ("France-based X") that is
  no known country is a firm; so is a person-tagged name followed by a group noun ("the X gang", which then
  closes the name, as the titles read it) or by "concern"/"company"/"firm", defined by a parenthesised alias
  spelling its initials ("X Y Z (XYZ)"), apposed to a body noun ("X, a road construction company"), or
  introduced by ", which";
- a name typed as an organization is a person when it is the subject of "is/was the <title> of ..."
  ("X was a key member of ..."), stands in apposition with a title ("X, the director of ..."), or
  shares its first word, a given name, with a person of the same document ("X Y" next to the person
  "X Z"), or is listed with people ("A, B and C" where the others are persons), while containing no
  organization word (every mention of that text, also one read as a place, is then the person).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .gazetteers import Gazetteers
from .mention import Mention
from .name_runs import PERSON_WORD

#: lower-case nouns that, right before a name, say the name is a body's (besides the gazetteer's group nouns)
BODY_NOUNS = frozenset({"company", "firm", "organization", "organisation"})
#: lower-case nouns that, right after a name, say it is a body's ("the X concern", "the X company")
BODY_NOUNS_AFTER = frozenset({"clique", "concern", "company", "firm", "organization", "organisation"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def retype_mentions(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel, in place, the PERSON mentions that name a body and the ORG (or place) mentions that name a person."""
    bodies = {m.text for m in mentions if m.label == "PERSON" and m.alias_of is None
              and (_after_body_noun(doc, m, gaz) or _listed_after_plural_body_noun(doc, m, mentions, gaz)
                   or _body_evidence(doc, m, gaz))}
    people = {m.text for m in mentions if m.label == "ORG" and m.text not in bodies and _person_shaped(doc, m, gaz)
              and (_subject_or_apposite_of_title(doc, m, gaz) or _shares_given_name(doc, m, mentions)
                   or _listed_with_people(doc, m, mentions))}
    firms = {m.text for m in mentions if m.label == "GPE" and _based_firm(doc, m, gaz)}
    for m in mentions:
        if m.text in bodies and m.label == "PERSON" and _group_noun_after(doc, m, gaz):
            m.end += 1  # "the Zorvath group": the noun closes the group's name, as the titles read it
            m.text = doc[m.start:m.end].text
            bodies.add(m.text)
    for m in mentions:
        if m.text in firms and m.label in {"GPE", "PERSON"} and not m.authority:
            m.label = "ORG"
        elif m.text in bodies and m.label == "PERSON":
            m.label = "ORG"
        elif m.text in people and m.label in {"ORG", "GPE", "NORP"} and not m.authority:
            m.label = "PERSON"


def _based_firm(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"France-based X" read as a place: firms are based somewhere, so X is one unless it is a known country."""
    return m.start > 0 and doc[m.start - 1].lower_ == "based" and m.text not in gaz.countries and m.alias_of is None


def _body_noun_before(doc: Doc, start: int, gaz: Gazetteers) -> Token | None:
    """The lower-case group or firm noun (any number: "gang", "companies") right before `start`, same sentence."""
    if start == 0 or doc[start].is_sent_start:
        return None
    prev = doc[start - 1]
    if prev.text.islower() and prev.pos_ in {"NOUN", "PROPN"} and ({prev.text, prev.lemma_} & (gaz.group_nouns | BODY_NOUNS)):
        return prev
    return None


def _after_body_noun(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"the armed group X", "criminal gang X": a group or firm noun right before the name."""
    return _body_noun_before(doc, m.start, gaz) is not None


def _listed_after_plural_body_noun(doc: Doc, m: Mention, mentions: list[Mention], gaz: Gazetteers) -> bool:
    """"the companies A and X": the name is coordinated with a name that follows a plural firm or group noun."""
    for token in _root(doc, m).conjuncts:  # most names have none: the mentions are searched only for those that do
        start = next((o.start for o in mentions if o is not m and o.start <= token.i < o.end), token.i)
        noun = _body_noun_before(doc, start, gaz)
        if noun is not None and noun.text != noun.lemma_:
            return True
    return False


def _person_shaped(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """Two to four capitalised name words, none of which names a kind of body or a place."""
    span = doc[m.start:m.end]
    if not 2 <= len(span) <= 4 or m.authority or m.alias_of is not None:
        return False
    organization_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns
    return all(PERSON_WORD.match(t.text) and t.lower_ not in organization_words and t.text not in gaz.countries for t in span)


def _root(doc: Doc, m: Mention) -> Token:
    span = doc[m.start:m.end]
    return span.root


def _subject_or_apposite_of_title(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X was a key member of Y" (subject of a copula whose attribute is a title) or "X, the director of Y"."""
    root = _root(doc, m)
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ == "be":
        if any(c.dep_ == "attr" and c.lower_ in gaz.title_heads for c in root.head.children):
            return True
    return any(c.dep_ == "appos" and c.lower_ in gaz.title_heads for c in root.children)


def _shares_given_name(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """The name's first word opens another, different person's name in this document (a given name)."""
    first, last = doc[m.start].text, doc[m.end - 1].text
    return any(o.label == "PERSON" and o.end - o.start >= 2 and doc[o.start].text == first and doc[o.end - 1].text != last
               for o in mentions)


def _listed_with_people(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """"The members include A, B and C": the name is coordinated with a person's name and with no more bodies' names
    than people's (the model often reads two of three names in a list as bodies)."""
    label_of = {i: o.label for o in mentions if o is not m for i in range(o.start, o.end)}
    labels = [label_of.get(t.i) for t in _root(doc, m).conjuncts]
    return labels.count("PERSON") > 0 and labels.count("PERSON") >= labels.count("ORG")


def align_repeated_names(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """One name, one kind, across the document (run after the aliases are known).

    The model types each occurrence of a name from its own neighbours, so the short name a release defines for a
    firm ("X Y Maritime FZE (X Y)") comes out a place or a person further on, and a person's
    hyphenated surname ("B-C") an organization. The definition says what the name is: every other
    mention of a parenthesised alias takes the kind of the name it abbreviates, and a mention of two tokens or more
    that repeats the closing words of a person's full name (no body word in it) is that person's surname (a
    one-word surname read as a body is left to coreference, which weighs it against the bodies of that name)."""
    kinds: dict[str, str] = {}
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        base = by_start.get(m.alias_of) if m.alias_of is not None else None
        if base is not None and base.label in {"ORG", "PERSON", "VESSEL"} and not base.authority and not m.authority:
            kinds.setdefault(m.text, base.label)
    surnames = {doc[k:p.end].text for p in mentions if p.label == "PERSON" and p.alias_of is None and p.end - p.start >= 2
                for k in range(p.start + 1, p.end) if doc[k - 1].text != "-" and doc[k].text != "-"}
    organization_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns
    for m in mentions:
        if m.authority or m.label not in {"ORG", "GPE", "NORP", "PERSON"} or m.text in gaz.countries or m.text in gaz.demonyms:
            continue
        kind = kinds.get(m.text)
        if kind is None and m.label != "PERSON" and m.end - m.start > 1 and m.text in surnames and m.text not in kinds \
                and not {t.lower_ for t in doc[m.start:m.end]} & organization_words:
            kind = "PERSON"
        if kind is not None:
            m.label = kind


def _end_after_alias(doc: Doc, end: int) -> int:
    """The token after a name's parenthesised alias ("X (Y), which"), or `end` when none follows."""
    if end < len(doc) and doc[end].text == "(":
        close = next((j for j in range(end + 1, min(end + 15, len(doc))) if doc[j].text == ")"), None)
        if close is not None:
            return close + 1
    return end


def _body_evidence(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """What the sentence says only of a body: "the X gang", "X Y Z (XYZ)", "X, a road construction company", "X, which"."""
    span = doc[m.start:m.end]
    if _group_noun_after(doc, m, gaz) or (m.end < len(doc) and doc[m.end].text.islower() and doc[m.end].lower_ in BODY_NOUNS_AFTER):
        return True
    if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and _initials_of(span, doc[m.end + 1].text):
        return True
    after = _end_after_alias(doc, m.end)
    root = _root(doc, m)
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "which" and doc[after + 1].head.head.i == root.i:
        return True
    body_nouns = set(gaz.anaphora_heads) | BODY_NOUNS | gaz.group_nouns
    return after + 1 < len(doc) and doc[after].text == "," and any(
        c.dep_ == "appos" and c.lemma_.lower() in body_nouns and c.text.islower() and c.left_edge.i == after + 1 for c in root.children)


def _initials_of(span: Span, acronym: str) -> bool:
    """"Volga Tube Metals Works (VTMW)", "Ruta de Plata (RdP)": the alias spells the capitals that open
    the name's words (a person's alias is a surname or a nickname, never initials)."""
    capitals = [c for c in acronym if c.isupper()]
    if len(capitals) < 2 or not acronym.isalpha() or sum(c.islower() for c in acronym) > len(capitals) - 1:
        return False
    initials = [t.text[0] for t in span if t.text[:1].isupper()]
    return capitals == initials


def _group_noun_after(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"the Zorvath group", "the X gang controls": a lower-case group noun closes the name ("cartel-linked" does not)."""
    k = m.end
    return (k < len(doc) and doc[k].text.islower() and doc[k].lower_ in gaz.group_nouns and doc[k].tag_ in {"NN", "NNS"}
            and not (k + 1 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_))
