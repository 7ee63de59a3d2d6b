"""Names the release says are NOT designated ("Lin and Chen are not being designated today").

Treasury names people and firms beside a designation -- a designee's owner, relative or manager -- and often says in
so many words that they are left out: "Its owner, X, is not being designated today", "X and Y are not designated
today", "Z, who is not designated, ...", "X was charged in ... and is not being designated". The sentence rules skip a
negated verb (designations.py), but the structural rules (a bold name, a list item, a name line of a release that
designates) read such a name as a designee all the same. `denied_names` gives the names a negated designation verb
has as its subject, so those rules leave them out. Issue 13 (D12).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..nlp.token_words import tokens_lowered
from .context import DocContext
from .designation_mood import unrealised
from .designation_tense import SUBJECTS, about_earlier, about_today
from .designation_verbs import REPORTED_CLAUSE_LEMMAS
from .designation_windows import negated, with_conjuncts
from .denied_referents import referent

#: The participles of a negated designation ("is not being designated", "was not sanctioned today"), and those of
#: another government's notice or a story ("X is not listed today", "was not named in the action"; DP, 34th session).
DENIED_VERBS = frozenset({"designated", "sanctioned", "redesignated", "listed", "named"})
RELATIVES = frozenset({"who", "which", "that"})
#: The listing verbs among them: "listed" and "named" have senses of their own ("is not listed on any stock exchange",
#: "is not named as a shareholder"), so they deny only when they say nothing more or name the action or list itself.
LISTING_VERBS = frozenset({"listed", "named"})
#: What a listing verb's denial may be "in", "on" or "by": the action or its list ("was not named in the action").
LISTING_PLACES = frozenset({"action", "designation", "sanction", "list", "listing", "notice", "announcement", "release",
                            "measure", "package", "round", "annex", "schedule", "regulation", "order", "tranche", "regime"})
#: Complements that give a listing verb another sense ("named deputy minister", "listed as the owner").
OTHER_SENSE_DEPS = frozenset({"oprd", "attr", "xcomp", "acomp", "dobj"})


def _subjects(verb: Token) -> Iterator[Token]:
    """The subject of the verb: its own, else that of the verb it is coordinated with ("was charged ... and is not being
    designated"); a relative pronoun stands for the noun its clause describes ("X, who is not designated")."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not own and verb.dep_ == "conj":
        own = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if not own and verb.dep_ in {"relcl", "acl"}:
        own = [verb.head]
    for tok in own:
        yield verb.head if tok.lower_ in RELATIVES and verb.dep_ == "relcl" else tok


#: The active forms of a negated designation ("OFAC is not designating X today"): their object is the name denied.
DENIED_ACTIVE = frozenset({"designating", "sanctioning"})


def _objects(verb: Token) -> Iterator[Token]:
    """The direct object of an active verb ("is not designating X today")."""
    yield from (c for c in verb.children if c.dep_ in {"dobj", "obj"})


def denied_names(ctx: DocContext) -> set[str]:
    """Names (case-folded, as the clusters give them) of the entities a negated designation verb has as its subject,
    or as its object when the verb is active ("OFAC is not designating X today", issue 13, D15). Not a statement about
    the past ("X has not previously been designated", "was not previously sanctioned by any government", "was not
    designated in 2019"): it says nothing against today's action, which the bold name or list item states (D19)."""
    return {name for name, verb, _, participle in _denials(ctx) if not about_earlier(verb) and not about_earlier(participle)}


def outright_denials(ctx: DocContext) -> dict[str, set[int]]:
    """Name -> the starts of the sentences that deny it a designation by any body: not "X is not designated by OFAC
    today" (the State Department may designate X below), D18."""
    out: dict[str, set[int]] = {}
    for name, verb, sent_start, participle in _denials(ctx):
        if not _by_agent(verb, participle) and _of_today(verb, participle):
            out.setdefault(name, set()).add(sent_start)
    return out


def _by_agent(verb: Token, participle: Token) -> bool:
    """The denial names its body ("is not designated by OFAC today", "is not among those sanctioned by OFAC today"):
    another body may designate the name (D18)."""
    return any(c.dep_ == "agent" for t in {verb, participle} for c in t.children)


#: The present of the copula of "X is not among those designated" (P17).
PRESENT_COPULA = frozenset({"VBZ", "VBP"})


def _of_today(verb: Token, participle: Token) -> bool:
    """The denial is of today's action: `about_today`'s present or "today" on the verb, or, for "X is not among those
    designated (today)", the copula in the present or "today" on the participle, neither dated earlier (P17: the copula
    is no progressive, so `about_today` alone read "X is not among those designated today" as no outright denial)."""
    if verb is participle:
        return about_today(verb)
    if about_earlier(verb) or about_earlier(participle):
        return False
    return verb.tag_ in PRESENT_COPULA or about_today(verb) or about_today(participle)


def retractions(ctx: DocContext) -> dict[str, set[int]]:
    """Name -> the starts of the sentences that withdraw a designation the document told in the past tense, in
    reported speech or a correction: "X was not among those sanctioned, a Treasury spokesperson later said", "A
    spokesperson said X was not designated" (P16). Unlike `outright_denials` (today's action), the past tense here
    is the story's own: the designations it withdraws may be undated ("on Tuesday" in a story without a date)."""
    out: dict[str, set[int]] = {}
    for name, verb, sent_start, participle in _denials(ctx):
        if not _by_agent(verb, participle) and not about_earlier(verb) and not about_earlier(participle) and reported(verb):
            out.setdefault(name, set()).add(sent_start)
    return out


def absolute_date(date: str | None) -> bool:
    """A designation's date written as a year or a day of the calendar ("2019", "2026-03-02"): an earlier action (one
    not in force) so dated is of its own, which a retraction of the story's action leaves standing; "Tuesday" (a
    story without a date) or none is not."""
    return bool(date) and date[:4].isdigit()


#: Verbs of saying that report a denial ("..., a spokesperson later said", "officials told reporters that ..."): the
#: verbs whose complement is a reported clause (`designation_verbs.REPORTED_CLAUSE_LEMMAS`, P17).
REPORTING_DENIAL = REPORTED_CLAUSE_LEMMAS
#: Words of a correction ("correcting an earlier statement", "In a correction, ...").
CORRECTING = frozenset({"correcting", "correction", "corrected", "clarifying", "clarification"})


def reported(verb: Token) -> bool:
    """The negated verb's clause is reported by a verb of saying (its head, or one it heads as a parenthetical "...,
    a spokesperson said") or its sentence corrects an earlier statement."""
    if verb.dep_ in {"ccomp", "parataxis"} and verb.head.lemma_.lower() in REPORTING_DENIAL:
        return True
    if any(c.dep_ in {"ccomp", "parataxis"} and c.lemma_.lower() in REPORTING_DENIAL for c in verb.children):
        return True
    return any(t.lower_ in CORRECTING for t in verb.sent)


def listing_denial(verb: Token) -> bool:
    """A negated listing verb denies a designation: "X is not listed today", "was not named in the action"; not "X
    is not listed on any stock exchange", "is not named as a shareholder", "who is expected to be named deputy minister"
    (a bold or stated designee lost its designation to such a sentence)."""
    if not negated(verb) or any(c.dep_ in OTHER_SENSE_DEPS for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ not in {"in", "on", "by", "under"} \
                or any(c.dep_ == "pobj" and c.lemma_.lower() not in LISTING_PLACES for c in prep.children):
            return False
    return True


def among_those(tok: Token) -> Token | None:
    """"X was not among those sanctioned", "X is not among the individuals designated today", "X is not among the
    listed persons" (the participle before its noun; DP, 34th session): the copula whose subject the participle's
    group leaves out, or None."""
    if tok.dep_ not in {"acl", "amod"} or tok.head.dep_ != "pobj":
        return None
    among = tok.head.head
    if among.lower_ != "among" or among.head.lemma_.lower() != "be":
        return None
    return among.head


#: Nouns a negated copula denies a name's part in an action with ("X is not a subject of today's action", "is not a
#: target of this action"), and the action nouns after their "of" (SB, twenty-fifth session, from unread_af).
DENIED_PART_NOUNS = frozenset({"subject", "target", "designee"})
ACTION_OF = frozenset({"action", "designation", "sanction"})


def not_part_of_action(tok: Token) -> Token | None:
    """"His brother-in-law, X, is not a subject of today's action" (or "is not subject to today's action"): the negated
    copula whose complement `tok` ("subject", "target") is of an action, or None."""
    if tok.dep_ not in {"attr", "acomp"} or tok.head.lemma_.lower() != "be" or not negated(tok.head):
        return None
    link = "of" if tok.dep_ == "attr" else "to"  # "not a subject of today's action", "not subject to today's action" (rsb)
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == link):
        if any(c.dep_ == "pobj" and c.lemma_.lower() in ACTION_OF for c in of.children):
            return tok.head
    return None


def _copula_subjects(ctx: DocContext, copula: Token, tok: Token) -> Iterator[tuple[str, Token, int, Token]]:
    """The denial of each named subject (with its conjuncts) of a negated copula: "X and Y are not among those
    designated", "X is not a subject of today's action"; `tok` is the word that made the copula a denial."""
    for subject in _subjects(copula):
        for t in with_conjuncts(subject):
            cluster = ctx.entity(ctx.resolver.mention_at(t.i))
            if cluster is not None:
                yield cluster.name.casefold(), copula, tok.sent.start, tok


def _denials(ctx: DocContext) -> Iterator[tuple[str, Token, int, Token]]:
    """(case-folded name, negated verb, start of its sentence, the designation's participle) of each name a negated
    designation denies; the participle is the verb itself but in "X is not among those designated", where the negated
    verb is the copula."""
    for i in tokens_lowered(ctx.doc, DENIED_VERBS | DENIED_ACTIVE | DENIED_PART_NOUNS):  # a verb, an active one, a part noun
        tok = ctx.doc[i]
        if tok.lower_ in DENIED_PART_NOUNS:
            copula = not_part_of_action(tok)
            if copula is not None:
                yield from _copula_subjects(ctx, copula, tok)
            continue
        copula = among_those(tok) if tok.lower_ in DENIED_VERBS else None
        if copula is not None and negated(copula):
            yield from _copula_subjects(ctx, copula, tok)
            continue
        active = tok.lower_ in DENIED_ACTIVE
        if not tok.tag_.startswith("VB") or not (negated(tok) or unrealised(tok) and not active):
            continue
        if tok.lower_ in LISTING_VERBS and not listing_denial(tok):
            continue  # "X is not listed on any stock exchange": no word about the action (review RDP, 34th session)
        for subject in (_objects(tok) if active else _subjects(tok)):
            for t in with_conjuncts(subject):
                cluster = ctx.entity(ctx.resolver.mention_at(t.i)) or referent(ctx, t)
                if cluster is not None:
                    yield cluster.name.casefold(), tok, tok.sent.start, tok


#: Nouns of a designation that a release can say it announces none of ("does not announce any new designations").
#: Not `described_dates.EARLIER_ACTION_NOUNS` (nouns an "earlier" dates): a different set, so a different name.
DENIED_ACTION_NOUNS = frozenset({"designation", "designations", "sanction", "sanctions"})
NOBODY = frozenset({"no", "none", "nobody", "neither"})


def designates_nobody(ctx: DocContext) -> bool:
    """The release says it designates nobody: "No persons are being designated today", "The advisory names the following
    officials, none of whom is being sanctioned at this time", "Today's advisory does not announce any new
    designations" (an advisory, a report, a court story). Its bold words, quoted titles and lists then name no
    designee of the release."""
    for i in tokens_lowered(ctx.doc, DENIED_VERBS | DENIED_ACTION_NOUNS):  # no other token passes the tests below
        tok = ctx.doc[i]
        low = tok.lower_
        if low in DENIED_VERBS and tok.tag_ == "VBN":
            subject = next(_subjects(tok), None) if not negated(tok) else None  # "None of them was not sanctioned": all were
            if subject is not None and (subject.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)):
                return True  # "No persons are being designated", "none of whom is being sanctioned"
        elif low in DENIED_ACTION_NOUNS and tok.dep_ in {"dobj", "attr"}:
            verb = tok.head
            quantifier = {c.lower_ for c in tok.children if c.dep_ == "det"}
            if verb.lemma_.lower() in {"announce", "impose", "include"} \
                    and ("no" in quantifier or "any" in quantifier and negated(verb)):
                return True  # "does not announce any new designations", "announces no new sanctions"
    return False
