"""Short forms and fragments of one longer name: the same entity, never one of their own (issue 13, SF).

A release names "Bastrel Components Ltd." in full and goes on with "Bastrel is being designated", "Bastrel's director";
the model cuts "Mario Esteban" off "Mario Esteban Ogazon Sedano", or names "Rosa Ruiz" before "Rosa Elena Ruiz Ortega".
When no parentheses introduced the short form (nlp/alias_phrases), the resolver's passes made it an entity beside the
full one, and the fragment was exported as a designee or as a body a post is at. Here, once every mention is
clustered, such a cluster is folded into the one longer name it is part of:

- a body: its words open the name of exactly one company of the document ("Bastrel" of "Bastrel Components Ltd.");
- a person of two words or more: the first name and some later words of exactly one other person's name, in order
  ("Mario Esteban", "Mario Sedano" of "Mario Esteban Ogazon Sedano").

Not folded: a word that two longer names share ("Varel" of "Varel Holding LLC" and "Varel Trading LLC", or of a second
body holding it anywhere: "Qinglu" of "Qinglu Orbital Data Limited" and "Harbin Qinglu Sensing Co., Ltd."; "Ali
Hassan" of two men), a part that only ends a person's name ("Tay Ren" of "Htoo Lin Tay Ren": a father in patronymic
naming), a son of the same name ("X Y" of "X Y, Jr."), a word a person of the document bears ("Brenn" of "Oskar
Brenn" and "Brenn Logistik GmbH"), a place ("Varn-based", a country, "the Kerrow district"), an acronym, a name the
model cut before a capitalised word ("KESTREL" of the vessel "KESTREL DAWN"), a body named with a kind noun of its own
("the Varolkhim concern" beside "Varolkhim Trade Service LLC": a parent, not the subsidiary), a name set apart in bold
("- **Dario Esteban**, the treasurer" beside "- **Dario Esteban Morillo Saenz**"), a short name that stands in one
sentence with the longer one ("Velmora Trading S.A., a subsidiary of Velmora": a parent, a group, a namesake), and a longer "company" that ends
in neither a legal form nor a company word (a title the model ran into a name), a name ending in a kind noun of its own
("Harlow Bank" beside "Harlow Bank Leasing Company": nlp/body_heads) and a person the text introduces as someone else
("Karim Haddad, a money exchanger" beside "Karim Nadir Haddad, a financier": nlp/person_apart). A place word that opens
the company's name may be left out ("Sonbong Trading Corporation" of "Korea Sonbong Trading Corporation", NM). A short form that is the company's
name without its legal forms is that company even beside a subsidiary that goes on ("Pelvanor-Tekh" of "JSC Concern
Pelvanor-Tekh" and "Pelvanor-Tekh Trading (HK) Limited"). A folded form is no alias of the entity (coref.Cluster
.short_forms): one release's "Kerrow" would join two releases' different "Kerrow ..." companies.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from .body_heads import heads_another_body
from .gazetteers import Gazetteers
from .kin_words import AGE_EPITHETS
from .company_forms import legal_forms
from .mentions import Mention
from .person_apart import told_apart
from ..names import PARENT_PARTICLES, fold, name_key

_NAME_MARKS = re.compile(r"[.,()\"']")  # compiled once (issue 18, PF, 32nd)
_WORD_BREAKS = re.compile(r"[\s\-]+")

#: Words after a person's name that make it another person of the same name (a son, a father; "the elder", NS).
GENERATION_WORDS = frozenset({"jr", "sr", "junior", "senior", "ii", "iii", "iv"}) | AGE_EPITHETS
#: Types a body's short form may have (a company's short form tagged as an organization, or typed so from its words).
SHORT_BODY_TYPES = frozenset({"Company", "Organization"})
#: Nouns that open a company's name as its kind ("JSC Concern X") or follow a short name as a body's own kind ("the X
#: concern" beside "X Trading LLC": the parent, not the subsidiary), with the gazetteer's company words.
KIND_WORDS = frozenset({"concern", "holding", "group", "company"})


def _person_words(name: str) -> tuple[str, ...]:
    """The folded words of a person's name without punctuation ("Jr." -> "jr")."""
    return tuple(w for w in (_NAME_MARKS.sub("", x) for x in _WORD_BREAKS.split(fold(name))) if w)


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """`part`'s words appear in `whole` in the same order (not necessarily next to each other)."""
    words = iter(whole)
    return all(w in words for w in part)


