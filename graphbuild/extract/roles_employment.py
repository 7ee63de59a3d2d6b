"""holds_role stated by an employment or membership verb, read over the dependency parse.

The GUIDELINES count "every person for whom the text states a post, title, employment or membership at an
organization". Without a post noun the verb states it:

- "X works / worked for, at, in Y", "X served in Y", "X is employed by / at Y", "X belongs to Y": employment or
  membership of Y ("employee" at a company or public body, "member" of any other organization);
- "X worked as a coder with development duties in Y": the job after "as" (a post of the title lexicon) at the body
  its phrase reaches through prepositions;
- "X has worked on fraud projects for Y", "X has been involved in development activity for Y": the body's own work
  done for it ("involved in the procurement of engines for Y", trade with Y, is a supplier's part);
- "X was part of the internal tools team for Y": membership of a unit of Y;
- "X was a central actor in Y": a part in the body itself;
- "X's former employer, Y": employment named by the employer noun.

Only these verbs: "worked with Y", "is associated with Y", "does business with Y", "provides services to Y", "supplied
Y" state ties between parties, never employment or membership. The person must be the verb's subject (or the subject
of the verb it is coordinated with; "he" / "she" name the paragraph's person, as `coref.person_for_pronoun`
decides), and the body an organization the document names (or "the group" / "the cartel", the last body so named).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_lemmas
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME

EMPLOYER_PREPS = {"for", "at", "in", "within"}
WORK_LEMMAS = {"work"}
SERVE_LEMMAS = {"serve"}
# nouns of a part in a body ("a central actor in Y", "a key player in Y"); "figure" is a title head already
PART_NOUNS = {"actor", "player", "participant"}
UNIT_NOUNS = {"team", "group", "unit", "cell", "office", "department", "division", "wing", "branch", "section", "crew",
              "squad", "committee", "council", "staff"}
PAST_WORDS = {"was", "were", "had", "previously", "formerly", "once"}
# work done for a body that is trade with it, not work inside it
TRADE_NOUNS = {"procurement", "purchase", "supply", "sale", "shipment", "delivery", "transfer", "transport", "export",
               "import", "acquisition", "financing", "payment", "contract", "deal", "trade", "transaction", "order",
               "service", "logistics", "shipping"}


def employment_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]],
                     pronouns: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """Posts stated by employment and membership verbs for the people of one sentence (see the module doc), and for
    its he/she subjects ("He previously worked for Y": `roles_links.pronoun_people`), at a lower confidence."""
    doc = sent.doc
    subjects = [(doc[m.start:m.end].root, cluster, 0.7) for m, cluster in people]
    subjects += [(doc[m.start], cluster, 0.65) for m, cluster in pronouns]
    for root, cluster, confidence in subjects:
        for verb in _person_verbs(root):
            found = _stated_post(ctx, sent, verb)
            if found is None:
                continue
            org, role = found
            if org is cluster:
                continue
            former = verb.tag_ == "VBD" or any(t.lower_ in PAST_WORDS for t in verb.children if t.dep_ in {"aux", "auxpass", "advmod"})
            role_class = ctx.gaz.title_heads.get(role.split()[-1].lower(), "member")
            yield relation("holds_role", ref(cluster), ref(org), sent, NAME, confidence, role=role, role_class=role_class,
                           current=not former)


def employer_roles(ctx: DocContext, sent: Span) -> Iterator[Relation]:
    """"X's (former) employer, Y" / "Y, X's employer": X is (was) an employee of Y."""
    lemmas = token_lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] != "employer":
            continue
        tok = sent.doc[i]  # a `Token` only for the noun (issue 18, S19)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        person = ctx.entity(ctx.resolver.mention_at(owner.i)) if owner is not None else None
        if person is None or person.type != "Person":
            continue
        named = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
        org = next((o for n in named for o in [_body_at(ctx, n)] if o is not None), None)
        if org is None:
            continue
        former = any(c.lower_ in {"former", "previous", "onetime", "ex"} for c in tok.children if c.dep_ == "amod")
        yield relation("holds_role", ref(person), ref(org), sent, NAME, 0.7, role="employee",
                       role_class=ctx.gaz.title_heads.get("employee", "employee"), current=not former)


def _body_at(ctx: DocContext, tok: Token) -> Cluster | None:
    """The organization a noun phrase's head names."""
    mention = ctx.resolver.mention_at(tok.i)
    org = ctx.entity(mention) if mention is not None and mention.label == "ORG" else None
    return org if org is not None and org.is_plain_body else None


