"""Names a designating sentence or a bold name gives as designees that the clause makes something else (issue 13, DQ).

A post holder past the release's count of people (`over_count`): "X's legal representative, **Y**, signed
the contracts", "The council is led by its president, **Y**, whom the Treasury designated in 2022": the name stands
in apposition to a post noun that belongs to another name and its clause says what the holder did, not that anyone
designates them (`related_party`; a designating word in the clause outside the name's own relative clauses, or a short
name "**Y** (Y)" after it, keeps it). Treasury and State designate officers in that very shape ("Its director, **Y**,
arranged the trucking"), so the clause alone does not drop it: only where a body's one counted statement ("four
entities and three individuals") leaves no room for it. A person's unit after "of" (`unit_of_person`): "designating
Colonel X of the ... 14th Mountain Brigade" names the brigade to say who the colonel is.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref
from .context import DocContext
from .described_targets import number_of
from .designation_verbs import ACTING_VERBS, IMPOSED_NOUNS
from .named_bodies import same_body
from .release import ANY_NOUNS, ORG_NOUNS, PERSON_NOUNS, VESSEL_NOUNS

#: The group nouns that are not people's: a people noun joined to one shares its number.
OTHER_NOUNS = frozenset(ORG_NOUNS | ANY_NOUNS | VESSEL_NOUNS)

#: Lemmas that state an action on the clause's names: the designation verbs and the nouns and verbs news stories use
#: for it ("was hit with sanctions", "was named as well", "was added", "assets were frozen").
ACTION_LEMMAS = frozenset(ACTING_VERBS | IMPOSED_NOUNS | {"designation", "designee", "hit", "name", "add", "include",
                                                         "freeze", "block", "impose", "penalize"})
#: A name after "including" belongs to the noun before it ("MODAFL officials, including **X**").
INCLUDING = frozenset({"including", "include", "includes"})


def post_holder(sent: Span, m: Mention) -> Token | None:
    """The post noun the name stands beside when that noun belongs to another name ("X's legal representative, **Y**",
    "its president, **Y**", "X officials, including **Y**"), else None."""
    tok = sent.doc[m.start:m.end].root
    if tok.dep_ == "appos":
        noun = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in INCLUDING and tok.head.head.i != tok.head.i:
        noun = tok.head.head
    else:
        return None
    if not noun.is_lower or noun.tag_ not in {"NN", "NNS"} or not sent.start <= noun.i < sent.end:
        return None
    owned = any(c.dep_ == "poss" for c in noun.children) \
        or noun.tag_ == "NNS" and any(c.dep_ == "compound" and c.tag_ in {"NNP", "NNPS"} for c in noun.children)
    return noun if owned else None


def _short_form_after(sent: Span, m: Mention) -> bool:
    """"X's general director, **Y** (Y), signs ...": a release defines a short name for the persons it designates."""
    return m.end + 1 < sent.end and sent.doc[m.end].text == "(" and sent.doc[m.end + 1].text[:1].isupper()


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose clause holds the noun (its head chain's first verb)."""
    tok = noun
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return tok if tok.pos_ in {"VERB", "AUX"} else None


def _statement_verb(noun: Token) -> Token | None:
    """The verb of the statement that holds the noun: its clause verb, past the relative clauses that describe a noun
    on the way ("four individuals who lead the militia and two individuals who finance it": the parser may hang the
    second count under "lead"; both are the one statement's, RD)."""
    verb = _clause_verb(noun)
    while verb is not None and verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
        above = _clause_verb(verb.head)
        if above is None:
            break
        verb = above
    return verb


def related_party(sent: Span, m: Mention) -> bool:
    """The name is a post holder of another name's (`post_holder`) and its clause holds no designating word outside
    the name's own subtree (its relative clause about an earlier action is no action of this clause)."""
    noun = post_holder(sent, m)
    if noun is None or _short_form_after(sent, m):
        return False
    verb = _clause_verb(noun)
    if verb is None:
        return False
    name_root = sent.doc[m.start:m.end].root
    own = {t.i for t in name_root.subtree}
    if name_root.dep_ == "pobj" and name_root.head.lower_ in INCLUDING:
        own.add(name_root.head.i)  # "X officials, including **Y**": the preposition is the name's, no action (RQ)
    clause = [t for t in verb.subtree if t.i not in own]
    return not any(t.lemma_.lower() in ACTION_LEMMAS or t.lower_ in {"sanctions", "designated", "sanctioned"} for t in clause)


