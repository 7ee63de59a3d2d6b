"""Kinds of (person, organization) pair the learned role scorer never scores (`roles_doc.doc_candidates`).

On the train study folds, dev and seeds/ they were most of the scorer's false additions, and a linear
score over generic cues could not push them all under its threshold; the annotation guidelines say
several of them are no post (a rank alone, nationality, kinship, "associate of").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.company_forms import folded_legal_forms
from ..nlp.gazetteers import Gazetteers
from ..nlp.kin_words import NATIONALITY_NOUNS, TIE_NOUNS
from ..nlp.mention import Mention
from .common import ref
from .context import DocContext
from .roles_common import RELATIVE_OBJECTS
from .roles_employment import SERVE_LEMMAS, _person_verbs
from .roles_prose import DESIGNATING_LEMMAS, _instructs
from .roles_respectively import _title_run
from .titles import Title
from .titles_words import RANK_HEADS

# Military ranks: a post only at the force the sentence names (GUIDELINES.md: a rank alone is skipped)
# Predicate nouns that state no post (GUIDELINES.md: nationality, family relations, "associate of" are skipped)
NOT_POST_NOUNS = NATIONALITY_NOUNS | {"native"} | TIE_NOUNS


def in_parenthesis_after(doc: Doc, end: int, token: int) -> bool:
    """`token` stands inside a parenthesis that opens right after position `end` (a title phrase's end)."""
    return end < len(doc) and doc[end].text == "(" and end < token and all(t.text != ")" for t in doc[end:token])


def kin_anchor(root: Token) -> bool:
    """The person is named only as whose relative or associate someone is ("a nephew of X")."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in NOT_POST_NOUNS


def agent_of_another(root: Token) -> bool:
    """The person is only the agent of what happened to another person ("he was appointed by President X", "who
    was hired by X"): X acted on someone's post, X's own post is not this body's."""
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return False
    verb = root.head.head
    return any(c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ in {"he", "she", "who"}) for c in verb.children)


def someone_elses(title_word: Token) -> bool:
    """The title is the object of "with" ("worked with an employee of Y", "met with the director of Y") or the direct
    object of a verb ("assisted leaders or officials of Y", "bribed the director of Y"): a post of the persons met or
    acted on, not of the sentence's subject (whose own post is an attribute: "is", "became", "served as")."""
    while title_word.dep_ == "conj" and title_word.head.i != title_word.i:
        title_word = title_word.head  # "leaders or officials of Y": the first of the coordinated titles
    return (title_word.dep_ == "pobj" and title_word.head.lower_ == "with") or (
        title_word.dep_ == "dobj" and title_word.head.pos_ == "VERB")


def inside_body_name(title: Title, mention: Mention | None) -> bool:
    """The title's words lie inside a longer name of a body or programme ("Department of Justice", "Rewards for
    Justice", "Office of the Prosecutor General"): they name that body, they are no one's post. `mention` is the
    mention at the title's first word."""
    return mention is not None and mention.label != "PERSON" and mention.start < title.start and title.end <= mention.end


#: head nouns of a body's name beyond the gazetteers' company and public-body words ("Targeting Center", "Design
#: Institute", "Smuggling Network"), and the words that open a body's name in Spanish or Portuguese ("Compania ...")
BODY_HEADS = {"institute", "center", "centre", "association", "organization", "organisation", "network", "foundation"}
BODY_OPENERS = {"compania", "compañía", "companhia", "empresa", "sociedad", "instituto", "institut"}
MIN_HEAD_LETTERS = 4  # gazetteer words this short ("ag", "co", "sa") are also parts of people's names


def body_named(name: str, gaz: Gazetteers) -> bool:
    """A "person" whose name ends with a body's head noun or a legal form, or opens with a Romance company word: the
    mentions typed a body as a person ("Terrorist Organization", "Compania Procesadora de ..."). It holds no post,
    so it is never the person of a candidate (twenty-fourth session, L: 330 such candidates in the training corpora,
    none of them a gold post; the refit put two false posts on them)."""
    words = [w.strip(".,()").casefold() for w in name.split()]
    if not words:
        return False
    heads = gaz.derived("body_head_words", _body_head_words)  # asked per person of every document: built once
    return words[-1] in heads or words[-1] in folded_legal_forms() or words[0] in BODY_OPENERS


def _body_head_words(gaz: Gazetteers) -> frozenset[str]:
    """The one-word company and public-body words long enough to be no part of a person's name, and `BODY_HEADS`."""
    return frozenset({w for w in gaz.company_words | gaz.public_body_words if " " not in w and len(w) >= MIN_HEAD_LETTERS}
                     | BODY_HEADS)


def title_word_body(title: Title | None, mention: Mention | None) -> bool:
    """The "body" is a piece of the person's own title: "U.S. Attorney General X" gives a body mention "Attorney"
    made of the title's head word. It names the post, not an employer, so it is never a candidate body for that
    person (twenty-fourth session, L: a learned post at "Attorney" came back with each refit). Only the title's words
    up to its complement (`title.end`) and only words of its head: "Central Bank Governor X" keeps its bank."""
    if title is None or mention is None or mention.label == "PERSON":
        return False
    if not (title.phrase_start <= mention.start and mention.end <= title.end):
        return False
    head = set(title.head.casefold().replace("-", " ").split())
    words = mention.text.casefold().replace("-", " ").split()
    return bool(words) and all(w in head for w in words)


def role_word_body(title: Title | None, mention: Mention | None, o_index: int) -> bool:
    """The "body" is a word of the person's own post at another body: "manager of the Aden branch of Y" gives a
    place mention "Aden" whose words the role holds ("manager of the Aden branch"). It says which unit of Y, not an
    employer (twenty-seventh session, TH: `titles_parts._place_unit_end` gives the post at Y; the place stayed a
    candidate, and the scorer took it once the rules' post had moved to Y)."""
    if title is None or mention is None or title.org is None or title.org.index == o_index or mention.label == "PERSON":
        return False
    inside = title.phrase_start <= mention.start and mention.end <= title.span_end
    return inside and f" {mention.text.casefold()} " in f" {title.role.casefold()} "


#: Verbs whose object says what the person is, not what the person did ("X is the head of Y", "X became ...").
STATE_LEMMAS = {"be", "become", "remain", "serve", "act"}


RELATIVE_SUBJECTS = {"who", "that"}


def doer_verb(person_root: Token) -> Token | None:
    """The verb the person does: the head of its subject, or its relative clause ("X, who retains interests in Y":
    a list item often states the person's dealings so; L1)."""
    if person_root.dep_ == "nsubj":
        return person_root.head
    for child in person_root.children:
        if child.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in RELATIVE_SUBJECTS for g in child.children):
            return child
    return None


