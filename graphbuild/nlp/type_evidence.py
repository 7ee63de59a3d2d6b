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
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..names import NAME_PARTICLES
from .gazetteers import Gazetteers
from .mention import Mention
from .name_runs import PERSON_WORD

#: lower-case nouns that, right before a name, say the name is a body's (besides the gazetteer's group nouns)
BODY_NOUNS = frozenset({"company", "firm", "organization", "organisation"})
#: lower-case nouns that, right after a name, say it is a body's ("the X concern", "the X company")
BODY_NOUNS_AFTER = frozenset({"clique", "concern", "company", "firm", "organization", "organisation"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: one name word in any alphabet, apostrophes inside ("Öztürkoğlu", "Ba'Salem"), or an initial
NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*\.?$")
#: particles of a person's name besides `names.NAME_PARTICLES`: filial words of Malay and Turkic names ("X binti Y",
#: "X Y oglu Z"; R20)
PERSON_PARTICLES = NAME_PARTICLES | frozenset({"binti", "oglu", "qizi"})
#: nouns before a name that only a person takes: "Kyrgyz national X", "the U.S. citizen X"
PERSON_NOUNS_BEFORE = frozenset({"national", "nationals", "citizen", "businessman", "businesswoman", "mr.", "ms.", "mrs.", "mr", "ms", "mrs"})
#: head nouns of bodies' names that the gazetteers' body words leave out ("X Social Association", "Y Detention Center")
BODY_KIND_WORDS = frozenset({"association", "center", "centre", "bloc", "component", "brokerage", "institute", "university", "school",
                             "hospital", "prison", "camp", "port", "airport", "church", "diocese", "league", "union", "federation",
                             "front", "movement", "detention", "affairs", "cooperation", "power"})
#: verbs whose subject is a person leading a body ("X founded and manages Y", "X leads the Y gang"; a firm "manages" or "runs"
#: things too, so those two are no evidence alone)
PERSON_VERBS = frozenset({"found", "co-found", "lead", "head", "command", "chair"})
#: titles a company can hold too ("its shareholder, X Invest"): no evidence of a person by themselves
BODY_TITLES = frozenset({"owner", "owners", "co-owner", "co-owners", "shareholder", "member", "members", "representative", "partner",
                         "general partner"})
#: words that head a body's name, never a person's ("the X Drug Trafficking Organization")
BODY_HEADS = frozenset(BODY_KIND_WORDS | {"organization", "organisation", "entity", "foundation"})


def retype_mentions(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel, in place, the PERSON mentions that name a body and the ORG (or place) mentions that name a person."""
    for m in mentions:
        _cut_nationality(doc, m, gaz)
    bodies = {m.text for m in mentions if m.label == "PERSON" and m.alias_of is None
              and (_after_body_noun(doc, m, gaz) or _listed_after_plural_body_noun(doc, m, mentions, gaz)
                   or _body_evidence(doc, m, gaz))}
    bodies |= {m.text for m in mentions if m.label == "PERSON" and m.alias_of is None and _post_held_at(doc, m, gaz)} - {
        o.text for o in mentions if _pronoun_after(doc, o)}  # "an employee of X" unless "X has used his network" (R20)
    people = {m.text for m in mentions if m.label == "ORG" and m.text not in bodies and _person_shaped(doc, m, gaz)
              and (_subject_or_apposite_of_title(doc, m, gaz) or _shares_given_name(doc, m, mentions)
                   or _listed_with_people(doc, m, mentions))}
    people |= {m.text for m in mentions if m.label == "ORG" and m.text not in bodies and _person_named(doc, m, gaz)
               and _person_evidence(doc, m, gaz)}
    people |= {m.text for m in mentions if m.label in {"GPE", "NORP"} and m.text not in bodies and m.text not in gaz.countries
               and m.text not in gaz.demonyms and _person_named(doc, m, gaz) and _person_evidence(doc, m, gaz)}
    firms = {m.text for m in mentions if m.label == "GPE" and _based_firm(doc, m, gaz)}
    surnames = {doc[k:p.end].text for p in mentions if p.label == "PERSON" and p.end - p.start >= 2 for k in range(p.start + 1, p.end)}
    named = {m.text for m in mentions if m.label in {"PERSON", "ORG"}}
    named_bodies = {m.text for m in mentions if m.label in {"PERSON", "GPE", "NORP"} and m.text not in people
                    and m.text not in surnames and _body_named(doc, m, gaz, m.label == "PERSON" or m.text in named)}
    bodies |= named_bodies
    for m in mentions:
        if m.text in bodies and m.label in {"PERSON", "GPE", "NORP"} and _group_noun_after(doc, m, gaz):
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
    if _after_article(doc, m) or any(t.lower_ in BODY_HEADS for t in span):
        return False  # "the X Drug Trafficking Organization", coordinated with a person: a body all the same (issue 13, R15)
    return all(PERSON_WORD.match(t.text) and t.lower_ not in organization_words and t.text not in gaz.countries for t in span)


def _after_article(doc: Doc, m: Mention) -> bool:
    """"the X Y": a person's name takes no article ("the X Drug Trafficking Organization", "the X Y Zavod")."""
    return m.start >= 1 and doc[m.start - 1].lower_ == "the"


def _person_named(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """Two to five words of a person's name in any alphabet (`name_words`)."""
    if m.authority or m.alias_of is not None:
        return False
    return 2 <= name_words(doc[m.start:m.end], gaz) <= 5


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
    if after + 2 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].lower_ == "its" and any(
            _title_word(t, gaz) for t in doc[after + 2:min(after + 5, len(doc))]):
        return True  # "X and its CEO, Y": a person has no "its"
    root = _root(doc, m)
    if _legal_form_closes(doc, m):
        return True
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "which" and doc[after + 1].head.head.i == root.i:
        return True
    body_nouns = set(gaz.anaphora_heads) | BODY_NOUNS | gaz.group_nouns
    return after + 1 < len(doc) and doc[after].text == "," and any(
        c.dep_ == "appos" and c.lemma_.lower() in body_nouns and c.text.islower() and c.left_edge.i == after + 1 for c in root.children)


#: posts held for a person, not in a body ("an adviser to/of X", "the lawyer of X"): their "of" names no body
PERSONAL_POSTS = frozenset({"adviser", "advisor", "aide", "assistant", "deputy", "secretary", "spokesman", "spokeswoman", "spokesperson",
                            "bodyguard", "lawyer", "attorney", "driver", "associate", "successor", "predecessor", "proxy", "envoy"})


def _legal_form_closes(doc: Doc, m: Mention) -> bool:
    """"X Y d.o.o.", "X Y Sdn": a company's legal form (company_forms.yaml) after the first word; no person's name holds one."""
    from .name_spans import company_forms, forms_alone  # lazy: the legal forms' gazetteer, read once

    forms = forms_alone(company_forms())
    return m.end - m.start >= 2 and any(t.text.strip(".,()") in forms for t in doc[m.start + 1:m.end])


def _post_held_at(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"the general manager of X", "a procurement official at X": the name right after a post's "of"/"at" (or "of the")
    is where the post is held, a body (not a post held for a person: "an adviser of X", `PERSONAL_POSTS`; not a name
    after a body's name, "President of the Senate X")."""
    root = _root(doc, m)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"of", "at"} or prep.head.i >= prep.i:
        return False
    if not (m.start == prep.i + 1 or (m.start == prep.i + 2 and doc[prep.i + 1].lower_ == "the")):
        return False
    post = prep.head
    return _title_word(post, gaz) and post.lower_ not in PERSONAL_POSTS and post.lemma_.lower() not in PERSONAL_POSTS


#: pronouns only a person takes
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})


def _pronoun_after(doc: Doc, m: Mention) -> bool:
    """"X has used his extensive business network": the subject of a clause whose own words speak of X as "his"/"her"."""
    root = _root(doc, m)
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    return any(t.lower_ in PERSON_PRONOUNS and t.i > m.end for t in verb.subtree if t.i < verb.sent.end)


def _possessor_of_post(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X's sole director", "X' general manager": a name owning a post held in it (not one held for a person: "X's adviser")."""
    root = _root(doc, m)
    return root.dep_ == "poss" and root.head.i > root.i and _title_word(root.head, gaz) and root.head.lower_ not in PERSONAL_POSTS


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


def _not_name_words(gaz: Gazetteers) -> frozenset[str]:
    """The words of bodies, groups and their kinds, which no person's name holds (`name_words`)."""
    return frozenset(gaz.company_words | gaz.public_body_words | gaz.group_nouns | set(gaz.anaphora_heads) | BODY_NOUNS | BODY_KIND_WORDS)


#: the hyphens that join the words of one name ("Rostami-Far"): a name word, not a word boundary
NAME_HYPHENS = frozenset({"-", "\u2010"})


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


def _title_word(token: Token, gaz: Gazetteers) -> bool:
    """A post's head noun ("director", "officers"), not one a company can hold."""
    words = {token.lower_, token.lemma_.lower()}
    return bool(words & set(gaz.title_heads)) and not words & BODY_TITLES


def _person_evidence(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """What the sentence says only of a person: "X, who ...", "<Demonym> national X", "its chief technology officer, X",
    "X, a former officer of ...", "X serves as <title>", "Its president is X" (R7's cues, issue 13)."""
    root = _root(doc, m)
    if root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= m.end:
        return False  # "Hong Kong resident X": the name modifies a noun after it
    if _after_article(doc, m):
        return False  # "the X Y Zavod, an optics maker"
    after = _end_after_alias(doc, m.end)
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in {"who", "whom"} \
            and not (root.dep_ == "pobj" and (_title_word(root.head.head, gaz) or root.head.head.pos_ == "PROPN")) \
            and not (m.label in {"GPE", "NORP"} and root.dep_ in {"pobj", "appos", "conj"}):
        return True  # not "the official of X's Y Component, who ...", "based in Vancouver, B C, who ..."
    before = doc[m.start - 1] if m.start >= 1 else None
    if before is not None and before.lower_ in PERSON_NOUNS_BEFORE and (before.text.islower() or before.lower_.startswith(("mr", "ms"))):
        return True
    if m.label == "ORG" and m.start >= 2 and doc[m.start - 1].text == "," and _title_word(doc[m.start - 2], gaz) \
            and doc[m.start - 2].text.islower():
        return True  # "its chief technology officer, X," (the parse may hang X elsewhere)
    if _title_phrase_before(doc, m, gaz) or _title_after_dash(doc, m, gaz):
        return True
    if root.dep_ == "appos" and root.head.i < m.start and _title_word(root.head, gaz) and doc[m.start - 1].text == ",":
        return True  # "its CEO, X": only with the comma (an apposition the parser finds without one cost a post, R15)
    if after + 1 < len(doc) and doc[after].text == "," and any(
            c.dep_ == "appos" and c.left_edge.i == after + 1 and _title_word(c, gaz) for c in root.children):
        return True  # "X, a former officer of ..."
    if root.dep_ == "attr" and root.head.lemma_ == "be" and any(c.dep_ in SUBJECT_DEPS and _title_word(c, gaz) for c in root.head.children):
        return True
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ == "be" and any(c.dep_ == "attr" and _title_word(c, gaz) for c in root.head.children):
        return True  # "X (X) is the Vice Minister of ...", "X is a procurement official in ..." (R20)
    if root.dep_ == "nsubj" and root.head.lemma_ in PERSON_VERBS:
        return True  # "X founded and manages Y", "X leads the Y gang" (R20)
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ in {"serve", "work", "act"}:
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(_title_word(o, gaz) for o in c.children if o.dep_ == "pobj")
                   for c in root.head.children)
    return False


#: dashes that open a list item's description ("X -- deputy CEO responsible for ...")
DASHES = frozenset({"--", "-", "\u2013", "\u2014"})


def _title_phrase_before(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"the head of the judiciary, X", "whose director general, X", "a spokesman for the company, X": a lower-case post with
    its complement, then a comma, then the name (R20; the comma is required, as for R15's apposition)."""
    if m.start < 3 or doc[m.start - 1].text != ",":
        return False
    for k in range(m.start - 2, max(m.start - 10, 0) - 1, -1):
        token = doc[k]
        if token.text in {",", ";", ":"} or token.pos_ in {"VERB", "AUX"}:
            return False
        if token.text.islower() and _title_word(token, gaz):
            return all(token.left_edge.i <= j <= token.right_edge.i for j in range(k + 1, m.start - 1))
        if token.is_sent_start:
            return False
    return False


def _title_after_dash(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X -- deputy CEO responsible for ...", "X -- Y's deputy military commander": a list item's name, a dash, then a post
    within a few words (no verb between)."""
    after = _end_after_alias(doc, m.end)
    if after >= len(doc) or doc[after].text not in DASHES or not doc[after].whitespace_:
        return False
    for token in doc[after + 1:min(after + 6, len(doc))]:
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ";", "."}:
            return False
        if token.text.islower() and _title_word(token, gaz):
            return True
    return False


#: capitalised words that close a body's name and never a person's ("the X Clan", "X Drug Trafficking Organization",
#: "the Y Army", "Z Prison"): the gazetteer's group nouns and these
BODY_NAME_HEADS = frozenset({"organization", "organisation", "army", "police", "ministry", "brigade", "brigades", "battalion", "regiment",
                             "militia", "prison", "front", "movement", "council", "committee", "party", "corps", "navy", "directorate",
                             "agency", "bureau", "institute", "university", "association", "foundation", "company", "corporation",
                             "forces", "dto", "cartel", "clan", "gang", "faction", "syndicate", "network", "group", "cell", "mafia"})
#: posts held in a body, not next to a person ("a X financial official", "senior X figures")
MEMBER_NOUNS = frozenset({"official", "officials", "operative", "operatives", "commander", "commanders", "member", "members", "figure",
                          "figures", "financier", "financiers", "fighter", "fighters", "militant", "militants", "facilitator",
                          "facilitators", "representative", "representatives", "leadership", "officer", "officers"})


def _body_named(doc: Doc, m: Mention, gaz: Gazetteers, a_name: bool) -> bool:
    """A name the model read as a person or a place that its own words or its place in the phrase give as a body's:
    two words or more closed by a capitalised body noun ("the X Clan", "the X Drug Trafficking Organization",
    "X Prison"), a lower-case group noun after a name that is no country ("the Los X cartel"), or a name
    modifying a post held in a body ("a X financial official", "senior X figures")."""
    if m.authority or m.alias_of is not None or m.text in gaz.countries or m.text in gaz.demonyms:
        return False
    last = doc[m.end - 1]
    if m.end - m.start >= 2 and last.text[:1].isupper() and last.lower_ in (BODY_NAME_HEADS | gaz.group_nouns) \
            and not (m.start >= 1 and not doc[m.start].is_sent_start and doc[m.start - 1].text[:1].isupper()):
        return True  # not a piece of a longer capitalised run ("Foreign | Terrorist Organization", a headline's words)
    if m.label != "PERSON" and _group_noun_after(doc, m, gaz):
        return True
    root = _root(doc, m)
    head = root.head
    return (a_name and root.dep_ in {"compound", "nmod", "amod"} and head.i >= m.end and head.text.islower() and head.lower_ in MEMBER_NOUNS
            and all(t.text.islower() for t in doc[m.end:head.i]))