def people_count(sent: Span) -> int | None:
    """The people one statement counts ("four entities and three individuals": 3, "four officials": 4), read from the
    words (a number, then a people noun), not the parse, which hangs "one individual pursuant to" anywhere; None when
    it counts none or counts people and firms with one number ("eight individuals and entities"). Only the counts of
    the first counted noun's clause add up: "two entities and one individual, and the Treasury is designating three
    individuals" counts one for the first statement; a count after "including" is a part of the one before it ("five
    individuals, including three officials": five; RQ's findings, thirtieth session DN)."""
    doc, total, verb = sent.doc, 0, None
    for i in range(sent.start, sent.end - 1):
        tok = doc[i]
        number = 1 if tok.lower_ == "one" else number_of(tok)
        n = _counted_noun(sent, i) if number is not None else None
        if n is None:
            if number is not None and _counts_unknown_kind(sent, i):
                return None  # "three officials, three businesspeople, and three companies": who the officials leave out is unsaid
            continue
        if n + 2 < sent.end and doc[n + 1].lower_ in {"and", "or"} and doc[n + 2].lower_ in OTHER_NOUNS:
            return None  # "eight individuals and entities": one number for both
        if total and any(a.lower_ in INCLUDING for a in doc[n].ancestors):
            continue  # "five individuals, including three officials": a part of the count before it ("10 targets, including three individuals": 3)
        own = _statement_verb(doc[n])
        if verb is not None and own is not None and own.i != verb.i:
            continue  # another statement's count ("..., and the Treasury is designating three individuals")
        verb = verb if verb is not None else own
        if any(doc[k].lower_ in PART_WORDS for k in range(i + 1, n)):
            return None  # "the leader of X and two other senior members": the count leaves out whom it names "other" to
        total += number
    return total or None


#: Describing words that make a count a part of the people: "the leader of X and two other senior members" designates
#: three, "three additional officials" some before them (thirty-first session, RD's review of `_counted_noun`).
PART_WORDS = frozenset({"other", "additional", "more", "further", "remaining"})

#: Words between a number and its people noun that describe the people ("three senior commanders", "two Iranian
#: nationals", "four Russia-based individuals", "six militia leaders"): at most this many.
DESCRIBING_WORDS = 3


def _counted_noun(sent: Span, i: int) -> int | None:
    """The index of the people noun the number at `i` counts: the next word, or the one after up to DESCRIBING_WORDS
    words that describe it (adjectives, nationality and place words, a noun in compound, a hyphen), read from the
    words with the tagger's parts of speech. A possessive ("three companies' senior officials") or any other word ends
    the search: None. Issue 13, thirty-first session DP: "sanctioned three senior commanders ... and five companies"
    counted no one, so the release's post holders past the count stayed designees."""
    doc = sent.doc
    for n in range(i + 1, min(sent.end, i + 2 + DESCRIBING_WORDS)):
        word = doc[n]
        if word.lower_ in PERSON_NOUNS:
            return n
        if word.lower_ in OTHER_NOUNS or word.tag_ == "POS" or (n + 1 < sent.end and doc[n + 1].tag_ == "POS"):
            return None
        describing = word.pos_ == "ADJ" or word.text == "-" or word.ent_type_ == "NORP" or \
            (word.pos_ in {"NOUN", "PROPN", "VERB"} and word.dep_ in {"compound", "amod", "npadvmod", "nmod"})
        if not describing:
            return None
    return None


#: Words on a statement's verb that make its count a part of the body's action ("OFAC is also sanctioning two ...").
ADDING_WORDS = frozenset({"also", "additionally", "further"})


def adds_to_earlier(sent: Span) -> bool:
    """The counting statement adds to another of its body ("OFAC is also sanctioning two senior executives" after
    "OFAC is sanctioning four distributors, along with their directors"): its count is a part, not the people of the
    whole action, whose other statement may count them by no number (thirty-first session DP; a readable release lost
    a director so). The word is on the action's verb: "two senior members, who also run a fuel firm" says more of the
    people, not of the action, and the count stays (RD's review)."""
    return any(t.lower_ in ADDING_WORDS and t.dep_ == "advmod" and t.head.pos_ in {"VERB", "AUX"}
               and t.head.lemma_.lower() in ACTION_LEMMAS for t in sent)


#: The dependencies of a statement's listed objects (the parser tags "businesspeople" a singular apposition).
LISTED_DEPS = frozenset({"dobj", "conj", "appos", "nsubjpass"})


def _counts_unknown_kind(sent: Span, i: int) -> bool:
    """The number at `i` counts a plural noun of no known kind (neither a people noun nor an organisation's, a vessel's
    or any target's: "three businesspeople", "two traders"), past the words describing it as `_counted_noun` reads
    them: people, maybe, whom the statement's people count leaves out (thirty-first session DP; a readable release
    counting "three Malagasy officials, three businesspeople" lost a designated director)."""
    doc = sent.doc
    for n in range(i + 1, min(sent.end, i + 2 + DESCRIBING_WORDS)):
        word = doc[n]
        if word.lower_ in OTHER_NOUNS or word.lower_ in PERSON_NOUNS or word.tag_ == "POS":
            return False
        if word.tag_ in {"NNS", "NN"} and word.dep_ in LISTED_DEPS and (n + 1 >= sent.end or doc[n + 1].pos_ not in {"NOUN", "PROPN"}):
            return True  # a listed object ("three businesspeople"), not "for two decades"
        if not (word.pos_ in {"ADJ", "NOUN", "PROPN"} or word.text == "-" or word.ent_type_ == "NORP"):
            return False
    return False