def object_of_action(person_root: Token, org_token: Token) -> bool:
    """The body hangs below the direct object of the person's verb, not on the verb itself: "X managed the
    accounts of Y", "X bought shares of Y", "X arranged payments for Y", "X, who retains interests in Y" say what X
    did with something of Y, not that X holds a post at Y ("X manages Y", "X works for Y" do not hang below an
    object)."""
    verb = doer_verb(person_root)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in STATE_LEMMAS:
        return False
    token = org_token
    for _ in range(8):
        if token.dep_ == "dobj" and token.head.i == verb.i:
            return token.i != org_token.i and not token.ent_type_
        if token.dep_ not in {"pobj", "prep", "compound", "flat", "conj", "cc", "amod", "poss"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def possessor_of_thing(org_root: Token) -> bool:
    """The body is only the possessor of what the person belongs to ("X was part of Y's procurement network", "a
    member of Y's smuggling scheme"): without a title, that names no post at Y (a body's name inside the
    possessed noun phrase, "Y's Z Brigade", is a body mention of its own and is paired itself)."""
    head = org_root.head
    return org_root.dep_ == "poss" and head.i != org_root.i and head.pos_ == "NOUN" and not head.ent_type_


def unit_of_referred_body(ctx: DocContext, org_token: int) -> bool:
    """The body mention is a lower-case unit owned by a body referred to by its noun ("sits on the group's shura
    council", "the company's finance department"): a part of the referred body named by what it is, no body of its
    own, so no post is at it (a post there is at the referred body, which the rules read). The model tags such phrases
    an organization now and then. Twenty-eighth session, PV."""
    m = ctx.resolver.mention_at(org_token)
    doc = ctx.doc
    if m is None or m.start < 3 or not all(t.is_lower or not t.is_alpha for t in doc[m.start:m.end]):
        return False
    return doc[m.start - 1].tag_ == "POS" and doc[m.start - 2].is_lower and doc[m.start - 2].tag_ == "NN" \
        and doc[m.start - 3].lower_ == "the" and ctx.resolver.mention_at(m.start - 2) is None


def owner_of_held_unit(ctx: DocContext, org_token: int, held: set[str]) -> bool:
    """The body is written as the owner of a unit the person holds a rule post at, "a former commander of the
    Ministry of Defense's Special Operations Group": the post is the unit's and the owner is its `part_of` parent, no
    post of the person (M26, F1 item 5: N7's split of "<owner>'s <unit>" gave a current "member" of the owner, even
    beside a former post at the unit)."""
    m = ctx.resolver.mention_at(org_token)
    if m is None or m.end + 1 >= len(ctx.doc) or ctx.doc[m.end].tag_ != "POS":
        return False
    unit = ctx.resolver.mention_at(m.end + 1)
    cluster = ctx.resolver.cluster_of(unit) if unit is not None and unit.start == m.end + 1 else None
    return cluster is not None and ref(cluster).name.casefold() in held


def modifier_of_thing(org_root: Token, post_nouns: set[str]) -> bool:
    """The body's name only modifies a common noun ("X was among the buyers of Y shares", "Y funds"): without a
    title, no post at Y. Nouns that name a post, a group or a unit ("Y officials", "the Y network", "Y's media office")
    are not such things (`post_nouns`)."""
    head = org_root.head
    return (org_root.dep_ == "compound" and head.i != org_root.i and head.pos_ == "NOUN" and head.is_lower
            and not head.ent_type_ and head.lemma_.lower() not in post_nouns and head.lower_ not in post_nouns)


KIND_PREPS = {"of", "in", "within", "for"}
KIND_DETERMINERS = {"the", "this", "that", "its"}


def _named_after(noun: Token) -> bool:
    """The kind noun is followed by the body's own name ("the hotel company Y", "the group, Y,"): it names that body."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.text == "," and noun.i + 2 < len(doc):
        after = doc[noun.i + 2]
    return (after is not None and (after.pos_ == "PROPN" or bool(after.ent_type_))) or any(
        c.dep_ in {"appos", "compound", "npadvmod"} and c.pos_ == "PROPN" for c in noun.children)


def kind_body(ctx: DocContext, title: Title) -> int | None:
    """The body a title's "of the <kind noun>" names ("a senior member of the cartel", "the leader of the group"): the
    index of the body the noun refers back to (the resolver's `last_of_kind`, as for "the cartel" in the rules), -1
    when it refers to none ("the cartel" in a release that names no cartel), None when the title has no such
    complement or already names its body."""
    if title.org is not None or title.org_name:
        return None
    word = ctx.doc[title.end - 1]
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ not in KIND_PREPS:
            continue
        for noun in prep.children:
            if (noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ in ctx.gaz.anaphora_heads
                    and any(c.lower_ in KIND_DETERMINERS and c.dep_ in {"det", "poss"} for c in noun.children)
                    and not _named_after(noun)):
                body = ctx.resolver.last_of_kind(noun.i, noun.text)
                return body.index if body is not None else -1
    return None


def hopeless_reason(has_rule_post: bool, dist: int, clause: str | None, title: Title | None, o_index: int,
                    noun: tuple[str, str] | None, cues: list[str]) -> str | None:
    """Which kind of pair that (almost) never holds a gold post this one is (None: it is scored; the recall
    diagnosis counts the kinds):
    - the person's title names ANOTHER body ("X, Minister of A" paired with B);
    - the person is only a possessor or a relative's anchor ("X's son, an official of Y", "Z, the son of X, is ..."),
      or the title stands after "with" ("lives with the director of Y": the director is someone else), or the
      person acts on another person ("X placed Z in charge of Y", "Adviser X joined Secretary Z at Y") and nothing
      names a post at a body;
    - the only post is a predicate noun from another sentence, or one the guidelines say is no post (NOT_POST_NOUNS);
    - the rules already gave the person a post, and this body is not in the person's sentence or the post comes
      from another sentence (the rules' post is usually that one);
    - a rank alone ("X, a lieutenant general, ...") with the body outside the person's sentence;
    - the rules already gave a post, nothing names one for this body, and the body does not hang on the person's
      own verb ("X, Minister of A, ... B" but not "X worked for B");
    - the person only appointed or hired another ("he was appointed by President X")."""
    if title is not None and title.org is not None and title.org.index != o_index:
        return "title_other_body"
    if title is not None and title.org is None and title.org_name:
        return "title_implies_other"  # a title that implies another body by name
    if "d:pposs" in cues or "d:titlewith" in cues or ("d:placesperson" in cues and noun is None and (
            title is None or (dist == 0 and title.org is None and not title.org_name))):
        return "possessor_or_with"
    if "d:pagent" in cues:
        return "agent_of_another"
    if "d:postelsewhere=noun" in cues or (noun is not None and title is None and noun[1] in NOT_POST_NOUNS):
        return "noun_elsewhere_or_not_post"
    if has_rule_post and (dist > 0 or "d:postelsewhere=title" in cues):
        return "rulepost_elsewhere"
    if title is not None and title.org is None and title.head.lower() in RANK_HEADS and dist > 0:
        return "rank_alone"  # "X, a lieutenant general, ...": a rank names no body, and none is in the person's sentence
    if has_rule_post and title is None and noun is None and clause != "verb":
        return "rulepost_no_link"
    return None


#: Prepositions that tie the person's verb to a partner, not an employer: "worked with Y", "is associated with Y",
#: "joined forces with Y" (roles_employment: such ties are never employment or membership). "served with Y" (a unit
#: the person served in) keeps its candidate.
PARTNER_PREPS = {"with", "alongside"}


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase a name stands in ("the broker X": broker; "Y (ACR)": Y)."""
    while token.dep_ in {"compound", "appos", "flat", "conj"} and token.head.i != token.i:
        token = token.head
    return token


def partner_tie(person_root: Token, org_root: Token) -> bool:
    """The body is the object of "with" on one of the person's own verbs (roles_employment's reading of who the
    verb's subject is), or on that verb's direct object ("joined forces with Y"); or, the other way round, the body
    is the subject and the person the object of "with" ("Y has worked closely with the broker X")."""
    person, body = _phrase_head(person_root), _phrase_head(org_root)
    if person.dep_ == "pobj" and person.head.lower_ in PARTNER_PREPS and body.dep_ in {"nsubj", "nsubjpass"}:
        verb = person.head.head
        return body.head.i == verb.i and verb.lemma_.lower() not in SERVE_LEMMAS | DESIGNATING_LEMMAS
    if org_root.dep_ != "pobj" or org_root.head.lower_ not in PARTNER_PREPS:
        return False
    prep = org_root.head
    for verb in _person_verbs(person_root):
        if verb.lemma_.lower() in SERVE_LEMMAS | DESIGNATING_LEMMAS:
            continue  # "served with Y"; "was designated with / alongside Y" is about the sanction, not a tie
        if prep.head.i == verb.i or (prep.head.dep_ == "dobj" and prep.head.head.i == verb.i):
            return True
    return False


def ordered(person_root: Token, org_root: Token) -> bool:
    """"X directed Y to freeze the accounts", "X commanded Y to fire": the person orders the body (the rules' check,
    `roles_prose._instructs`), who is the verb's object (or, misparsed, the noun the verb modifies): no post at Y."""
    verb = doer_verb(person_root)
    if verb is None or not _instructs(verb):
        return False
    body = _phrase_head(org_root)
    return (body.dep_ == "dobj" and body.head.i == verb.i) or (verb.dep_ == "amod" and verb.head.i == body.i)


def on_behalf_of(person_root: Token, org_root: Token) -> bool:
    """The body is whose behalf the person acts on: "X has worked on behalf of Y", "X acted for or on behalf of Y"
    ("on" on one of the person's own verbs, or a conjunct of a preposition there). An agent of a body is no member or
    employee of it (GUIDELINES; roles_employment gives no post). A refit scored the one-sentence "X has worked on
    behalf of Y" at p 0.69 ("member"); every such candidate of the readable releases is a negative (L3)."""
    body = _phrase_head(org_root)
    if body.dep_ != "pobj" or body.head.lower_ != "of" or body.head.head.lower_ != "behalf":
        return False
    prep = body.head.head.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "for or on behalf of Y": "on" is a conjunct of "for"
    return prep.dep_ == "prep" and prep.head.i in {v.i for v in _person_verbs(person_root)}


def others_post_at(ctx: DocContext, sent: Span, person_root: Token, title: Title | None, o_index: int) -> bool:
    """The body is named as the body of a post the person met or acted on ("Colonel X met officials of Y", "X
    bribed the director of Y": `someone_elses`, on a verb the person is the subject of), and the person's own title
    is not at that body. ("OFAC designated leaders of Y: A, B" and "X worked with Y members, including A" keep A's
    candidate: A is not the verb's subject.)"""
    verbs = {v.i for v in _person_verbs(person_root)}
    for t in ctx.titles_in(sent):
        word = ctx.doc[t.end - 1]
        if t is title or t.org is None or t.org.index != o_index or not someone_elses(word):
            continue
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head
        verb = word.head if word.dep_ == "dobj" else word.head.head
        if verb.i in verbs:
            return True
    return False


def respectively_sentence(ctx: DocContext, sent: Span) -> bool:
    """"A, B and C are the X and the Y, respectively, of Z": the rules pair such titles with the names by position
    (roles_respectively) and give nobody a post when the counts differ; a guess from elsewhere would undo that."""
    marker = next((t.i for t in sent if t.lower_ == "respectively"), None)
    return marker is not None and len(_title_run(ctx, list(ctx.titles_in(sent)), marker)) >= 2


def title_outside_clause(person_root: Token, title: Title) -> bool:
    """The person is the subject of a clause that modifies something else ("the CEO of Y, a company that X owns";
    "..., which X heads") and the title stands before that clause: the title is the post of whoever the main clause
    is about, not of the clause's subject."""
    if person_root.dep_ not in {"nsubj", "nsubjpass"} or person_root.pos_ == "PRON":
        return False  # "a commander in Y, where he leads ...": "he" takes up the title's holder
    verb = person_root.head
    return verb.dep_ in {"relcl", "acl", "advcl"} and title.end <= verb.left_edge.i


def _body_roots(ctx: DocContext, sent: Span, o_index: int) -> list[Token]:
    """Syntactic heads of the body's name mentions in the sentence."""
    out = []
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and cluster.index == o_index:
            out.append(ctx.doc[m.start:m.end].root)
    return out


def no_post_link(ctx: DocContext, sent: Span, person_root: Token, org_root: Token, title: Title | None,
                 o_index: int) -> str | None:
    """Which link the rules know to be no post this same-sentence pair is (None: it is scored): a partner tie
    ('partner'), the body named only as the body of other people's post ('others_post'), an agent acting on the
    body's behalf ('behalf'), an order the person gives the body ('order'), the body named as whose relative or associate the person is ('kin'), a "respectively"
    sentence ('respectively'), a title before a clause about the person ('clause')."""
    not_this = title is None or title.org is None or title.org.index != o_index
    # every mention of the body, looked up once; none when the pair's own title names this body, so the partner,
    # behalf and order checks below apply only to a pair whose title is not at this body
    roots = [org_root, *_body_roots(ctx, sent, o_index)] if not_this else []
    if any(partner_tie(person_root, root) for root in roots):
        return "partner"  # any mention of the body: the one nearest the person may stand in another phrase
    if not_this and others_post_at(ctx, sent, person_root, title, o_index):
        return "others_post"
    if any(on_behalf_of(person_root, root) for root in roots):
        return "behalf"
    if any(ordered(person_root, root) for root in roots):
        return "order"
    if kin_anchor(_phrase_head(org_root)):
        return "kin"  # "X, the son of Y", "X, an associate of Y": Y is whose relative X is (a name the model took for a body)
    if respectively_sentence(ctx, sent):
        return "respectively"
    if title is not None and sent.start <= title.start < sent.end and title_outside_clause(person_root, title):
        return "clause"
    return None


#: Verbs of ownership (GUIDELINES: a person who owns a company holds no post there unless a title says so).
OWNER_LEMMAS = {"own", "co-own"}


def owner_of_body(person_root: Token, org_root: Token) -> bool:
    """The person owns the body: "X owns Y", "X, who co-owns Y", "Y, which X owns, ...", "Y is owned by X" (L2). The
    body is the ownership verb's object, the noun its relative clause hangs on with "which"/"that" as the object, or
    its passive subject (or the noun a participle "owned by X" hangs on); the person is the verb's subject or agent.
    A refit scored such pairs up to p 0.67 ("member"), where the rules give no post."""
    body = _phrase_head(org_root)
    verb = doer_verb(person_root)
    if verb is not None and verb.lemma_.lower() in OWNER_LEMMAS:
        if any(c.dep_ == "dobj" and c.i == body.i for c in verb.children):
            return True
        return verb.dep_ == "relcl" and verb.head.i == body.i and any(
            c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS for c in verb.children)
    person = _phrase_head(person_root)
    if person.dep_ == "pobj" and person.head.dep_ == "agent":
        verb = person.head.head
        if verb.lemma_.lower() in OWNER_LEMMAS:
            return (verb.dep_ in {"acl", "relcl"} and verb.head.i == body.i) or any(
                c.dep_ == "nsubjpass" and c.i == body.i for c in verb.children)
    return False


OBJECT_PRONOUNS = {"him", "her", "them", "whom"}


def _person_like(token: Token) -> bool:
    return token.lower_ in OBJECT_PRONOUNS or token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and not token.ent_type_)


def complement_of_another(person_root: Token, title_word: Token) -> bool:
    """The title is the "as" complement of another person the person's verb acts on: "X appointed Y as chief
    executive of Z", "X replaced Y as head of Z". The title is Y's post (the rules give it so, a former one after
    "replaced"), not X's (L2). (A title in apposition to the verb's object, "X paid Y, an official of Z", is already
    no candidate: `hopeless_reason`, possessor_or_with.) `title_word` is the title's last word."""
    while title_word.dep_ == "conj" and title_word.head.i != title_word.i:
        title_word = title_word.head
    verb, person = doer_verb(person_root), _phrase_head(person_root)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return (title_word.dep_ == "pobj" and title_word.head.lower_ == "as" and title_word.head.head.i == verb.i
            and any(c.dep_ == "dobj" and c.i != person.i and _person_like(c) for c in verb.children))


def others_complement_at(ctx: DocContext, sent: Span, person_root: Token, org_token: int, title: Title | None,
                         o_index: int) -> bool:
    """The body is named in a title of the sentence that is the "as" complement of another person the person's verb
    acts on (`complement_of_another`), and the person's own title is that one or is not at this body (L2)."""
    for t in ctx.titles_in(sent):
        at_body = (t.org is not None and t.org.index == o_index) or t.start <= org_token < t.span_end
        if not at_body or not complement_of_another(person_root, ctx.doc[t.end - 1]):
            continue
        if title is None or title is t or title.org is None or title.org.index != o_index:
            return True
    return False


#: Prepositions by which a person's act reaches a body as its channel ("exchanged funds via Y", "moved cash through
#: Y", "put the proceeds into Y"); a post is at, in, for or with a body. "to" and "from" are left out: "returned to Y",
#: "retired from Y" can state a post.
CHANNEL_PREPS = {"via", "through", "into"}
#: Verbs that state a post with any preposition ("X, a banker, works through Y's branch" is left to the scorer).
POST_ACT_LEMMAS = STATE_LEMMAS | SERVE_LEMMAS | {"work", "return"}


def aside_title_channel(doc: Doc, person_root: Token, org_root: Token, title: Title | None) -> bool:
    """"X, a prolific money launderer, exchanged funds via Y" (issue 13, L6): the person's title is an appositive aside
    that names no body, and the body is only the channel of the person's own act (the object of "via", "through" or
    "into" on the person's verb). GUIDELINES: a post, title, employment or membership AT an organization; a word
    describing what the person does, tied to no body, holds none at the body the act went through. A refit scored
    such a pair at p 0.87 on a real release (real/unlabeled, L5); the invented sets' true "money launderer" posts
    hang on "worked for Y as ..." or name the body in the title ("a money launderer for Y"), which this leaves."""
    if title is None or title.org is not None or title.org_name:
        return False
    head = doc[title.start:title.end].root
    if head.dep_ != "appos" or head.head.i != person_root.i:
        return False
    verb = doer_verb(person_root)
    body = _phrase_head(org_root)
    if verb is None or body.dep_ != "pobj" or body.head.dep_ != "prep" or body.head.lower_ not in CHANNEL_PREPS:
        return False
    # the verb the channel's preposition hangs on: the person's first verb or one coordinated with it ("met leaders
    # and moved funds through Y", F1 item 7, M27); whether it states a post is read on that verb, not the first
    acting = body.head.head
    if acting.i != verb.i and not any(c.i == acting.i for c in verb.conjuncts):
        return False
    return acting.pos_ == "VERB" and acting.lemma_.lower() not in POST_ACT_LEMMAS
