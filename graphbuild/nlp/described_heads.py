"""The noun a document describes a body with where the body is first named: "the opposition party Y", "Y, a
Moldovan party that ...", "the Y (Z) party". "The party's chairman, X" later refers back to Y, as "the detachment"
refers to a body whose own name ends in "Detachment" (`coref.DocResolver.body_heads`); a party's, a platform's or a
consortium's name seldom holds the noun (R31, fourteenth session)."""
from __future__ import annotations

from typing import Protocol, TypeVar

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import Mention

__all__ = ["described_bodies"]


class PlainBody(Protocol):
    """What is read of an entity: whether it is a plain body (`coref.Cluster.is_plain_body`)."""

    @property
    def is_plain_body(self) -> bool: ...


BodyT = TypeVar("BodyT", bound=PlainBody, covariant=True)


class Resolver(Protocol[BodyT]):
    """What is read of a document's resolver (`coref.DocResolver`): its doc, its mentions and their entities. A
    protocol, not the class: coref imports this module, so importing coref back would close an import cycle."""

    doc: Doc
    mentions: list[Mention]
    gaz: Gazetteers

    def cluster_of(self, m: Mention | None) -> BodyT | None: ...


# nouns that describe no kind of body ("Y, a member of ...", "the sanctioned Y"): never an antecedent's noun
NOT_KIND_NOUNS = {"member", "members", "part", "name", "result", "number", "total", "front", "cover", "subsidiary", "affiliate",
                  "unit", "successor", "predecessor", "partner", "owner", "shareholder", "client", "supplier", "customer", "target",
                  "designation", "action", "statement", "national", "citizen", "resident", "leader", "head", "director", "founder"}


def _kind_noun(doc: Doc, k: int) -> str | None:
    tok = doc[k]
    if tok.is_lower and tok.is_alpha and tok.tag_ == "NN" and tok.lower_ not in NOT_KIND_NOUNS:
        return tok.lower_
    return None


#: Tags of a word that modifies a later noun of the same phrase only: a gerund or a plural noun ("a drug trafficking
#: gang", "a cattle ranching company", "a shipping company"); never the phrase's head ("a company operating in X").
COMPOUND_ONLY_TAGS = frozenset({"VBG", "NNS"})


def _compound_goes_on(doc: Doc, k: int, limit: int) -> bool:
    """The noun phrase goes on at token `k`: a noun or a hyphen, or a gerund or plural noun that a noun follows."""
    if k >= limit:
        return False
    if doc[k].tag_ in {"NN", "HYPH"}:
        return True
    return doc[k].tag_ in COMPOUND_ONLY_TAGS and doc[k].is_lower and _compound_goes_on(doc, k + 1, limit)


def _noun_after_appositive(doc: Doc, start: int, limit: int, kinds: frozenset[str]) -> str | None:
    """"a Moldovan party that ...", "an online crowdfunding platform", "a drug trafficking gang": the last noun of the
    phrase after "a"/"an". A gerund or a plural noun inside the compound ("drug trafficking", "cattle ranching") does
    not end it (thirty-third session, DS: "a drug trafficking gang" described the gang as a "drug"). After a noun the
    same gerund may open a clause ("a company financing militia operations", "a company trading oil"), whose object
    describes no body: a head reached through one is kept only when it is a body's kind (`kinds`) that no plural
    follows; otherwise the noun read before it stays (thirty-third session, review rds)."""
    k = start
    noun = None
    before: str | None = None  # the noun read before a gerund or a plural joined the phrase
    joined = False
    while k < limit and k - start < 6 and (doc[k].tag_ in {"JJ", "NN", "NNP", "VBN", "HYPH"} or doc[k].text == "-"
                                           or doc[k].tag_ in COMPOUND_ONLY_TAGS and _compound_goes_on(doc, k, limit)):
        if doc[k].tag_ in COMPOUND_ONLY_TAGS and not joined:
            joined, before = True, noun
        noun = _kind_noun(doc, k) if doc[k].tag_ == "NN" else noun
        if doc[k].tag_ == "NN" and not _compound_goes_on(doc, k + 1, limit):
            if joined and (noun not in kinds or k + 1 < limit and doc[k + 1].tag_ == "NNS"):
                return before  # "a company financing militia operations": the company
            return noun  # the phrase's head: its last noun
        k += 1
    return None


def _noun_after_name(doc: Doc, start: int, limit: int, kinds: frozenset[str]) -> str | None:
    """"the Y ransomware group", "the Y drug network": a lower-case modifier and a noun of a body's kind (`kinds`)
    right after the name, the phrase's head (no noun after it: "the Y board members" describes the members, not Y;
    "Y last week" no body)."""
    k = start
    while k < limit and k - start < 3 and doc[k].is_lower and doc[k].tag_ in {"JJ", "NN"}:
        k += 1
    if k - start < 2 or doc[k - 1].tag_ != "NN" or (k < limit and doc[k].tag_ in {"NN", "NNS", "NNP", "HYPH", "POS"}):
        return None
    noun = _kind_noun(doc, k - 1)
    return noun if noun in kinds else None


def described_bodies(resolver: Resolver[BodyT]) -> list[tuple[BodyT, str]]:
    """(body, noun) for each plain body a mention of which is described by a lower-case noun right before it ("party
    Y"), after it past a parenthesis ("Y (Z) party"), or in an appositive after it or after its short form in
    parentheses ("Y, a Moldovan party", "Y (Z), an independent refinery in P": the release's usual way of naming a
    body, so that "the refinery's chairman" later refers back to Y; twenty-eighth session, PV)."""
    doc = resolver.doc
    gaz = resolver.gaz
    kinds = gaz.derived("body_kind_nouns", lambda g: frozenset(g.group_nouns) | frozenset(g.anaphora_heads))
    found: list[tuple[BodyT, str]] = []
    for m in resolver.mentions:
        cluster = resolver.cluster_of(m)
        if cluster is None or not cluster.is_plain_body:
            continue
        nouns = []
        if m.start >= 1 and doc[m.start - 1].tag_ == "NN":
            nouns.append(_kind_noun(doc, m.start - 1))  # "the opposition party Y"
        j = m.end
        after = j  # where an appositive may open: right after the name, or after its short form in parentheses
        if j < len(doc) and doc[j].text == "(":
            close = next((x for x in range(j + 1, min(j + 8, len(doc))) if doc[x].text == ")"), None)
            if close is not None and close + 1 < len(doc) and doc[close + 1].tag_ == "NN" and not (
                    close + 2 < len(doc) and doc[close + 2].tag_ == "NN"):
                nouns.append(_kind_noun(doc, close + 1))  # "the Y (Z) party"
            after = close + 1 if close is not None else j
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in {"a", "an"}:
            nouns.append(_noun_after_appositive(doc, after + 2, len(doc), kinds))  # "Y, a Moldovan party", "Y (Z), an independent refinery"
        nouns.append(_noun_after_name(doc, j, len(doc), kinds))  # "the Y ransomware group" (H2)
        found += [(cluster, n) for n in nouns if n]
    return found