def _person_verbs(root: Token) -> list[Token]:
    """The verbs a name is the subject of: its head ("X works for Y"; "A and B work for Y" for B too), the verbs
    coordinated with it that have no subject of their own, and a relative clause on the name ("X, who works for Y")."""
    subject = root
    while subject.dep_ == "conj" and subject.head.i < subject.i:
        subject = subject.head  # "A and B work for Y": B's verb is A's
    if subject.dep_ == "appos" and subject.head.i < subject.i and subject.head.dep_ in {"nsubj", "nsubjpass"} \
            and subject.head.is_lower:  # "Its manager, X, previously worked as ...": the name the subject is apposed to
        subject = subject.head
    verbs: list[Token] = []
    if subject.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(subject.head)
        if subject.head.lemma_ == "be":  # "X is a Somali national who has worked for Y as ...": the clause on the
            verbs += [c for a in subject.head.children if a.dep_ == "attr"  # complement describes X (R30)
                      for c in a.children if c.dep_ == "relcl" and _relative_subject(c)]
    verbs += [c for c in root.children if c.dep_ == "relcl" and _relative_subject(c)]
    return verbs + [c for v in list(verbs) for c in v.conjuncts if c.i > v.i and c.pos_ in {"VERB", "AUX"}
                    and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]


def _relative_subject(clause: Token) -> bool:
    """The relative clause's subject is its relative pronoun ("who works for Y"), not a noun of its own."""
    return any(d.dep_ in {"nsubj", "nsubjpass"} and d.lower_ in {"who", "that"} for d in clause.children)


