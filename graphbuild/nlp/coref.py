"""Within-document resolution: every mention to the entity the document means.

"Mir-Hejazi" is the "Asghar Mir-Hejazi" named earlier, "OFAC" is the "Office of
Foreign Assets Control (OFAC)", "the company" is the last company named. An
entity's name is the fullest form the document gives; a bare surname or a
pronoun never becomes a name (such mentions resolve to nothing).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .body_heads import heads_another_body
from .described_heads import described_bodies
from .gazetteers import Gazetteers
from .mention import IDENTIFIER_FIELD, point_split_off, title_abbreviation, title_word
from .mentions import NAMESAKE, Mention
from .company_forms import legal_forms
from .other_body import named_as_other_body
from .person_apart import stated, told_apart, told_apart_by_identifiers
from .shared_surnames import surname_bearer
from .short_forms import company_core, short_form_owners
from ..names import NAME_PARTICLES, PARENT_PARTICLES, clean_text, fold, name_key
from ..records import BODY_TYPES

ORG_LABELS = {"ORG", "VESSEL"}
#: `Mention.extra` key: the person mention was told apart from a fuller name it fits (`DocResolver._told_apart`).
KEPT_APART = "kept_apart"
HEAD_OF_STATE_TITLES = {"President", "Premier", "Chancellor"}
#: Unit nouns that, capitalised and alone ("The Brigade's Commander"), refer to a body named before (with the
#: anaphora heads of the gazetteer: company, firm, group, ministry, ...); never an entity of their own.
GENERIC_UNIT_NOUNS = {"brigade", "battalion", "regiment", "division", "unit"}
#: Lower-case nouns that refer back only to a body whose own name holds them: "the unit's deputy commander" after
#: "Military Unit 47931", "the division's intelligence officer" after "the 52nd Mechanized Division" (R23). Unlike the
#: anaphora heads of organizations.yaml ("the company": the last company named), a body of the same kind with
#: another name is no antecedent.
NAMED_KIND_NOUNS = GENERIC_UNIT_NOUNS | {"squadron", "directorate", "fleet"}
#: A capitalised "The Department" alone stands for a department of the gazetteer's authorities, the one acting in the
#: release ("The Department of State is designating Y ... The Department is also designating the group's emir"; the
#: designation rules tell which: extract/authority.named_department): never a plain body that a post is at or that
#: "its" / "the group's" refers back to (H2, sixteenth session).
BARE_DEPARTMENT = "department"
#: Nouns of a territory's name: a post "for" a province or district is for that area (extract/titles), and "the
#: state" or "the province" of a text is no body it named ("deputy for the state of Y" after "Korlan State").
TERRITORY_WORDS = {"province", "governorate", "region", "district", "oblast", "county", "municipality", "prefecture"}
PLACE_HEADS = TERRITORY_WORDS | {"state", "city", "country", "republic", "town", "village"}


def refers_back(gaz: Gazetteers, noun: str, resolver: DocResolver | None = None) -> bool:
    """A noun that "the <noun>" may use for a body named earlier (`DocResolver.last_of_kind`); with the document's
    resolver also the head noun of a body it names ("the detachment" after "the Varn Border Detachment")."""
    low = noun.lower()
    return low in gaz.anaphora_heads or low in NAMED_KIND_NOUNS or (resolver is not None and low in resolver.body_heads())


def head_noun(name: str) -> str | None:
    """The lower-cased head noun of a body's name: its last word, or the last before its first "of" ("committee" of
    "State Customs Committee of Varnland", "gang" of "Gran Soleil gang"); None for a one-word name."""
    words = [w for w in name.split() if w.strip(".,()")]
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    head = words[-1].strip(".,()").lower() if len(words) > 1 else ""
    return head if head.isalpha() else None


@dataclass
class Cluster:
    """One entity of the document: its canonical name, type and every form used."""

    index: int
    name: str
    type: str
    forms: list[str] = field(default_factory=list)
    authority: str | None = None
    first_token: int = 0
    last_token: int = 0
    bold: bool = False
    titled: bool = False  # a one-word name after a head-of-state title ("President Carter"): an entity though one word
    marked_aliases: list[str] = field(default_factory=list)  # other names marked as this person's ("a.k.a. Y", "better known as Y")
    #: folded short forms (nlp/short_forms): forms of this entity in this document, but no aliases of it: "Kerrow" of
    #: "Kerrow Heights Properties Ltd." would join it to another release's "Kerrow Heights General Trading Ltd."
    short_forms: set[str] = field(default_factory=set)
    #: a person whose name fits a fuller name of the document, or is the same name, that the text says is another
    #: person's ("Karim Haddad, a money exchanger" after "Karim Nadir Haddad, a financier"; "Karim Haddad (born 1985)"
    #: after "Karim Haddad (born 1971)": nlp/person_apart): that other name, never merged with it by name, and its IRI
    #: made from what told them apart (`extract.common.ref`)
    namesake: str = ""
    #: what the text states right after a namesake's own mentions (birth date, nationality: nlp/person_apart.stated)
    stated: dict[str, set[str]] = field(default_factory=dict)

    @property
    def is_plain_body(self) -> bool:
        """A body that is none of the gazetteer's authorities (OFAC, a ministry of the gazetteer, ...): a post, a list
        item or a short form may be at it."""
        return self.type in BODY_TYPES and not self.stands_for_authority

    @property
    def stands_for_authority(self) -> bool:
        """One of the gazetteer's authorities, or "The Department" named alone that stands for one."""
        return bool(self.authority) or self.bare_department

    @property
    def bare_department(self) -> bool:
        """"The Department" named alone (`BARE_DEPARTMENT`): an authority's short form, not a body of its own."""
        return fold(self.name) == BARE_DEPARTMENT

    @property
    def aliases(self) -> list[str]:
        seen = {fold(self.name)} | {fold(f) for f in self.short_forms}
        out: list[str] = []
        for form in self.forms:
            if fold(form) not in seen and not IDENTIFIER_FIELD.match(form):  # "X (DOB 03 Jan 1990)": no alias "DOB 03"
                seen.add(fold(form))
                out.append(form)
        return out


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a name (cached: the same names are compared many times in a release)."""
    return tuple(w for w in re.split(r"[\s\-]+", fold(text)) if w and w not in {"'s"})


def another_persons_name(words: tuple[str, ...], cwords: tuple[str, ...]) -> bool:
    """A shorter name inside a person's full name that names someone else (P13): the parent's name after "bin" /
    "ibn" / "bint" / "ben" / "ould" / "ag" (`names.PARENT_PARTICLES`): "Ali Al-Mansouri" in "Hassan bin Ali
    Al-Mansouri" is the father, not the son."""
    n = len(words)
    return any(cwords[k:k + n] == words and cwords[k - 1] in PARENT_PARTICLES for k in range(1, len(cwords) - n + 1))


