"""Generic public bodies belong to a country: Russia's Ministry of Defense is not Burma's.

"Ministry of Defense", "Central Bank", "National Guard" name one body per country, so
resolving them by name alone merged every country's ministry into one node (which
then ranked high in centrality for holding everyone's defence minister). A body whose
name is made only of generic words (`ontology/gazetteers/public_bodies.yaml`) gets its
country from, in order:

1. its own name ("Russia's Ministry of Defense", "Ministry of Defense of the Russian Federation");
2. the sentence stating the relation: a country named right before or after the body
   or the post ("Burmese Minister of Defense", "Russia's ..."), else the only country
   that sentence names;
3. the holder's other posts in the document at bodies whose country is known;
4. the country the document is about (named clearly more often than any other,
   the designating authorities' own names not counted).

The country becomes part of the entity (`EntityRef.country`, `gb:country`, and its
IRI and index key), so two countries' ministries never merge and one country's
ministry named in two documents does. A generic body with no country found stays
local to its document (a kept-apart IRI scoped to the document id) rather than
merging with every other country-less body of that name.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import GazetteerError
from ..names import fold, name_key
from ..nlp.gazetteers import Gazetteers, load_gazetteers
from ..paths import gazetteer_dir
from ..records import KEEP_APART, Document, EntityRef, Relation

DOMINANCE = 1.5  # the document's country is named this many times more often than the next one
NEAR_WORDS = 3  # "Russia's", "the Russian", "of the Russian Federation": a few words from the name


#: What follows a country that only designated or sanctioned the thing named after it.
LISTED_BY = re.compile(r"\s*-?\s*(?:and\s+\S+?-\s*)?(?:designated|sanctioned|listed)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CountryWords:
    """Country names, demonyms and aliases -> one country name; the generic body vocabulary."""

    names: dict[str, str]  # folded text -> country
    pattern: re.Pattern[str]
    generic: frozenset[str]
    body_words: frozenset[str]
    authorities: re.Pattern[str] | None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, country) of every country named in `text`, designating authorities' names left out, and so
        a country that only says who listed something ("the U.S.-designated Ministry of Defense" is not the U.S.'s)."""
        masked = self.authorities.sub(lambda m: " " * len(m.group(0)), text) if self.authorities else text
        return [(m.start(), m.end(), self.names[fold(m.group(0))]) for m in self.pattern.finditer(masked)
                if not LISTED_BY.match(text, m.end())]


@lru_cache(maxsize=4)
def public_body_gazetteer(directory: str | None = None) -> dict[str, Any]:
    """`public_bodies.yaml` as read once (country aliases, generic and body words, company/public-body markers)."""
    path = (gazetteer_dir() if directory is None else Path(directory)) / "public_bodies.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: cannot read the public body gazetteer ({exc})") from exc
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: expected a mapping of lists (country_aliases, generic_words, ...), got {type(data).__name__}")
    return data


def _alternation(names: Iterable[str]) -> str:
    """The names as one regex alternation, longest first (so the longest name at a position wins).

    Grouped by first letter ("i(?:ranian|ran)|r(?:ussian|ussia)"): at each word start Python's
    regex engine then compares one letter per group instead of every name, which made
    `CountryWords.find` the largest cost of resolution (0.6 s of 1.4 s per 400 documents,
    docs/benchmarks.md). The matches are the same: names with different first letters never
    match at the same place (even ignoring case), and within a group the order is kept.
    Names not starting with an ASCII letter keep the plain alternation.
    """
    ordered = sorted(names, key=lambda name: len(re.escape(name)), reverse=True)  # the order the plain alternation had
    if not all(name[:1].isascii() and name[:1].isalpha() and name[:1].islower() for name in ordered):
        return "|".join(re.escape(name) for name in ordered)
    groups: dict[str, list[str]] = {}
    for name in ordered:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