def person_whole(name: str, others: list[tuple[int, str]]) -> int | None:
    """The one other person (index) whose name this person's name of two words or more is a part of: the same first
    word, the rest in order ("Mario Sedano" of "Mario Esteban Ogazon Sedano"); None when none or several are, or the
    longer name adds a generation ("Jr.") or makes the part a parent's name ("bin Ali ...")."""
    words = _person_words(name)
    if len(words) < 2:
        return None
    found: dict[int, tuple[str, ...]] = {}
    for index, other in others:
        whole = _person_words(other)
        if len(whole) <= len(words) or whole[0] != words[0] or not _in_order(words, whole):
            continue
        if set(whole) & GENERATION_WORDS or set(whole[1:]) & PARENT_PARTICLES:
            continue
        found[index] = whole
    return _longest_of_one(found, _in_order)


def _longest_of_one(found: dict[int, tuple[str, ...]], part_of) -> int | None:
    """The index of the longest name found when every other found name is a part of it ("Mario Esteban Ogazon" and
    "Mario Esteban Ogazon Sedano": one man named twice); None when none is found or two differ ("Varel Holding",
    "Varel Trading")."""
    if not found:
        return None
    index, longest = max(found.items(), key=lambda item: (len(item[1]), -item[0]))
    return index if all(part_of(words, longest) for words in found.values()) else None


def body_whole(name: str, bodies: list[tuple[int, str]], places: frozenset[str] = frozenset()) -> int | None:
    """The one company (index) whose name opens with all the words of `name` and goes on ("Bastrel" of "Bastrel
    Components Ltd."), or is `name` with legal forms and kind words around it ("Pelvanor" of "JSC Concern Pelvanor"):
    that company even beside another that goes on ("Pelvanor Trading (HK) Limited", a subsidiary). None when no company
    or several with different names do ("Varel Holding", "Varel Trading"). A place word (`places`, folded) that opens
    the company's name may be left out ("Lirang" of "Shenzhen Lirang Optics Co., Ltd." when the text names Shenzhen as
    a place; "Sonbong Machinery Trading Corporation" of "Korea Sonbong ...")."""
    words = tuple(name_key(name).split())
    if not words:
        return None
    found: dict[int, tuple[str, ...]] = {}
    exact: set[int] = set()
    for index, other in bodies:
        whole = tuple(name_key(other).split())
        core = company_core(other)
        if whole[:1] and whole[0] in places and words[:1] != whole[:1]:
            if whole[1:] == words:
                exact.add(index)  # "Sonbong Machinery Trading Corporation" of "Korea Sonbong Machinery Trading Corporation"
                continue
            whole, core = whole[1:], core[1:] if core[:1] == whole[:1] else core
        if core == words and len(whole) > len(words):
            exact.add(index)
        elif len(whole) > len(words) and (whole[:len(words)] == words or core[:len(words)] == words):
            found[index] = whole
    if exact:
        return exact.pop() if len(exact) == 1 else None
    return _longest_of_one(found, lambda part, whole: whole[:len(part)] == part)


@lru_cache(maxsize=4)
def _form_keys(forms: frozenset[str]) -> frozenset[str]:
    """The legal forms keyed as names are, made once per lexicon (they were keyed again at each `company_core`)."""
    return frozenset(name_key(f) for f in forms)