def _party_names(ctx: DocContext, read: set[tuple[int, int]]) -> set[str]:
    """The names whose every bold mention is a post holder's in a clause that designates no one (`related_party`) and
    that no sentence rule read a designation of."""
    seen: dict[int, bool] = {}
    names: dict[int, str] = {}
    for sent in ctx.sentences:
        for m in ctx.mentions_in(sent.start, sent.end):
            cluster = ctx.entity(m)
            if cluster is None or not m.bold:
                continue
            names[cluster.index] = cluster.name
            seen[cluster.index] = seen.get(cluster.index, True) and related_party(sent, m)
    designated = {index for index, _ in read}
    return {names[index] for index, party in seen.items() if party and index not in designated}


def over_count(ctx: DocContext, found: list[Relation], counts: Sequence[tuple[Span, object]],
               read: set[tuple[int, int]]) -> list[Relation]:
    """`found` without the related parties (`_party_names`) a body's one counted statement leaves no room for: "The
    Department of State is designating four entities and three individuals" and five people designated by it today,
    two of them "X's legal representative, **Y**, signed the contracts": the post holders go when they are no more than
    the count is exceeded by (more, and which of them the count leaves out is not said: all stay). Where the people extracted fit the count ("OFAC is designating seven individuals", seven found), a
    post holder stays: Treasury and State designate officers so ("Its director, **Y**, arranged the trucking"; issue 13,
    twenty-ninth session DQ)."""
    per_body: dict[str, list[int | None]] = {}
    for sent, authority in counts:
        number = people_count(sent)
        if number is not None and authority is not None:
            per_body.setdefault(ref(authority).name, []).append(None if adds_to_earlier(sent) else number)  # type: ignore[arg-type]
    parties: set[str] | None = None
    drop: set[tuple[str, str]] = set()
    for body, numbers in per_body.items():
        if len(numbers) != 1 or numbers[0] is None:
            continue  # two counts for one body: a part and the whole, or two actions; a count "also" adds to another
        people = {r.subject.name for r in found if r.relation == "designated_by" and r.current and r.subject.type == "Person"
                  and same_body(ctx, r.object.name, body)}
        excess = len(people) - numbers[0]
        if excess <= 0:
            continue
        parties = _party_names(ctx, read) if parties is None else parties
        if len(people & parties) > excess:
            continue  # more post holders than the count leaves out: which are counted, the text does not say
        for name in people & parties:
            drop |= {(name, r.object.name) for r in found if r.subject.name == name and same_body(ctx, r.object.name, body)}
    return [r for r in found if not (r.relation == "designated_by" and r.current and (r.subject.name, r.object.name) in drop)]


def unit_of_person(doc: Doc, m: Mention, targets: Sequence[tuple[Mention, Cluster]]) -> bool:
    """"designating Colonel X of the Kelvari Armed Forces' 14th Mountain Brigade, who ...": the name is the object of
    an "of" that hangs on another target, a person: his unit or employer, which the sentence names to say who he is,
    not a second designee (issue 13, DQ: a State statement's brigade given the State Department)."""
    root = doc[m.start:m.end].root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head.i
    return any(c.type == "Person" and t.start <= owner < t.end for t, c in targets if t is not m)


#: Words that open a relative clause describing the list item before them ("B, whose general director X is ...").
RELATIVE_WORDS = frozenset({"whose", "which", "who", "whom"})


def described_in_item(doc: Doc, m: Mention, trigger: Token, sent: Span) -> bool:
    """In a list whose items a semicolon parts ("designating four entities ...: A; B, whose general director X is a
    former deputy minister; and C"), the name after a relative word inside its item says who the item is; it is no
    item itself. Read from the words: the parser does not see the relative clause in such a run (it set X beside B).
    The clause ends at a comma after its verb ("A, which operates rigs, and B; ...": B is an item; RD). Issue 13,
    thirtieth session DN (a State statement's entities gave the State Department a person)."""
    if not any(doc[i].text == ";" for i in range(trigger.i + 1, sent.end)):
        return False
    start = trigger.i + 1
    for i in range(m.start - 1, trigger.i, -1):
        if doc[i].text in {";", ":"}:
            start = i + 1
            break
    inside = verb_seen = False
    for i in range(start, m.start):
        if doc[i].lower_ in RELATIVE_WORDS:
            inside, verb_seen = True, False
        elif inside and doc[i].pos_ in {"VERB", "AUX"}:
            verb_seen = True
        elif inside and verb_seen and doc[i].text == ",":
            inside = False  # the clause has said its say: "A, which operates rigs, and B; ...": B is an item (RD)
    return inside
