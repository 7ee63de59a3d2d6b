"""Correct a mention's PERSON/ORG label from the document's own evidence.

The small model types a name from its letters and its neighbours, so a group's foreign name right after
"armed group" comes out a person, and a person's name that follows an organization's name comes out an
organization. The sentence and the rest of the document often say otherwise; this module reads that:

- a name right after a group or firm noun ("the armed group X", "criminal gang X", "the company X") is
  that group or firm, and so is every mention of the same text; so is a name listed after a plural one
  ("the companies A and X"); a name read as a place right after "X-based" ("France-based X") that is
  no known country is a firm; so is a person-tagged name followed by a group noun ("the X gang", which then
  closes the name, as the titles read it) or by "concern"/"company"/"firm", defined by a parenthesised alias
  spelling its initials ("X Y Z (XYZ)"), apposed to a body noun ("X, a road construction company"),
  introduced by ", which", or followed by "and its <title>" ("X and its CEO, Y");
- a name read as a person or a place is a body when its last word is a capitalised body noun ("the X Clan", "the
  X Drug Trafficking Organization", "Y Prison"; not a piece of a longer capitalised run such as "Foreign |
  Terrorist Organization" or a headline), when a lower-case group noun follows a place-tagged name that is no
  country ("the Los X cartel", the noun then closing the name), or when it modifies a post held in a body ("a X
  financial official", "senior X figures"; a place-tagged one only if the model reads that text as a name
  somewhere); never a word that closes a person's name of the document (a family's name: "the Y network");
- a name typed as an organization is a person when it is the subject of "is/was the <title> of ..."
  ("X was a key member of ..."), stands in apposition with a title ("X, the director of ..."), or
  shares its first word, a given name, with a person of the same document ("X Y" next to the person
  "X Z"), or is listed with people ("A, B and C" where the others are persons), while containing no
  organization word and not following "the" ("the X Drug Trafficking Organization", listed with a person);
- a name typed as an organization (or a place that is no country) and shaped as a person's name in any alphabet
  (`name_words`: "Öztürkoğlu", "Jean-Rémy", "al-Fayez", a quoted nickname) is a person when ", who" follows it,
  "<Demonym> national", "citizen" or "Mr."/"Ms." precedes it ("[Kyrgyz national X Y]" read as one name is cut to
  "X Y"), a title is apposed to it in either order with its comma ("its chief executive, X", "X, a former officer of
  ..."; not titles a company holds too: owner, shareholder, member, partner, representative), "<title> is X", or
  "X serves/works/acts as <title>" (R7's person cues, issue 13; R15 keeps the apposition only with its comma).
  Every mention of that text, also one read as a place, is then the person.

The sentence cues (`person_evidence`, `body_evidence`, `post_held_at`, ...) are in `name_cues`, which
`name_votes` reads too; this module decides from them.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .kin_words import KIN_NOUNS

from ..names import FILIAL_AFTER_PARENT, NAME_PARTICLES
from .gazetteers import Gazetteers
from .mention import HYPHENS, Mention
from .name_cues import (BODY_NOUNS, SUBJECT_DEPS, after_article, body_evidence, group_noun_after, kind_nouns, mention_root, person_evidence,
                        post_held_at, post_held_in_the, post_noun_before)
from .name_romance import opens_on_head
from .name_runs import PERSON_WORD
from .name_slots import after_kin_word

#: one name word in any alphabet, apostrophes inside ("Öztürkoğlu", "Ba'Salem"), or an initial
NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*\.?$")
#: particles of a person's name besides `names.NAME_PARTICLES`: filial words of Malay and Turkic names ("X binti Y",
#: "X Y oglu Z"; R20)
PERSON_PARTICLES = NAME_PARTICLES | frozenset({"binti", "oglu", "qizi"})
#: head nouns of bodies' names that the gazetteers' body words leave out ("X Social Association", "Y Detention Center")
BODY_KIND_WORDS = frozenset({"association", "center", "centre", "bloc", "component", "brokerage", "institute", "university", "school",
                             "hospital", "prison", "camp", "port", "airport", "church", "diocese", "league", "union", "federation",
                             "front", "movement", "detention", "affairs", "cooperation", "power"})
#: words that head a body's name, never a person's ("the X Drug Trafficking Organization")
BODY_HEADS = frozenset(BODY_KIND_WORDS | {"organization", "organisation", "entity", "foundation"})


def retype_mentions(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel, in place, the PERSON mentions that name a body and the ORG (or place) mentions that name a person."""
    for m in mentions:
        _cut_nationality(doc, m, gaz)
    # a cue read at a mention the model typed a firm counts too: "X, a gang that ..." keeps X from the person cues of
    # another of its mentions, which otherwise made every mention of X a person (twenty-second session, M)
    bodies = {m.text for m in mentions if m.label in {"PERSON", "ORG"} and m.alias_of is None and not m.authority
              and (_after_body_noun(doc, m, gaz) or _listed_after_plural_body_noun(doc, m, mentions, gaz)
                   or body_evidence(doc, m, gaz) and not post_noun_before(doc, m, gaz) and not after_kin_word(doc, m)
                   or m.label == "ORG" and _based_firm(doc, m, gaz) and not _based_person(doc, m, gaz))}
    held = {m.text for m in mentions if m.label == "PERSON" and m.alias_of is None
            and (post_held_at(doc, m, gaz) or post_held_in_the(doc, m, gaz))}
    if held:  # "an employee of X" unless "X has used his network" (R20); the pronoun test only for those names (issue 18)
        bodies |= held - {o.text for o in mentions if o.text in held and _pronoun_after(doc, o)}
    people = {m.text for m in mentions if m.label == "ORG" and m.text not in bodies and _person_shaped(doc, m, gaz)
              and (_subject_or_apposite_of_title(doc, m, gaz) or _apposed_kin(doc, m) or _shares_given_name(doc, m, mentions)
                   or _listed_with_people(doc, m, mentions))}
    people |= {m.text for m in mentions if m.label == "ORG" and m.text not in bodies and _person_named(doc, m, gaz)
               and person_evidence(doc, m, gaz)}
    people |= {m.text for m in mentions if m.label in {"ORG", "GPE", "NORP"} and m.text not in bodies and _filial_name(doc, m, gaz)}
    people |= {m.text for m in mentions if m.label in {"GPE", "NORP"} and m.text not in bodies and m.text not in gaz.countries
               and m.text not in gaz.demonyms and _person_named(doc, m, gaz) and person_evidence(doc, m, gaz)}
    firms = {m.text for m in mentions if m.label == "GPE" and _based_firm(doc, m, gaz)}
    surnames = {doc[k:p.end].text for p in mentions if p.label == "PERSON" and p.end - p.start >= 2 for k in range(p.start + 1, p.end)}
    named = {m.text for m in mentions if m.label in {"PERSON", "ORG"}}
    named_bodies = {m.text for m in mentions if m.label in {"PERSON", "GPE", "NORP"} and m.text not in people
                    and m.text not in surnames and _body_named(doc, m, gaz, m.label == "PERSON" or m.text in named)}
    # "X, a militia that ...", "the group, X,": a place-typed name that is no country and that the sentence says is a
    # group or firm is that body (a foreign group's name read as a place; thirty-second session, MB)
    named_bodies |= {m.text for m in mentions if m.label in {"GPE", "NORP"} and m.text not in people and m.alias_of is None
                     and not m.authority and m.text not in gaz.countries and m.text not in gaz.demonyms
                     and (_apposed_group(doc, m, gaz) or _described_as_group(doc, m, gaz))}
    bodies |= named_bodies
    for m in mentions:
        if m.text in bodies and m.label in {"PERSON", "GPE", "NORP"} and group_noun_after(doc, m, gaz):
            m.end += 1  # "the Zorvath group": the noun closes the group's name, as the titles read it
            if m.text in named_bodies:
                named_bodies.add(doc[m.start:m.end].text)
            m.text = doc[m.start:m.end].text
            bodies.add(m.text)
    for m in mentions:
        if m.text in firms and m.label in {"GPE", "PERSON"} and not m.authority:
            m.label = "ORG"
        elif m.text in bodies and (m.label == "PERSON" or (m.label in {"GPE", "NORP"} and m.text in named_bodies and not m.authority)):
            m.label = "ORG"
        elif m.text in people and m.label in {"ORG", "GPE", "NORP"} and not m.authority:
            m.label = "PERSON"