def _only_legal_forms(name: str, forms: frozenset[str]) -> bool:
    """Every word of `name` is a legal form ("LLC", "Pte Ltd"): a fragment of a name, never an entity."""
    return all(w.strip(".,()") in forms for w in name.split())


def org_type(name: str, gaz: Gazetteers, authority: str | None = None) -> str:
    """PublicBody, Company or Organization from the words of a name."""
    if authority:
        return "PublicBody"
    words = [w.strip(".,") for w in fold(name).replace("'s", "").split()]
    joined = " ".join(words)
    if any(w in gaz.company_words for w in words) or "joint stock" in joined or "s.a." in fold(name):
        return "Company"
    forms = legal_forms()
    if any(w.strip(".,()") in forms for w in name.split()[1:]) or name.split()[0] in forms:
        return "Company"  # "Lumen Brisk Solutions OU", "OOO Ravel Tekh": a legal form of the company_forms gazetteer
    if any(w in gaz.public_body_words for w in words) or any(" " in p and p in joined for p in gaz.public_body_words):
        return "PublicBody"
    return "Organization"


class DocResolver:
    """Clusters the mentions of one document and answers "which entity is this?"."""

    def __init__(self, doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
        self.doc = doc
        self.gaz = gaz
        self.mentions = mentions
        self.clusters: list[Cluster] = []
        #: answers read from the clusters alone (`derived`): the clusters are final once `_resolve_all` has run
        self._derived: dict[str, object] = {}
        self.by_start: dict[int, Mention] = {m.start: m for m in mentions}
        self._token_mention: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self._token_mention[i] = m
        self._resolve_all()
        for cluster in self.clusters:
            if cluster.namesake:
                cluster.stated = stated(doc, [m for m in mentions if m.cluster == cluster.index])

    # ---- building -------------------------------------------------------
    def derived(self, key: str, make: Callable[[DocResolver], Any]) -> Any:
        """`make(self)`, once per key: an answer read from the final clusters (None included) is not asked again per
        sentence and title (extract/titles_us.release_department; the gazetteer's `derived` for lists)."""
        if key not in self._derived:
            self._derived[key] = make(self)
        return self._derived[key]

    def _new(self, m: Mention, type_: str) -> Cluster:
        cluster = Cluster(len(self.clusters), m.text, type_, [m.text], m.authority, m.start, m.start, m.bold)
        self.clusters.append(cluster)
        m.cluster = cluster.index
        return cluster

    def _attach(self, m: Mention, cluster: Cluster) -> None:
        m.cluster = cluster.index
        cluster.forms.append(m.text)
        cluster.last_token = max(cluster.last_token, m.start)
        cluster.bold = cluster.bold or m.bold
        if m.extra.get("former_name") or m.extra.get("other_name"):
            return  # "X (formerly Y)", "X, also known as Y": X is the name, Y an alias however long (M29, V8 item 2; Y1)
        if cluster.type == "Person":
            if len(_words(m.text)) > len(_words(cluster.name)):
                cluster.name = m.text
            elif cluster.name.isupper() and not m.text.isupper() and name_key(m.text) == name_key(cluster.name):
                cluster.name = m.text  # "A B-C D" as a heading, then in running text: the name as text writes it (H11)
        elif not cluster.authority and len(m.text) > len(cluster.name) and not m.text.isupper():
            cluster.name = m.text
        elif not cluster.authority and cluster.name.isupper() and not m.text.isupper() and name_key(m.text) == name_key(cluster.name):
            cluster.name = m.text  # "THE NATIONAL ASSEMBLY" as a heading, then "the National Assembly": the name as text writes it

    def _person_match(self, m: Mention) -> Cluster | None:
        """The person a name of two words or more names: one of the same name (of two namesakes the text told apart,
        the one named last), else the one named last whose fuller name it fits, unless the text tells them apart."""
        words = _words(m.text)
        best: Cluster | None = None
        same: list[Cluster] = []
        for cluster in self.clusters:
            if cluster.type != "Person":
                continue
            cwords = _words(cluster.name)
            if words == cwords:
                if self._told_apart(m, cluster):
                    continue  # "Karim Haddad (born 4 June 1985)" after "Karim Haddad (born 12 March 1971)": another man
                same.append(cluster)
                continue
            if same:
                continue
            if set(words) <= set(cwords) and (len(words) > 1 or words[0] in cwords[1:] or len(cwords) == 1) \
                    and not another_persons_name(words, cwords) and not self._told_apart(m, cluster):
                best = cluster if best is None or cluster.last_token > best.last_token else best
        if same:
            return max(same, key=lambda c: c.last_token)
        return best

    def _told_apart(self, m: Mention, cluster: Cluster) -> bool:
        """A given name and surname that the text sets apart from the fuller name of `cluster` it fits (each
        given two nationalities, two entries of one bold list, two birth dates: nlp/person_apart); the person it makes is
        marked a namesake, kept apart from the fuller name across the build too. A surname alone ("Ortuno Velarde, a
        retired colonel" after "Ramiro Esteban Ortuno Velarde, a senior official") names no one new."""
        words = _words(m.text)
        if len(words) < 2 or words[0] != _words(cluster.name)[0]:
            return False
        theirs = [o for o in self.mentions if o.cluster == cluster.index]
        if words == _words(cluster.name) and not told_apart_by_identifiers(self.doc, [m], theirs) \
                or words != _words(cluster.name) and not told_apart(self.doc, [m], theirs):
            return False
        m.extra[KEPT_APART] = cluster.name
        return True

    def _alias_owner(self, m: Mention) -> Cluster | None:
        """The person whose marked other name ("X, better known as Y", "X, a.k.a. Y", "X (Y)") the mention repeats:
        a later bare "Y" is X again, not a second person who takes X's post (Y1, twenty-second session). Not when a
        company bears the name ("Capital Z (Capital Z)" tied to the wrong mention before it): the company's short form."""
        words = _words(m.text)
        owners = [c for c in self.clusters if c.type == "Person" and any(words == _words(a) for a in c.marked_aliases)]
        if not owners or self._company_named_like(m) is not None:
            return None
        return max(owners, key=lambda c: c.last_token)

    def _marked_short_name_owner(self, m: Mention) -> Cluster | None:
        """The person a one-word `m` names by the short name the release gave in parentheses ("X Y (X)"), named
        before `m`; nobody's when another person bearing that word is first named between the short name and `m`
        ("X Y (X) ... X Z, a banker ... X also chairs B": which X is not said, as for a shared surname; RH, thirtieth
        session)."""
        owner = self._alias_owner(m)
        if owner is None or owner.first_token > m.start:
            return None
        words = _words(m.text)
        given = [o.start for o in self.mentions
                 if o.cluster == owner.index and o.alias_of is not None and o.start < m.start and _words(o.text) == words]
        since = max(given, default=owner.first_token)
        if any(c.type == "Person" and c.index != owner.index and words[0] in _words(c.name)
               and since < c.first_token < m.start for c in self.clusters):
            return None
        return owner

    def _shared_surname(self, words: tuple[str, ...]) -> bool:
        """A name of several words that two or more people named before bear as their surname ("Ruiz Ortega" after
        "Alba Ruiz Ortega" and "Tomas Ruiz Ortega", or "Ruiz de Ortega" of three): `shared_surnames` decides whose it is in
        the second pass, as for a surname of one word (R, twenty-second session: `_person_match` gave it to the latest
        named; three words or more, R of the twenty-third). `words`: the mention's folded words, two or more."""
        bearers = [c for c in self.clusters if c.type == "Person" and set(words) <= set(_words(c.name))
                   and words[0] != _words(c.name)[0]]
        return len(bearers) > 1

    def _shared_short_name(self, m: Mention, words: tuple[str, ...]) -> bool:
        """A given name and surname that fit the fuller names of two people named before ("Viktor Orlenko" after
        "Viktor Pavlovich Orlenko" and his son "Viktor Viktorovich Orlenko"): which one it means is read in the second
        pass as for a shared surname (`shared_surnames.surname_bearer`: a relative's cue, the nearest sentence naming
        one of them, else nobody's), not given to the one named last (ID, twenty-ninth session)."""
        return len(self._short_name_bearers(m, words)) > 1

    def _short_name_bearers(self, m: Mention, words: tuple[str, ...]) -> list[Cluster]:
        """The people named before `m` whose fuller names a given name and surname fit (`_person_match`'s fit)."""
        if len(words) < 2:
            return []
        return [c for c in self.clusters if c.type == "Person" and c.first_token < m.start and words[0] == _words(c.name)[0]
                and len(_words(c.name)) > len(words) and set(words) <= set(_words(c.name))
                and not another_persons_name(words, _words(c.name))]

    def _org_match(self, m: Mention) -> Cluster | None:
        key = name_key(m.text)
        namesake = bool(m.extra.get(NAMESAKE))  # "Guatemala's Congress of the Republic": not the U.S. Congress, whose alias it spells
        for cluster in self.clusters:
            if cluster.type == "Person" or namesake and cluster.authority:
                continue
            if m.authority and cluster.authority == m.authority:
                return cluster
            if any(name_key(f) == key for f in cluster.forms):
                return cluster
        words = set(key.split())
        if len(words) >= 2 and not named_as_other_body(self.doc, m.start):  # "Y Z Ltd, a subsidiary of Y Z": two bodies
            # a contiguous part of a longer name ("Federation Council" of "Federation Council of the Federal Assembly"),
            # not any words of it ("Federation Council" is no part of "Russian Federation Security Council")
            candidates = [c for c in self.clusters if c.type not in {"Person", "Country"} and words < set(name_key(c.name).split())
                          and f" {key} " in f" {name_key(c.name)} "
                          and not (name_key(c.name).split()[-1].isdigit() and name_key(c.name).split()[-1] not in words)  # "Unit" is not "Unit 114" (but is "7 Harbor ...")
                          and f"{m.text.casefold()}-" not in c.name.casefold()  # the Corps is not its "Corps-Qods Force", a branch
                          and not heads_another_body(m.text, c.name, self.gaz)]  # "Harlow Bank" of "Harlow Bank Leasing Company": its parent
            if candidates:
                # "Pelvanor" after "JSC Concern Pelvanor" and "Pelvanor Trading (HK) Limited": the name it is without the legal forms
                named = [c for c in candidates if company_core(c.name) == tuple(key.split())]
                return max(named or candidates, key=lambda c: c.last_token)
        return None

    def _country_inside(self, m: Mention, body: Cluster) -> bool:
        """A country the gazetteer knows, found only as a part of a body's longer name ("South Sudan" of "South Sudan
        People's Defence Forces"), not as one of its forms: the country itself, which a body's name often opens. Not for
        an authority, which the designation rules find by its country's name too ("U.S." of the Treasury's name)."""
        return body.is_plain_body and m.text in self.gaz.countries and not any(name_key(f) == name_key(m.text) for f in body.forms)

    def _company_named_like(self, m: Mention) -> Cluster | None:
        """A "person" that is a company's short name: one of its forms ("Lumen Brisk" after "Lumen Brisk Solutions OU (Lumen
        Brisk)"), or its name without the legal form ("Halden Mora" of "Halden Mora Denizcilik Ve Ticaret Ltd Sti")."""
        key = name_key(m.text)
        words = key.split()
        for cluster in reversed(self.clusters):
            if cluster.type not in {"Company", "Organization"} or cluster.authority:
                continue
            if any(name_key(f) == key for f in cluster.forms):
                return cluster
            if cluster.type == "Company":
                cwords = name_key(cluster.name).split()
                if len(cwords) > len(words) and cwords[:len(words)] == words and not heads_another_body(m.text, cluster.name, self.gaz):
                    return cluster
        return None

    def _body_short_form(self, m: Mention) -> Cluster | None:
        """A possessor read as a person's name that is the opening of a body's name the document gave in full before
        ("Silverleaf's chief financial officer" after "Silverleaf Commodities (Private) Limited", "Al-Najm's
        general manager" after "Al-Najm Maritime Services"): that body, when no person of the document bears the word(s) and no
        other body named before holds them."""
        words = _words(m.text)
        if not words or m.text.isupper() or len(m.text) < 3 or len(m.text.split()) != 1:
            return None  # one written word: two ("Tarek Halabi") may be a person a firm is named after
        if m.end >= len(self.doc) or self.doc[m.end].text not in {"'s", "\u2019s", "'", "\u2019"}:
            return None  # a possessor only: "children from Varenko boarding schools" is no "Varenko Oblast"
        own = set(words) - NAME_PARTICLES
        if not own or any(own & set(_words(p.text)) for p in self.mentions if p.label == "PERSON" and p is not m
               and len(_words(p.text)) > len(words)):
            return None  # "Brennholt" of a person named "Selim Brennholt" too: not settled by the name
        bodies = [c for c in self.clusters if c.is_plain_body
                  and c.first_token < m.start and own <= set(_words(c.name))]
        if len({name_key(c.name) for c in bodies}) != 1:
            return None  # "Qadira" after "Qadira Resistance Force" and "Qadira Organization": which one is not said
        body = bodies[0]
        return body if len(_words(body.name)) > len(words) and _words(body.name)[:len(words)] == words else None

    def _resolve_all(self) -> None:
        ordered = sorted(self.mentions, key=lambda m: m.start)
        by_start = self.by_start
        # first pass: multi-word names, authorities, acronym definitions
        for m in ordered:
            if m.alias_of is not None:
                base = by_start.get(m.alias_of)
                if base is not None and base.cluster is not None:
                    cluster = self.clusters[base.cluster]
                    if cluster.type == "Person" and len(_words(m.text)) == 1 and _words(m.text)[0] not in _words(cluster.name):
                        continue  # "(Yarin)" for a different person would be odd; keep only real surnames/nicknames
                    self._attach(m, cluster)
                    if cluster.type == "Person" and not m.extra.get("former_name"):
                        cluster.marked_aliases.append(m.text)
                continue
            if m.label == "PERSON":
                words = _words(m.text)
                if len(words) < 2:
                    continue  # a surname of one word: the second pass's
                owner = self._alias_owner(m)
                if owner is None and (self._shared_surname(words) or self._shared_short_name(m, words)):
                    continue  # a surname of several words that two people named before bear: the second pass's
                cluster = owner or self._person_match(m) or self._company_named_like(m) or self._body_short_form(m)
                if cluster is None:
                    self._new(m, "Person").namesake = m.extra.get(KEPT_APART, "")
                else:
                    self._attach(m, cluster)
                    if cluster.type != "Person":
                        m.label = "ORG"  # "Halden Mora" after the company's full name: the company, tagged as a person
            elif m.label in ORG_LABELS or m.label == "PROGRAM":
                if m.label == "ORG" and len(_words(m.text)) == 1 and not m.authority and not m.text.isupper():
                    continue  # maybe a surname tagged as an organization; second pass
                cluster = self._org_match(m)
                if cluster is None:
                    type_ = {"VESSEL": "Vessel", "PROGRAM": "SanctionsProgram"}.get(m.label) or (
                        "Vessel" if self._after_vessel_word(m) else org_type(m.text, self.gaz, m.authority))
                    cluster = self._new(m, type_)
                    if m.authority:
                        cluster.name = m.authority
                else:
                    self._attach(m, cluster)
            elif m.label in {"GPE", "NORP"} and len(_words(m.text)) >= 2 and self._person_surname_candidate(m) is None:
                pass
        # second pass: single words (surnames, acronyms used before their definition, places)
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.cluster is not None or m.alias_of is not None:
                continue
            person = self._person_surname_candidate(m)
            if person is not None:
                self._attach(m, person)
                continue
            if m.label == "ORG" and not m.authority and fold(m.text) in self._generic_nouns():
                named = None if self._opens_a_name(m) else self._last_named_with(fold(m.text), m.start)
                m.cluster = named.index if named is not None else None  # "The Brigade's Commander": that brigade, or none
                continue
            if m.label == "PERSON" and len(_words(m.text)) == 1:
                named = self._org_match(m)
                if named is not None and named.type not in {"Person", "Country"} and any(fold(f) == fold(m.text) for f in named.forms):
                    self._attach(m, named)  # "Kestrel" after "Kestrel Trading Co (Kestrel)": the firm's short name, read as a person
                    m.label = "ORG"
                    continue
                titled = next((c for c in self.clusters if c.titled and fold(c.name) == fold(m.text)), None)
                if titled is not None:
                    self._attach(m, titled)
                elif self._after_head_of_state_title(m):
                    self._new(m, "Person").titled = True
                elif (body := self._body_short_form(m)) is not None:
                    self._attach(m, body)
                    m.label = "ORG"
                continue
            if m.label in {"GPE", "NORP"}:
                known = self._org_match(m) if m.text.isupper() or m.text[:1].isupper() else None
                if known is not None and self._country_inside(m, known):
                    known = None  # "South Sudan's mineral wealth" is no "South Sudan People's Defence Forces"
                if known is not None and known.type != "Country":
                    self._attach(m, known)  # "the IRGC" tagged as a place after "Islamic Revolutionary Guard Corps (IRGC)"
                    continue
            if m.label in ORG_LABELS:
                cluster = self._org_match(m)
                if cluster is not None:
                    self._attach(m, cluster)
                else:
                    self._new(m, "Vessel" if m.label == "VESSEL" or self._after_vessel_word(m) else org_type(m.text, self.gaz, m.authority))
            elif m.label == "GPE" and self._after_vessel_word(m):
                self._new(m, "Vessel")
            elif m.label == "GPE":
                cluster = next((c for c in self.clusters if c.type == "Country" and fold(c.name) == fold(m.text)), None)
                if cluster is None:
                    self._new(m, "Country")
                else:
                    self._attach(m, cluster)
        self._fold_short_forms()

    def _fold_short_forms(self) -> None:
        """Each short form or fragment that is part of exactly one longer name becomes that entity (nlp/short_forms):
        its mentions join the longer name's cluster and its own cluster is dropped, so that no extractor sees it."""
        owners = short_form_owners(self.doc, self.mentions, self.clusters, self.gaz)
        if not owners:
            return
        def final(index: int) -> int:
            seen = {index}
            while index in owners and owners[index] not in seen:
                index = owners[index]
                seen.add(index)
            return index
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.cluster in owners:
                whole = self.clusters[final(m.cluster)]
                m.cluster = None
                name = whole.name
                if not any(fold(f) == fold(m.text) for f in whole.forms):
                    whole.short_forms.add(m.text)
                self._attach(m, whole)
                whole.name = name  # the longer name stays the entity's name
                whole.first_token = min(whole.first_token, m.start)
                if whole.type != "Person":
                    m.label = "ORG"  # "Bastel" read as a person: the company
        kept = [c for c in self.clusters if c.index not in owners]
        new_index = {c.index: i for i, c in enumerate(kept)}
        for c in kept:
            c.index = new_index[c.index]
        for m in self.mentions:
            if m.cluster is not None:
                m.cluster = new_index.get(m.cluster)
        self.clusters = kept

    def _generic_nouns(self) -> set[str]:
        """Kind nouns that name no body alone: a capitalised "Brigade", "Company" or "Group" refers back."""
        return set(self.gaz.anaphora_heads) | GENERIC_UNIT_NOUNS

    def _opens_a_name(self, m: Mention) -> bool:
        """"Bank | Y Z", the model's split of the name "Bank Y Z": the kind word runs on into a capitalised name on the
        same line, so it is the first word of another body's name, not "the Bank" named before (which another bank,
        "X Bank", would answer: two banks sharing the word "Bank" made one; issue 13, H9)."""
        after = self.by_start.get(m.end)
        return after is not None and after.text[:1].isupper() and self.doc[m.start].whitespace_ == " "

    def _last_named_with(self, noun: str, before: int) -> Cluster | None:
        """The last body named before a token whose name holds the noun ("Qaldor Brigade" for "the Brigade")."""
        found = [c for c in self.clusters if c.type not in {"Person", "Country", "SanctionsProgram", "Vessel"}
                 and c.first_token < before and noun in _words(c.name)]
        return max(found, key=lambda c: c.last_token, default=None)

    def _after_head_of_state_title(self, m: Mention) -> bool:
        """"President Carter", "Prime Minister Okafor": the title makes a one-word name a person's name when the
        document gives no fuller name holding that word (checked before: the mention is no surname of one)."""
        doc = self.doc
        if not m.text[:1].isupper() or m.text.isupper() or m.end - m.start != 1:
            return False
        before = doc[m.start - 1].text if m.start >= 1 else ""
        return before in HEAD_OF_STATE_TITLES or (m.start >= 2 and doc[m.start - 2:m.start].text == "Prime Minister") \
            or _after_rank_abbreviation(doc, m.start)

    def _after_vessel_word(self, m: Mention) -> bool:
        """"the tanker Ocean Star", "the aircraft EP-MNB": a vessel or aircraft name."""
        return m.start > 0 and self.doc[m.start - 1].lower_ in self.gaz.vessel_words

    def _person_surname_candidate(self, m: Mention) -> Cluster | None:
        """The person a surname means (one or two words; longer only for a person's mention, which `_shared_surname`
        left to this pass: a long place or group name is no surname)."""
        words = _words(m.text)
        if not words or len(words) > 2 and m.label != "PERSON":
            return None
        candidates = [c for c in self.clusters if c.type == "Person" and set(words) <= set(_words(c.name)) and words[0] != _words(c.name)[0]]
        if not candidates and m.label == "PERSON":
            candidates = self._short_name_bearers(m, words)  # left by `_shared_short_name`
        if not candidates and len(words) == 1:
            return self._marked_short_name_owner(m)  # "Lin Wei (Lin). Lin is also ...": the release's short name, even a first word
        if not candidates:
            return None
        if len(candidates) == 1 and candidates[0].first_token <= m.start:
            return candidates[0]
        indexes = {c.index for c in candidates}
        first_spans: dict[int, tuple[int, int]] = {}
        last_before: dict[int, int] = {}
        for other in self.mentions:  # sorted by start: the first naming of each, and the last before the surname
            if other.cluster in indexes and other.cluster not in first_spans:
                first_spans[other.cluster] = (other.start, other.end)
            if other.cluster in indexes and other.start < m.start:
                last_before[other.cluster] = max(other.start, last_before.get(other.cluster, -1))
        return surname_bearer(self.doc, m.start, candidates, first_spans, last_before, m.end - m.start)

    def as_organization(self, m: Mention) -> Cluster | None:
        """A mention the model tagged as a place or nationality that the syntax shows is an organization
        ("the chief executive of Gazprom", "Belaruskali's general director"); known countries stay places."""
        if m.label not in {"GPE", "NORP"} or m.text in self.gaz.demonyms or m.text in self.gaz.countries:
            return None
        nxt = self.mention_at(m.end + 1) if m.end + 1 < len(self.doc) else None
        if m.end < len(self.doc) and (self.doc[m.end].text == "-" or (self.doc[m.end].text == "," and nxt is not None and nxt.label == "GPE")):
            return None  # "Bogota, Colombia-based ...", "Moscow-based": a place
        cluster = self.cluster_of(m)
        if cluster is None:
            cluster = self._new(m, org_type(m.text, self.gaz))
        elif cluster.type == "Country":
            cluster.type = org_type(m.text, self.gaz)
        m.label = "ORG"
        return cluster

    # ---- queries --------------------------------------------------------
    def mention_at(self, token_index: int) -> Mention | None:
        return self._token_mention.get(token_index)

    def cluster_of(self, m: Mention | None) -> Cluster | None:
        if m is None or m.cluster is None:
            return None
        return self.clusters[m.cluster]

    def entity(self, m: Mention | None) -> Cluster | None:
        """The resolved entity of a mention, or None for an unresolvable one (bare surname)."""
        cluster = self.cluster_of(m)
        if cluster is None:
            return None
        if cluster.type == "Person" and len(_words(cluster.name)) < 2 and not cluster.titled:
            return None
        if cluster.type in {"Company", "Organization"} and _only_legal_forms(cluster.name, legal_forms()):
            return None  # "LLC", "Pte Ltd": a legal form alone is a fragment of a name, never an entity
        return cluster

    def _headed_bodies(self) -> list[Cluster]:
        """Plain bodies named with a head noun (`head_noun`) and a word of their own before it: "Varn Border
        Detachment", "Gran Soleil gang"; not "a Moldovan party" (a nationality and a noun, or a name after "a": a
        description the model tagged), nor a legal form ("Velmont LLC") or a place's noun ("Korlan State")."""
        def make(resolver: DocResolver) -> list[Cluster]:
            forms = {f.lower().strip(".") for f in legal_forms()}
            plain = set(resolver.gaz.demonyms) | resolver.gaz.countries
            doc = resolver.doc
            return [c for c in resolver.clusters if c.is_plain_body and (h := head_noun(c.name)) and h not in forms | PLACE_HEADS
                    and any(w[:1].isupper() and w not in plain for w in c.name.split()[:-1])
                    and not (c.first_token > 0 and doc[c.first_token - 1].lower_ in {"a", "an"})]
        return self.derived("headed_bodies", make)

    def body_heads(self) -> frozenset[str]:
        """Head nouns of the bodies the document names (`_headed_bodies`): "the <noun>" refers back to the last of
        them headed by it, as the unit nouns do ("the detachment's chief of staff" after "Varn Border Detachment",
        "the committee's head of enforcement" after "State Customs Committee of Y"). Built once per document, as the
        list is (`refers_back` asks at every lower-case noun)."""
        return self.derived("body_heads", lambda resolver: frozenset(head_noun(c.name) or "" for c in resolver._headed_bodies())
                            | frozenset(noun for _, noun in resolver._described()))

    def _described(self) -> list[tuple[Cluster, str]]:
        """(body, noun) for the bodies the document describes by a noun where it names them ("the opposition party
        Y", "Y, a Moldovan party": nlp/described_heads, R31)."""
        return self.derived("described_bodies", described_bodies)

    def _last_headed_by(self, noun: str, before: int) -> Cluster | None:
        found = [c for c in self._headed_bodies() if c.first_token < before and head_noun(c.name) == noun]
        described = [c for c, n in self._described() if n == noun and c.first_token < before]
        found += described
        ranked = sorted({c.index: c for c in found}.values(), key=lambda c: c.last_token, reverse=True)
        if len(ranked) >= 2 and (ranked[0] in described or ranked[1] in described) \
                and self.doc[ranked[0].last_token].sent.start == self.doc[ranked[1].last_token].sent.start:
            return None  # "the opposition party Y and the ruling party Z. The party's chairman": either (F1 item 8)
        return ranked[0] if ranked else None

    def last_of_kind(self, token_index: int, head: str) -> Cluster | None:
        """The antecedent of "the company", "the ministry", "the group" before a token."""
        kind = self.gaz.anaphora_heads.get(head.lower())
        if kind is None:
            if head.lower() in NAMED_KIND_NOUNS:
                return self._last_named_with(head.lower(), token_index)
            if token_index + 1 < len(self.doc) and self.doc[token_index + 1].lower_ == "of":
                return None  # "the state of Y", "the council of elders": the noun opens another phrase
            return self._last_headed_by(head.lower(), token_index)
        best: Mention | None = None
        named: Mention | None = None  # a body whose own name ends in the noun ("the Zorvath group" for "the group")
        described = {c.index for c, noun in self._described() if noun == head.lower()}  # "Y, an insurgent group" (H2)
        for m in self.mentions:
            if m.start >= token_index:
                break
            if m.extra.get("portfolio"):
                continue  # "Under Secretary ... for Terrorism and Financial Intelligence": a post's field (not_names.in_portfolio)
            before_noun = m.end < len(self.doc) and self.doc[m.end].lower_ == head.lower()
            cluster = self.cluster_of(m)
            if cluster is None and before_noun:  # "the Zorvath group", "Zorvath" read as a person: the body of that name
                cluster = next((c for c in self.clusters if fold(c.name) == fold(m.text) and c.type not in {"Person", "Country"}), None)
                if cluster is None and m.label in {"PERSON", "ORG"} and m.text not in self.gaz.demonyms and m.text not in self.gaz.countries:
                    cluster = self._new(m, "Organization")
                    cluster.name = self.doc[m.start:m.end + 1].text  # the group's name as written with its noun
                if cluster is not None:
                    named = next((o for o in self.mentions if self.cluster_of(o) is cluster), named)
                continue
            if cluster is None or cluster.type in {"Person", "Country", "SanctionsProgram", "Vessel"} or cluster.stands_for_authority:
                continue  # a vessel is no "company", "group" or "its" of a post ("the tanker X. Its director ...")
            if head.lower() in _words(cluster.name) or before_noun or cluster.index in described:
                named = m  # "Zorvath Group", "the Zorvath group" with the noun left out of the name, "Y, an armed group"
            if kind == "Organization" or cluster.type == kind or head.lower() in fold(cluster.name):
                best = m
        # a generic noun ("group", "cartel") names the kind of body poorly: one that carries the noun in its
        # name is the antecedent even when another organization (or a name the model mis-tagged) came later
        return self.cluster_of(named if kind in {"Organization", "Group"} and named is not None else best)

    def _named_for_a_tie(self, m: Mention) -> bool:
        """"X is the son of B", "an associate of B": B is named for the tie to the paragraph's subject (whom the model
        may have typed otherwise), never the person a later he/she speaks of."""
        j = m.start - 1
        if j >= 1 and self.doc[j].lower_ == "of" and self.doc[j - 1].lower_ in self.gaz.not_roles:
            return True
        root = self.doc[m.start:m.end].root  # "advises the X brothers", "paid the X gang": a name that only modifies a noun
        return root.dep_ == "compound" and root.head.i >= m.end and root.head.tag_ in {"NN", "NNS"} and root.head.is_lower

    def person_for_pronoun(self, token_index: int) -> Cluster | None:
        """He/she: the one person named earlier in the same paragraph, if exactly one."""
        doc = self.doc
        start = token_index
        while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        named = [m for m in self.mentions if start <= m.start < token_index and m.cluster is not None and self.clusters[m.cluster].type == "Person"
                 and not self._named_for_a_tie(m)]
        people = {m.cluster for m in named}
        if len(people) > 1:  # "X has been Maduro's vice president ... He ...": a possessor is named for the post, not as its topic
            people = {m.cluster for m in named if not (m.end < len(doc) and doc[m.end].lower_ in {"'s", "’s"})} or people
        if len(people) == 1:
            return self.entity(next(m for m in self.mentions if m.cluster in people))
        # "OFAC designated A and B. B is the director of Y. He previously ...": the last person named as a clause's
        # subject, when nobody else is named after that subject (a possessor aside) before the pronoun
        named = [m for m in named if not (m.end < len(doc) and doc[m.end].lower_ in {"'s", "’s"})]
        subjects = [m for m in named if doc[m.start:m.end].root.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and all(m.cluster == subjects[-1].cluster for m in named if m.start >= subjects[-1].start):
            return self.entity(subjects[-1])
        return None


def display_name(cluster: Cluster) -> str:
    return _display(cluster.name)


@functools.lru_cache(maxsize=65536)
def _display(name: str) -> str:
    """A name as shown, cleaned once per name (issue 18: `common.ref` asks for it at each candidate pair)."""
    return clean_text(name)


def _after_rank_abbreviation(doc: Doc, start: int) -> bool:
    """"Amb. Vantry and Capt. Maddow", "Gen. Mayen": a rank or form of address written short makes the one word after
    it a person's name, as "President Carter" does, when no fuller name holds it (V8 item 8, M36: D20 cut "Vantry and
    Capt. Maddow" into two names, and each then named no one)."""
    if start >= 1 and title_abbreviation(doc, start - 1):
        return True
    return start >= 2 and point_split_off(doc, start - 2) and title_word(doc, start - 2)  # "Amb" "." "Vantry"
