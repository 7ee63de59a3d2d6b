"""The body a possessive common noun before a title names by the words of its name: "the central bank's governor"
after "the Central Bank of Y", "the coalition's political coordinator" after "Coalition des Forces ... (CFPRC)".

`titles._build` reads "the <noun>'s <title>" through the anaphora nouns (`coref.refers_back`: "the company's", the
head noun of a body named before, a noun the document described a body with). A noun with a modifier ("the central
bank's") or one that is neither ("the coalition's" when the name is not English, so its head noun is another word) was
read as no body, and the title had none. Here the words themselves must be words of the body's name, so "the central
bank's governor" is never the governor of a commercial bank named last (twenty-eighth session, PV).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster, DocResolver, refers_back

__all__ = ["named_noun_owner"]

#: Entity types that own no post a possessive title names.
NOT_OWNERS = frozenset({"Person", "Country", "SanctionsProgram", "Vessel"})
#: At most this many modifiers between "the" and the noun ("the central bank's", "the national oil company's").
MAX_MODIFIERS = 2


def _words(name: str) -> set[str]:
    return {w.casefold().strip(".,()'\u2019") for w in name.replace("-", " ").split()}


def named_noun_owner(doc: Doc, ctx: DocResolver, sent: Span, mark: int) -> tuple[Cluster, int] | None:
    """(body, index of "the") for "the [modifiers] <noun>'s" with the possessive mark at `mark`, when a plain body named
    before the phrase holds the noun and every modifier among the words of its name, and no other body does (two banks
    named before make "the central bank's" name neither, and so does a place the sentence names first that the body's
    name lacks: twenty-eighth session, RP). The noun
    is a singular lower-case common noun and no title head ("the president's adviser" names a person's tie); the
    modifiers lower-case adjectives or nouns; no mention inside the phrase (a named owner is the caller's)."""
    noun = mark - 1
    if noun <= sent.start or doc[noun].tag_ != "NN" or not doc[noun].is_lower or not doc[noun].is_alpha \
            or doc[noun].lower_ in ctx.gaz.title_heads or doc[noun].lower_ in ctx.gaz.not_roles:
        return None
    k = noun - 1
    while k > sent.start and noun - k <= MAX_MODIFIERS and doc[k].is_lower and doc[k].is_alpha and doc[k].tag_ in {"JJ", "NN"}:
        k -= 1
    if doc[k].lower_ != "the" or any(ctx.mention_at(x) is not None for x in range(k, mark)):
        return None
    wanted = {t.lower_ for t in doc[k + 1:mark]}
    if k + 1 == noun and refers_back(ctx.gaz, doc[noun].lower_, ctx):
        return None  # "the company's": the anaphora rules' (a None there is their answer, "either of two parties")
    found = [c for c in ctx.clusters if c.type not in NOT_OWNERS and c.is_plain_body and c.first_token < k and wanted <= _words(c.name)]
    if len({id(c) for c in found}) != 1:
        return None  # none, or two ("the Central Bank of Y and the Central Bank of Z ... the central bank's governor"):
        # the words name neither one (RP)
    if _another_place(doc, sent, k, _words(found[0].name)):
        return None
    return found[0], k


def _another_place(doc: Doc, sent: Span, k: int, name_words: set[str]) -> bool:
    """The sentence names a place before the phrase that the body's name does not hold ("The Central Bank of Z ...
    In Y, the central bank's governor"): the noun is that place's body, which the document did not name (RP)."""
    return any(e.label_ == "GPE" and sent.start <= e.start and e.end <= k and not _words(e.text) <= name_words
               for e in doc.ents)