def _based_firm(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"France-based X" read as a place or a firm: firms are based somewhere, so X is one unless it is a known country
    (a name the model read as a person stays one: "Larnaca-based A B" may be a person, tests/extract/test_roles_prose)."""
    return m.start > 0 and doc[m.start - 1].lower_ == "based" and m.text not in gaz.countries and m.alias_of is None


def _based_person(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"Dubai-based A B, who is the managing director of ...": a person-shaped name (no company or body word) with a
    person's cue is a person based somewhere, not a firm; typed a firm, it lost its post (X2, twenty-second session)."""
    return _person_shaped(doc, m, gaz) and person_evidence(doc, m, gaz)


def _body_noun_before(doc: Doc, start: int, gaz: Gazetteers) -> Token | None:
    """The lower-case group or firm noun (any number: "gang", "companies") right before `start`, same sentence."""
    if start == 0 or doc[start].is_sent_start:
        return None
    prev = doc[start - 1]
    if prev.text.islower() and prev.pos_ in {"NOUN", "PROPN", "ADJ"} and ({prev.text, prev.lemma_} & kind_nouns(gaz)):
        return prev
    return None


def _after_body_noun(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"the armed group X", "criminal gang X": a group or firm noun right before the name; or "the group, X," /
    "the armed militia, X,": the name set off by commas after "the <group noun>" names the group (`_apposed_group`)."""
    return _body_noun_before(doc, m.start, gaz) is not None or _apposed_group(doc, m, gaz)


def _described_as_group(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X, a militia that ...", "X, an armed group based in ...": the name's apposition is headed by one of the
    gazetteer's group nouns, lower case, after "a"/"an" (a place is described as a city, a province, a hub, never as a
    militia or a gang)."""
    if m.end + 2 >= len(doc) or doc[m.end].text != "," or doc[m.end + 1].lower_ not in {"a", "an"}:
        return False
    root = mention_root(doc, m)
    return any(c.dep_ == "appos" and c.text.islower() and c.lower_ in gaz.group_nouns and c.left_edge.i == m.end + 1
               for c in root.children)


#: lower-case words that may stand between the article and the group noun of "the armed group, X,"
APPOSED_GROUP_MODIFIERS = 2


def _apposed_group(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"designated the group, X, and its leader", "said the militia, X, was formed in 2021": a name between commas
    right after "the [modifiers] <group noun>" is the group the noun speaks of; the small model types a group's
    foreign name ("Jama'at ...", "Saraya ...") a person there, and the group then holds posts ("its leader") no more.
    Only the gazetteer's group nouns (gang, cartel, militia, group, ...), singular, after "the": a person is never
    apposed to "the group", while "a group, X" may start a list of members."""
    k = m.start - 2
    if k < 1 or doc[m.start - 1].text != "," or m.end >= len(doc) or doc[m.end].text != ",":
        return False
    noun = doc[k]
    if not noun.text.islower() or noun.lower_ not in gaz.group_nouns or noun.lower_.endswith("s") and noun.tag_ == "NNS":
        return False
    j = k - 1
    while j >= 0 and k - j <= APPOSED_GROUP_MODIFIERS and doc[j].text.islower() and doc[j].pos_ in {"ADJ", "NOUN", "VERB"}:
        j -= 1
    if j < 0 or doc[j].lower_ != "the" or any(t.is_sent_start for t in doc[j + 1:m.end]):
        return False
    if j >= 1 and doc[j - 1].pos_ == "ADP" and (doc[j - 1].is_sent_start or j - 1 == 0):
        return False  # "Within the gang, X, a former teacher, ...": a fronted phrase, X its subject
    return not person_evidence(doc, m, gaz)  # "the group, X, who ..." / "the cell, X, its chief": a person named


def _listed_after_plural_body_noun(doc: Doc, m: Mention, mentions: list[Mention], gaz: Gazetteers) -> bool:
    """"the companies A and X": the name is coordinated with a name that follows a plural firm or group noun."""
    for token in mention_root(doc, m).conjuncts:  # most names have none: the mentions are searched only for those that do
        start = next((o.start for o in mentions if o is not m and o.start <= token.i < o.end), token.i)
        noun = _body_noun_before(doc, start, gaz)
        if noun is not None and noun.text != noun.lemma_:
            return True
    return False


def _person_shaped(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """Two to four capitalised name words, none of which names a kind of body or a place; a hyphened name counts as
    one word ("A B-C", "A-B C": H11, the tokens "B", "-", "C" read as three failed the shape)."""
    span = doc[m.start:m.end]
    if m.authority or m.alias_of is not None:
        return False
    hyphened = any(t.text in NAME_HYPHENS for t in span)
    if not 2 <= (name_words(span, gaz) if hyphened else len(span)) <= 4:
        return False
    organization_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns
    if after_article(doc, m) or any(t.lower_ in BODY_HEADS for t in span):
        return False  # "the X Drug Trafficking Organization", coordinated with a person: a body all the same (issue 13, R15)
    if span[-1].text[:1].isupper() and span[-1].lower_ in BODY_NAME_HEADS:
        return False  # "X Y Security Consultants": the closing body noun `_body_named` reads (BX)
    return all((hyphened and t.text in NAME_HYPHENS)
               or (PERSON_WORD.match(t.text) and t.lower_ not in organization_words and t.text not in gaz.countries) for t in span)


#: lower-case words that say whose child the bearer is ("X Y qizi Z", "X bin Y Z"): a person's name, never a firm's
FILIAL_WORDS = frozenset({"bin", "ibn", "bint", "ould"}) | FILIAL_AFTER_PARENT


def _filial_name(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"Nigar Tofiq qizi Huseynova" read as a firm: a lower-case filial word between capitalised name words, no body's
    word in the name, is a person's name whatever the model typed (twenty-eighth session, BX)."""
    span = doc[m.start:m.end]
    if m.authority or m.alias_of is not None or not 3 <= len(span) <= 6:
        return False
    inner = [t for t in span[1:-1] if t.text in FILIAL_WORDS]
    organization_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns | BODY_HEADS | BODY_NAME_HEADS
    return bool(inner) and span[0].text[:1].isupper() and span[-1].text[:1].isupper() \
        and not any(t.lower_ in organization_words for t in span)


def _person_named(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """Two to five words of a person's name in any alphabet (`name_words`)."""
    if m.authority or m.alias_of is not None:
        return False
    return 2 <= name_words(doc[m.start:m.end], gaz) <= 5


def _subject_or_apposite_of_title(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X was a key member of Y" (subject of a copula whose attribute is a title) or "X, the director of Y"."""
    root = mention_root(doc, m)
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ == "be":
        if any(c.dep_ == "attr" and c.lower_ in gaz.title_heads for c in root.head.children):
            return True
    return any(c.dep_ == "appos" and c.lower_ in gaz.title_heads for c in root.children)


#: Family words that name one person ("wife", "son"), not a group ("children", "relative" may be a firm's).
ONE_KIN = KIN_NOUNS - {"children", "relative"}


def _apposed_kin(doc: Doc, m: Mention) -> bool:
    """"X, his wife, ..." / "X, the son of Y": a family word with its owner in apposition to the name (P7: "designated
    Lucia X, his wife, under Section 7031(c)" typed the wife an organization). A firm is no one's wife or son; "X, its
    sister company" heads the apposition with "company"."""
    root = mention_root(doc, m)
    return any(c.dep_ == "appos" and c.lower_ in ONE_KIN and c.i > root.i
               and any(g.dep_ == "poss" or g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
               for c in root.children)


def _shares_given_name(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """The name's first word opens another, different person's name in this document (a given name)."""
    first, last = doc[m.start].text, doc[m.end - 1].text
    return any(o.label == "PERSON" and o.end - o.start >= 2 and doc[o.start].text == first and doc[o.end - 1].text != last
               for o in mentions)


def _listed_with_people(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """"The members include A, B and C": the name is coordinated with a person's name and with no more bodies' names
    than people's (the model often reads two of three names in a list as bodies)."""
    label_of = {i: o.label for o in mentions if o is not m for i in range(o.start, o.end)}
    labels = [label_of.get(t.i) for t in mention_root(doc, m).conjuncts]
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
    organization_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns
    # not the closing words of a "person" holding a body's word ("Haitian Gang X Y" in a title): X Y is the gang (M)
    surnames = {doc[k:p.end].text for p in mentions if p.label == "PERSON" and p.alias_of is None and p.end - p.start >= 2
                and not {t.lower_ for t in doc[p.start:p.end]} & organization_words
                for k in range(p.start + 1, p.end) if doc[k - 1].text != "-" and doc[k].text != "-"}
    for m in mentions:
        if m.authority or m.label not in {"ORG", "GPE", "NORP", "PERSON"} or m.text in gaz.countries or m.text in gaz.demonyms:
            continue
        kind = kinds.get(m.text)
        if kind is None and m.label != "PERSON" and m.end - m.start > 1 and m.text in surnames and m.text not in kinds \
                and not {t.lower_ for t in doc[m.start:m.end]} & organization_words:
            kind = "PERSON"
        if kind is not None:
            m.label = kind


#: pronouns only a person takes
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})


def _pronoun_after(doc: Doc, m: Mention) -> bool:
    """"X has used his extensive business network": the subject of a clause whose own words speak of X as "his"/"her"."""
    root = mention_root(doc, m)
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    return any(t.lower_ in PERSON_PRONOUNS and t.i > m.end for t in verb.subtree if t.i < verb.sent.end)


def _not_name_words(gaz: Gazetteers) -> frozenset[str]:
    """The words of bodies, groups and their kinds, which no person's name holds (`name_words`)."""
    return frozenset(gaz.company_words | gaz.public_body_words | gaz.group_nouns | set(gaz.anaphora_heads) | BODY_NOUNS | BODY_KIND_WORDS)


#: the hyphens that join the words of one name ("Rostami-Far"): a name word, not a word boundary; `mention.HYPHENS`,
#: one set (M45: this one lacked the non-breaking hyphen, which the tokenizer keeps inside a word, as it keeps U+2010)
NAME_HYPHENS = HYPHENS


def name_words(span: Span, gaz: Gazetteers) -> int:
    """How many words of a person's name the span holds (any alphabet, hyphened or with a particle: "Jean-Rémy",
    "al-Fayez", "Ibáñez de Ocampo", a quoted nickname not counted), or 0 when a token is no part of such a name
    (a body or place word, a lower-case word, an acronym, a number)."""
    if len(span) > 12:
        return 0
    organization_words = gaz.derived("type_evidence.not_name_words", _not_name_words)
    words, quoted = 0, False
    for k, t in enumerate(span):
        glued = k > 0 and not span[k - 1].whitespace_
        if t.is_quote:
            quoted = not quoted
            continue
        if t.lower_ in organization_words or t.text in gaz.countries:
            return 0
        if t.text in NAME_HYPHENS:
            if k == 0 or k == len(span) - 1 or t.whitespace_ or not glued:
                return 0
            continue
        if t.text.islower() and t.lower_ in PERSON_PARTICLES and k < len(span) - 1:
            continue
        if not (PERSON_WORD.match(t.text) or _name_word(t.text)):
            return 0
        words += not (glued and span[k - 1].text in NAME_HYPHENS) and not quoted
    return 0 if quoted else words


def _name_word(text: str) -> bool:
    """A capitalised word in any alphabet ("Öztürkoğlu", "Ba'Salem"), or an initial; no acronym."""
    return bool(NAME_WORD.match(text)) and text[:1].isupper() and (len(text.rstrip(".")) == 1 or not text.isupper())


def _cut_nationality(doc: Doc, m: Mention, gaz: Gazetteers) -> None:
    """"[Kyrgyz national X Y]" read as one name: the nationality is no part of it, and says X Y is a person."""
    if m.end - m.start < 4 or m.authority or m.alias_of is not None or m.label not in {"ORG", "GPE", "NORP", "PERSON"}:
        return
    first, second = doc[m.start], doc[m.start + 1]
    if (first.text in gaz.demonyms or first.ent_type_ == "NORP") and second.text in {"national", "citizen"} \
            and 2 <= name_words(doc[m.start + 2:m.end], gaz) <= 5:
        m.start += 2
        m.text = doc[m.start:m.end].text
        m.label = "PERSON"


#: capitalised words that close a body's name and never a person's ("the X Clan", "X Drug Trafficking Organization",
#: "the Y Army", "Z Prison"): the gazetteer's group nouns and these
BODY_NAME_HEADS = frozenset({"organization", "organisation", "army", "police", "ministry", "brigade", "brigades", "battalion", "regiment",
                             "militia", "prison", "front", "movement", "council", "committee", "party", "corps", "navy", "directorate",
                             "agency", "bureau", "institute", "university", "association", "foundation", "company", "corporation",
                             "forces", "dto", "cartel", "clan", "gang", "faction", "syndicate", "network", "group", "cell", "mafia",
                             "forum", "consultants"})
#: posts held in a body, not next to a person ("a X financial official", "senior X figures")
MEMBER_NOUNS = frozenset({"official", "officials", "operative", "operatives", "commander", "commanders", "member", "members", "figure",
                          "figures", "financier", "financiers", "fighter", "fighters", "militant", "militants", "facilitator",
                          "facilitators", "representative", "representatives", "leadership", "officer", "officers"})


def _body_named(doc: Doc, m: Mention, gaz: Gazetteers, a_name: bool) -> bool:
    """A name the model read as a person or a place that its own words or its place in the phrase give as a body's:
    two words or more closed by a capitalised body noun ("the X Clan", "the X Drug Trafficking Organization",
    "X Prison", "the X Policy Forum") or opened by a Romance one ("Universidad del X", "Organización X Y":
    `name_romance.opens_on_head`), a lower-case group noun after a name that is no country ("the Los X cartel"), or a name
    modifying a post held in a body ("a X financial official", "senior X figures")."""
    if m.authority or m.alias_of is not None or m.text in gaz.countries or m.text in gaz.demonyms:
        return False
    last = doc[m.end - 1]
    if m.end - m.start >= 2 and last.text[:1].isupper() and last.lower_ in (BODY_NAME_HEADS | gaz.group_nouns) \
            and not (m.start >= 1 and not doc[m.start].is_sent_start and doc[m.start - 1].text[:1].isupper()):
        return True  # not a piece of a longer capitalised run ("Foreign | Terrorist Organization", a headline's words)
    if opens_on_head(doc, m.start, m.end, gaz):
        return True
    if m.label != "PERSON" and group_noun_after(doc, m, gaz):
        return True
    root = mention_root(doc, m)
    head = root.head
    return (a_name and root.dep_ in {"compound", "nmod", "amod"} and head.i >= m.end and head.text.islower() and head.lower_ in MEMBER_NOUNS
            and all(t.text.islower() for t in doc[m.end:head.i]))