@lru_cache(maxsize=4)
def country_words(directory: str | None = None) -> CountryWords:
    """The country vocabulary from the gazetteers (read once)."""
    root = gazetteer_dir() if directory is None else Path(directory)
    gaz: Gazetteers = load_gazetteers(root)
    data = public_body_gazetteer(directory)
    names: dict[str, str] = {}
    for country in gaz.demonyms.values():
        names[fold(country)] = country
    for demonym, country in gaz.demonyms.items():
        names[fold(demonym)] = country
    for alias, country in (data.get("country_aliases") or {}).items():
        names[fold(str(alias))] = str(country)
    pattern = re.compile(r"(?<![\w.])(?:" + _alternation(names) + r")(?![\w])", re.I)
    authority_names = sorted({n for a in gaz.authorities.values() for n in (a.name, *a.aliases) if len(n) > 3}, key=len, reverse=True)
    authorities = re.compile("|".join(re.escape(n) for n in authority_names)) if authority_names else None
    return CountryWords(names, pattern, frozenset(str(w) for w in data.get("generic_words") or []),
                        frozenset(str(w) for w in data.get("body_words") or []), authorities)


def _folded_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text).replace("'s", " "))


def strip_country(name: str) -> str:
    """The body's name without its country words: "Russia's Ministry of Defense" -> "Ministry of Defense"."""
    words = country_words()
    text = words.pattern.sub(" ", name)
    text = re.sub(r"^\W*(?:the\s+)?'s\b|\b(?:of|for|in)(?:\s+the)?\W*$", " ", text.strip(), flags=re.I)
    return re.sub(r"\s+", " ", text).strip(" ,'\u2019") or name


def scoped_key(name: str, country: str) -> str:
    """The index and IRI key of a country's generic body: its bare name's key and the country."""
    return f"{name_key(strip_country(name), 'PublicBody')}@{fold(country)}"


def is_generic(ref: EntityRef) -> bool:
    """A public body that every country has one of ("Ministry of Interior"), not one with a proper name."""
    return ref.type in {"PublicBody", "Organization"} and _generic_name(ref.name, os.environ.get("GRAPHBUILD_ONTOLOGY"))


@lru_cache(maxsize=65536)
def _generic_name(name: str, ontology: str | None) -> bool:
    """`is_generic` for an organization's name, once per name and gazetteers' folder (as `types._org_kind`): a build
    asks it for every organization of every relation (7,526 calls on 400 benchmark documents, ~700 names; issue 18)."""
    if load_gazetteers().authority(name) is not None:
        return False
    words = country_words()
    bare = _folded_words(strip_country(name))
    return bool(bare) and all(w in words.generic for w in bare) and any(w in words.body_words for w in bare)


def country_in_name(name: str) -> str | None:
    found = {country for _, _, country in country_words().find(name)}
    return found.pop() if len(found) == 1 else None


def document_country(text: str) -> str | None:
    """The country a document is about: named clearly more often than any other, else None."""
    counts = Counter(country for _, _, country in country_words().find(text)).most_common(2)
    if not counts or counts[0][1] < 2:
        return None
    if len(counts) > 1 and counts[0][1] < DOMINANCE * counts[1][1]:
        return None
    return counts[0][0]


def _holders_at(lowered: str, holder: str, holders: Sequence[str]) -> list[tuple[int, str]]:
    """(where the folded sentence first names it, name) of `holder` and of each of `holders` it names, in order: made
    once per sentence and relation, for all the anchors `_occurrence` is asked about."""
    return sorted((at, name) for name in {*holders, holder} if (at := lowered.find(name.casefold())) >= 0)


def _occurrence(lowered: str, anchor: str, holder: str | None, holders_at: Sequence[tuple[int, str]] = ()) -> int:
    """Where `anchor` stands in the folded sentence for `holder` (-1 when absent). When the sentence names as many
    holders of a body of this name as it names the body, the k-th holder takes the k-th occurrence, whichever side
    the text writes the post on ("A, an official at Russia's Ministry of Defense, and B, ... at Iran's Ministry of
    Defense", P11; "the head of Iran's Ministry of Defense, A, and the head of Russia's ..., B", M29 for V8's item
    0). Otherwise the nearest occurrence after the holder's name, else before it, that no list's "and" or ";" parts
    from the name; else its first occurrence after the holder's name, else its first occurrence. `holders_at`: the
    holders the sentence names (`_holders_at`)."""
    if not holder:
        return lowered.find(anchor)
    rank = next((k for k, (_, name) in enumerate(holders_at) if name == holder), None)
    if rank is None:  # the sentence does not name the holder
        return lowered.find(anchor)
    spots = _all_found(lowered, anchor)
    if len(holders_at) == len(spots) > 1:
        return spots[rank]
    start = holders_at[rank][0]
    end = start + len(holder)
    after = [at for at in spots if at >= end]
    before = [at for at in spots if at + len(anchor) <= start]
    joined = [at for at in after[:1] if not _LIST_JOIN.search(lowered[end:at])]
    joined += [at for at in before[-1:] if not _LIST_JOIN.search(lowered[at + len(anchor):start])]
    if joined:
        return joined[0]
    return after[0] if after else lowered.find(anchor)