def _stated_post(ctx: DocContext, sent: Span, verb: Token) -> tuple[Cluster, str] | None:
    """(body, role) that a verb of the person states, or None."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    preps = [c for c in verb.children if c.dep_ in {"prep", "dative", "agent"}]
    if lemma in WORK_LEMMAS | SERVE_LEMMAS and not passive:
        as_nouns = [p for c in preps if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        for noun in as_nouns:  # "worked as a coder with development duties in Y": the job at the body its phrase reaches
            if any(c.dep_ == "poss" for c in noun.children):
                continue  # "serves as Y's head of finance for Z": a possessed title, the title rules read its body
            if noun.lemma_.lower() in ctx.gaz.title_heads or noun.lower_ in ctx.gaz.title_heads:
                org = _body_below(ctx, noun, depth=3)
                if org is not None:
                    return org, _noun_phrase(noun)
                titled = _titled_post(ctx, sent, noun)  # "worked as chief engineer of Y", "as head of security at Y"
                if titled is not None:
                    return titled
        job = (_job_noun(ctx, as_nouns) or _bare_title(ctx, as_nouns)) if lemma in WORK_LEMMAS else None
        if job is not None:  # "has worked for Y as a money launderer / as a shipping coordinator": the job the work for Y is done as
            # "works as a penetration tester for Y": the parser hangs "for Y" on the job (H10)
            held = preps + [c for c in job.children if c.dep_ == "prep"]
            org = next((o for p in held if p.lower_ in {"for", "at"} and _names_body(ctx, p) for o in [_object_body(ctx, p)] if o is not None), None)
            if org is not None:
                return org, _noun_phrase(job)
        if as_nouns:
            return None  # "served as X ...": the title rules read it
        for prep in preps:
            word = prep.lower_
            if word in EMPLOYER_PREPS and (lemma in WORK_LEMMAS or word in {"in", "within"}):
                org = _object_body(ctx, prep)  # "works for Y", "served in Y"
                if org is not None:
                    return org, _bare_role(org, lemma)
            if word in {"on", "in"} and lemma in WORK_LEMMAS:  # "worked on fraud projects for Y"
                org = _group_for(ctx, prep)
                if org is not None:
                    return org, "member"
        return None
    if lemma == "involve" and passive:  # "has been involved in development activity for Y"
        org = _first_body(ctx, preps, {"in"}, _group_for)
        return (org, "member") if org is not None else None
    if lemma == "employ" and passive:  # "is employed by / at Y"; active "Y employs X" is read from Y's side
        if any(p.lower_ == "as" for p in preps):
            return None  # "employed by Y as a manager": the title rules read the post
        org = _first_body(ctx, preps, {"by", "at", "in"})
        return (org, "employee") if org is not None else None
    if lemma == "belong" and not passive:  # "X belongs to Y"
        org = _first_body(ctx, preps, {"to"})
        return (org, "member") if org is not None else None
    if lemma == "be":
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            if attr.lemma_.lower() in PART_NOUNS:  # "was a central actor in Y"
                org = _first_body(ctx, [p for p in attr.children if p.dep_ == "prep"], {"in", "within"})
                if org is not None:
                    return org, _noun_phrase(attr)
            if attr.lower_ == "part":  # "was part of the internal tools team for Y"
                org = _unit_owner(ctx, attr)
                if org is not None:
                    return org, "member"
    return None


def _titled_post(ctx: DocContext, sent: Span, noun: Token) -> tuple[Cluster, str] | None:
    """(body, role) the title lexicon reads for the title whose head is `noun` ("chief engineer of Y": Y; "minister of
    Z Policies in the Ministry of Economy": the ministry, Z a field), not an area the post covers. The role is the
    title's own words: the noun's modifiers before it would cut "head of security" to "head" and "chief of staff" to
    "chief" (RVP, review of VP's thirty-second session change)."""
    title = next((t for t in ctx.titles_in(sent) if t.start <= noun.i < t.end), None)
    if title is None or title.org is None or title.area or not title.org.is_plain_body:
        return None
    return title.org, title.role


def _first_body(ctx: DocContext, preps: list[Token], words: set[str],
                find: Callable[[DocContext, Token], Cluster | None] | None = None) -> Cluster | None:
    """The first body `find` (`_object_body` by default) reads off one of `preps` whose word is in `words`: "is
    employed by Y", "belongs to Y", "was involved in activity for Y" (issue 13, C5: four loops wrote it out)."""
    find = find or _object_body
    return next((o for p in preps if p.lower_ in words for o in [find(ctx, p)] if o is not None), None)


def _object_body(ctx: DocContext, prep: Token) -> Cluster | None:
    """The organization named by a preposition's object ("for the Y Group"; "in the group": the last group named)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    mention = ctx.resolver.mention_at(obj.i)  # none for "Y recruitment efforts": Y only qualifies another noun
    if mention is None:
        if obj.lower_ in ctx.gaz.anaphora_heads and any(c.lower_ == "the" for c in obj.children) \
                and not any(c.dep_ in {"amod", "compound", "prep"} for c in obj.children):
            org = ctx.resolver.last_of_kind(obj.i, obj.lower_)  # "a central actor in the group"
            return org if org is not None and org.is_plain_body else None
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if obj.lower_ in UNIT_NOUNS and owner is not None:  # "in Y's finance department": a unit of Y
            mention = ctx.resolver.mention_at(owner.i)
        if mention is None:
            return None
    if mention.label != "ORG":
        return None
    org = ctx.entity(mention)
    return org if org is not None and org.is_plain_body else None


def _body_below(ctx: DocContext, noun: Token, depth: int) -> Cluster | None:
    """The organization reached from a noun through prepositional phrases ("coder with duties in Y"), the last
    preposition naming a place of work ("for", "at", "in", "within")."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ in EMPLOYER_PREPS:
            org = _object_body(ctx, prep)
            if org is not None:
                return org
        if depth > 1 and prep.lower_ in EMPLOYER_PREPS | {"with"}:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and ctx.resolver.mention_at(obj.i) is None:
                org = _body_below(ctx, obj, depth - 1)
                if org is not None:
                    return org
    return None


def _group_for(ctx: DocContext, prep: Token) -> Cluster | None:
    """"on fraud projects for Y", "in development activity for Y": the body the work is done for, when the work is
    the body's own (no trade with it: "involved in the procurement of engines for Y" is a supplier's part)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or ctx.resolver.mention_at(obj.i) is not None or obj.lemma_.lower() in TRADE_NOUNS | {"behalf"} \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return None
    for inner in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"):
        org = _object_body(ctx, inner)
        if org is not None and org.type != "PublicBody":
            return org
    return None


def _unit_owner(ctx: DocContext, part: Token) -> Cluster | None:
    """"part of the internal tools team for / of / at Y": Y, owner of the unit."""
    for of in (c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"):
        unit = next((c for c in of.children if c.dep_ == "pobj"), None)
        if unit is None or unit.lower_ not in UNIT_NOUNS or ctx.resolver.mention_at(unit.i) is not None:
            continue
        for prep in (c for c in unit.children if c.dep_ == "prep" and c.lower_ in EMPLOYER_PREPS | {"of"}):
            org = _object_body(ctx, prep)
            if org is not None:
                return org
    return None


def _names_body(ctx: DocContext, prep: Token) -> bool:
    """The preposition's object is a name ("for the Sinaloa Cartel"), not "the group" (whose body is a guess)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and ctx.resolver.mention_at(obj.i) is not None


NOT_JOBS = {"part", "result", "means", "way", "well", "such", "cover", "front", "proxy", "conduit", "example"}


def _job_noun(ctx: DocContext, as_nouns: list[Token]) -> Token | None:
    """The job after "as" that no title of the lexicon names ("as a cook", "as a money exchanger", "as its chief chemical
    buyer"): a lower-case common noun. A title head is the title rules' ("as a manager"); "as part of", "as a front"
    name no job."""
    noun = as_nouns[0] if len(as_nouns) == 1 else None
    if noun is None or not noun.is_lower or noun.tag_ not in {"NN", "NNS"} or noun.lower_ in NOT_JOBS:
        return None
    if noun.lemma_.lower() in ctx.gaz.title_heads or noun.lower_ in ctx.gaz.title_heads or ctx.resolver.mention_at(noun.i) is not None:
        return None
    return noun


def _bare_title(ctx: DocContext, as_nouns: list[Token]) -> Token | None:
    """A title of the lexicon after "as" with no body of its own ("has worked for Y as a shipping coordinator", R30):
    the body is the one worked for. A possessed title ("as Z's coordinator") or one reaching a body through its
    prepositions is the title rules' (`_stated_post` tried it first)."""
    noun = as_nouns[0] if len(as_nouns) == 1 else None
    if noun is None or not noun.is_lower or noun.tag_ not in {"NN", "NNS"} or ctx.resolver.mention_at(noun.i) is not None:
        return None
    if noun.lemma_.lower() not in ctx.gaz.title_heads and noun.lower_ not in ctx.gaz.title_heads:
        return None
    if any(c.dep_ in {"poss", "prep"} for c in noun.children):
        return None
    return noun


def _bare_role(org: Cluster, lemma: str) -> str:
    """"works for a company": an employee; "served in / works for a group or force": a member."""
    return "employee" if lemma in WORK_LEMMAS and org.type in {"Company", "PublicBody"} else "member"


def _noun_phrase(noun: Token) -> str:
    """The noun with its adjectives and compounds before it: "central actor", "senior administrator"."""
    words = [t for t in noun.lefts if t.dep_ in {"amod", "compound"} and t.i >= noun.i - 3] + [noun]
    return " ".join(t.text for t in words)