def company_core(name: str) -> tuple[str, ...]:
    """A company's name keyed without the legal forms and kind words that open or close it ("JSC Concern Pelvanor" ->
    "pelvanor", "Velmont Trading LLC" -> "velmont trading": a kind word closing it is part of the name, "Varel
    Holding" beside "Varel Trading")."""
    forms = _form_keys(legal_forms())
    words = name_key(name).split()
    while words and (words[0] in forms or words[0] in KIND_WORDS):
        words = words[1:]
    while words and words[-1] in forms:
        words = words[:-1]
    return tuple(words)


def _closes_as_company(name: str, gaz: Gazetteers) -> bool:
    """The name ends in a legal form or a company word ("... Ltd.", "... S.A. de C.V.", "... Holdings", "... Group") or
    opens with a legal form ("JSC Concern Pelvanor"): a company's full name, whose opening words may stand for it; not a title the model cut into a name ("Minister of
    Energy and Water Gebran", typed a company for its "energy")."""
    words = [w.strip(".,()") for w in name.split()]
    forms = {f.strip(".") for f in legal_forms()}
    return bool(words) and (words[0] in forms or any(w in forms or w.lower() in gaz.company_words or w.lower() in KIND_WORDS
                                                     for w in words[-1:]))


def _named_in_another(short, whole, bodies: list) -> bool:
    """Another body of the document holds the short form's words too ("Qinglu" of "Qinglu Orbital Data (HK) Limited"
    and of "Harbin Qinglu Remote Sensing Technology Co., Ltd."): which one is meant is not said."""
    key = f" {name_key(short.name)} "
    return any(key in f" {name_key(c.name)} " for c in bodies
               if c.index not in {short.index, whole.index} and f" {name_key(c.name)} " not in f" {name_key(whole.name)} ")


def _runs_on(doc: Doc, m: Mention) -> bool:
    """A capitalised word follows the mention on the same line: the model cut a longer name ("Mario Esteban | Ogazon")."""
    if m.end >= len(doc) or not doc[m.end - 1].whitespace_:
        return False
    after = doc[m.end]
    return after.is_alpha and after.text[:1].isupper()


def _place_after_the(doc: Doc, m: Mention, whole: str) -> bool:
    """One word after "the" that the company's name does not go on from: "for the Sahra", "the Kerrow district",
    "the Lobraye and Haute-Kotto prefectures" are places, not "Sahra Gold Mining SARL"; "the NightMoth ransomware
    group" is "NightMoth Ransomware Group"."""
    if m.end - m.start != 1 or m.start == 0 or doc[m.start - 1].text != "the":
        return False
    rest = {w.casefold().strip(".,()") for w in whole.split()}
    return m.end >= len(doc) or doc[m.end].text.casefold() not in rest