#: What parts two items of a list: a body across it is the other item's.
_LIST_JOIN = re.compile(r"\band\b|;")


def _all_found(lowered: str, anchor: str) -> list[int]:
    """Every start of `anchor` in `lowered`, in order."""
    spots, at = [], lowered.find(anchor)
    while at >= 0:
        spots.append(at)
        at = lowered.find(anchor, at + len(anchor))
    return spots


def _near(sentence: str, anchors: Iterable[str], named: dict[str, list[tuple[int, int, str]]] | None = None,
          holder: str | None = None, holders: Sequence[str] = ()) -> str | None:
    """The country named a few words before or after one of `anchors` in `sentence` (the occurrence that is the
    `holder`'s, when given and named, among the other `holders` of a body of that name); `named` keeps each
    sentence's countries for the next call (one sentence backs many relations of a document)."""
    found = named.get(sentence) if named is not None else None
    if found is None:
        found = country_words().find(sentence)
        if named is not None:
            named[sentence] = found
    lowered = sentence.casefold()
    holders_at = _holders_at(lowered, holder, holders) if holder else []
    for anchor in anchors:
        if not anchor:
            continue
        at = _occurrence(lowered, anchor.casefold(), holder, holders_at)
        if at < 0:
            continue
        end = at + len(anchor)
        before = [c for s, e, c in found if e <= at and len(sentence[e:at].split()) <= NEAR_WORDS - 1]
        after = [c for s, e, c in found if s >= end and len(sentence[end:s].split()) <= NEAR_WORDS]
        if before:
            return before[-1]
        if after:
            return after[0]
    countries = {c for _, _, c in found}
    return countries.pop() if len(countries) == 1 else None


def scope_public_bodies(doc: Document, relations: list[Relation]) -> None:
    """Give every generic public body of the document's relations its country, or keep it local (in place)."""
    generic = [(rel, ref) for rel in relations for ref in (rel.subject, rel.object) if ref.id is None and is_generic(ref)]
    if not generic:
        return
    found: dict[int, str] = {}
    named: dict[str, list[tuple[int, int, str]]] = {}
    holders_of: dict[str, list[str]] = {}  # a generic body's name -> the holders of a post at a body of that name
    for rel, ref in generic:
        if rel.relation == "holds_role" and ref is rel.object and rel.subject.name not in holders_of.get(ref.name, []):
            holders_of.setdefault(ref.name, []).append(rel.subject.name)
    for rel, ref in generic:
        country = country_in_name(ref.name)
        if country is None:
            anchors = [ref.name, *ref.aliases, strip_country(ref.name), rel.role or ""]
            holder = rel.subject.name if rel.relation == "holds_role" and ref is rel.object else None
            peers = holders_of.get(ref.name, ()) if holder else ()
            for ev in rel.evidence:
                country = _near(ev.sentence, anchors, named, holder, peers)
                if country:
                    break
        if country:
            found[id(ref)] = country
    held: dict[str, set[str]] = {}  # holder -> countries of the bodies found so far
    for rel in relations:
        if rel.relation == "holds_role" and id(rel.object) in found:
            held.setdefault(name_key(rel.subject.name, "Person"), set()).add(found[id(rel.object)])
    about: list[str | None] = []  # the document's country: the whole text is searched once a body is left without one
    for rel, ref in generic:
        country = found.get(id(ref))
        if country is None and rel.relation == "holds_role" and ref is rel.object:
            holder = held.get(name_key(rel.subject.name, "Person"), set())
            country = next(iter(holder)) if len(holder) == 1 else None
        if not country:
            if not about:
                about.append(document_country(doc.text))
            country = about[0]
        if country:
            ref.country = country
        else:
            ref.id = f"{KEEP_APART}{doc.id}"


__all__ = ["country_in_name", "country_words", "document_country", "is_generic", "public_body_gazetteer", "scope_public_bodies", "scoped_key",
           "strip_country"]