def _named_apart(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """A mention of the short name that is not the company's: "Varn-based" (a place), "KESTREL DAWN" cut by the model
    (a capitalised word runs on), "the Varolkhim concern" (a body of its own kind: a parent, not this company)."""
    if m.end >= len(doc):
        return False
    after = doc[m.end]
    if after.text in {"-", "\u2013"} or _runs_on(doc, m):
        return True
    return after.is_lower and (after.lower_ in KIND_WORDS or after.lower_ in gaz.anaphora_heads or after.lower_ in gaz.company_words)


def short_form_owners(doc: Doc, mentions: list[Mention], clusters: list, gaz: Gazetteers) -> dict[int, int]:
    """Cluster index of each short form or fragment -> the index of the one longer name it is part of (see the module
    docstring). `clusters`: the resolver's clusters once every mention is resolved."""
    people = [(c.index, c.name) for c in clusters if c.type == "Person"]
    companies = [(c.index, c.name) for c in clusters if c.type == "Company" and not c.stands_for_authority
                 and _closes_as_company(c.name, gaz)]
    bodies = [c for c in clusters if c.type not in {"Person", "Country"}]
    person_words = {w for c in clusters if c.type == "Person" for w in _person_words(c.name)}
    places = gaz.countries | set(gaz.demonyms)
    place_words = _place_words(mentions, gaz)
    of_cluster: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.cluster is not None:
            of_cluster.setdefault(m.cluster, []).append(m)
    out: dict[int, int] = {}
    for c in clusters:
        own = of_cluster.get(c.index, [])
        if not own or any(m.alias_of is not None for m in own):
            continue  # a short form the parentheses gave is settled by them
        if any(m.bold and not _runs_on(doc, m) for m in own):
            continue  # "- **Dario Esteban**, the treasurer" beside "- **Dario Esteban Morillo Saenz**": set apart as its own
        if c.type == "Person" and not c.titled:
            whole = person_whole(c.name, [(i, n) for i, n in people if i != c.index])
            if whole is not None and told_apart(doc, own, of_cluster.get(whole, [])):
                c.namesake = clusters[whole].name  # "Karim Haddad, a money exchanger" after "Karim Nadir Haddad, a financier" (nlp/person_apart)
                whole = None
        elif c.type in SHORT_BODY_TYPES and not c.stands_for_authority and not c.name.isupper() \
                and c.name not in places and not set(_person_words(c.name)) & person_words \
                and not any(_named_apart(doc, m, gaz) for m in own):
            whole = body_whole(c.name, [(i, n) for i, n in companies if i != c.index], place_words)
            if whole is not None and company_core(clusters[whole].name) != tuple(name_key(c.name).split()) \
                    and _named_in_another(c, clusters[whole], bodies):
                whole = None  # (the company the short form is without its legal forms is that company all the same)
            if whole is not None and any(_place_after_the(doc, m, clusters[whole].name) for m in own):
                whole = None
            if whole is not None and heads_another_body(c.name, clusters[whole].name, gaz):
                whole = None  # "Harlow Bank" of "Harlow Bank Leasing Company": the parent (nlp/body_heads)
        else:
            whole = None
        if whole is not None and _named_beside(doc, own, of_cluster.get(whole, [])):
            whole = None
        if whole is not None:
            out[c.index] = whole
    return out


def _place_words(mentions: list[Mention], gaz: Gazetteers) -> frozenset[str]:
    """Folded one-word places that may open a company's name: the gazetteer's countries and demonyms of one word, the
    last word of a country's longer name ("Korea" of "North Korea"), and the words the model tagged a place in this
    text ("Shenzhen" of "a Shenzhen-based supplier", "in Shenzhen")."""
    return gaz.derived("short_forms.place_words", _gazetteer_place_words) | _place_words_of(m.text for m in mentions if m.label == "GPE")


def _gazetteer_place_words(gaz: Gazetteers) -> frozenset[str]:
    """The gazetteer's share of `_place_words`, made once per gazetteer (it was folded again for every document)."""
    return _place_words_of([*gaz.countries, *gaz.demonyms])


def _place_words_of(names: Iterable[str]) -> frozenset[str]:
    return frozenset(name_key(n).split()[-1] for n in names if name_key(n) and (len(name_key(n).split()) <= 2))


def _named_beside(doc: Doc, own: list[Mention], whole: list[Mention]) -> bool:
    """The short name and the longer one stand in one sentence: a writer who names a thing in full does not name it
    short beside it without parentheses (those are aliases, settled before), so the two are two entities: "Velmora
    Trading S.A., a subsidiary of Velmora", "Zarel Front Investment Company is owned by the Zarel Front", "Harlow Bank
    owns Harlow Bank Leasing Company", "Karim Haddad, a cousin of Karim Nadir Haddad"."""
    return any(_other_in_sentence(doc, m, whole) for m in own)


def _other_in_sentence(doc: Doc, m: Mention, whole: list[Mention]) -> bool:
    """A longer name's mention stands in the short one's sentence, and the short one is no possessive after it ("X
    Precision Electronics Limited and ..., and Li Wenhao, X's sales director": a list referring back to the name)."""
    sentence = doc[m.start].sent.start
    before = [w for w in whole if doc[w.start].sent.start == sentence and w.end <= m.start]
    if before and m.end < len(doc) and doc[m.end].text in {"'s", "\u2019s"}:
        return False
    return any(doc[w.start].sent.start == sentence for w in whole)
