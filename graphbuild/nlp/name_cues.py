"""What a sentence says of a name's kind: the person and body cues two name repairs read.

`type_evidence.retype_mentions` relabels a mention from these cues, and `name_votes.people_read_as_bodies` weighs the
same cues across a release (a person's name read as a firm, vetoed where a mention is given as a body's). They lived
in `type_evidence` as private helpers that `name_votes` imported; here they are one public set both read, so a change
to a cue is made once and seen by both:

- `person_evidence`: ", who" after the name, "<Demonym> national X", "its chief executive, X", "X, a former officer of
  ...", "X is the <title>", "X serves as <title>", "X -- deputy CEO ..." (R7's cues, issue 13; R15, R20);
- `body_evidence`: "the X gang", "X Y Z (XYZ)", "X, a road construction company", "X, which", "X and its CEO", a
  company's legal form inside the name;
- `post_held_at` ("the general manager of X") and `possessor_of_post` ("X's sole director"): the name is where a post
  is held, a body;
- `after_article` ("the X Y": no person's name takes an article) and `group_noun_after` ("the X group").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .gazetteers import Gazetteers
from .mention import PERSON_WORD, Mention
from .company_forms import legal_forms

#: dependency labels of a clause's subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: lower-case nouns that, right before a name, say the name is a body's (besides the gazetteer's group nouns)
BODY_NOUNS = frozenset({"company", "firm", "organization", "organisation", "bank"})
#: lower-case nouns that name a kind of body a press text describes a name by, right before it ("the state weekly X",
#: "the news outlet X", "the nonprofit X") or heading an apposition after it ("X, a Kazan instrument manufacturer", "X, an
#: Iran-based research institute"): media, institutes, charities, makers and the like, whose names seldom hold the
#: noun, so the model read them as people (twenty-second session, M: 22 unread posts lost to a body typed a person).
#: No noun a person is described by too ("supplier", "trader", "owner", "producer": "X, formerly a producer at Y";
#: "maker" and "broadcaster": "senior policy maker X", "veteran broadcaster X" lost their posts, X2, twenty-second session).
#: Only its own nouns: `kind_nouns` adds `BODY_NOUNS` and the gazetteer's group nouns where the union is read (the
#: list spelled them again; review of the twenty-second session, R23).
DESCRIBED_KIND_NOUNS = frozenset({
    "newspaper", "weekly", "daily", "magazine", "outlet", "website", "publication", "tabloid",
    "institute", "institution", "university", "academy", "foundation", "charity", "nonprofit", "association",
    "cooperative", "federation", "forum", "movement", "manufacturer", "enterprise",
    "conglomerate", "corporation", "entity", "house", "agency"})
#: lower-case nouns that, right after a name, say it is a body's ("the X concern", "the X company")
BODY_NOUNS_AFTER = frozenset({"clique", "concern", "company", "firm", "organization", "organisation"})
#: nouns before a name that only a person takes: "Kyrgyz national X", "the U.S. citizen X"
#: Nouns of an apposition only a person takes: "X, a dual Russian-Ukrainian national", "X, a Cypriot citizen".
NATIONAL_NOUNS = frozenset({"national", "citizen"})
PERSON_NOUNS_BEFORE = frozenset({"national", "nationals", "citizen", "businessman", "businesswoman", "mr.", "ms.", "mrs.", "mr", "ms", "mrs"})
#: verbs whose subject is a person leading a body ("X founded and manages Y", "X leads the Y gang"; a firm "manages" or "runs"
#: things too, so those two are no evidence alone)
PERSON_VERBS = frozenset({"found", "co-found", "lead", "head", "command", "chair"})
#: titles a company can hold too ("its shareholder, X Invest"): no evidence of a person by themselves
BODY_TITLES = frozenset({"owner", "owners", "co-owner", "co-owners", "shareholder", "member", "members", "representative", "partner",
                         "general partner"})
#: posts held for a person, not in a body ("an adviser to/of X", "the lawyer of X"): their "of" names no body
PERSONAL_POSTS = frozenset({"adviser", "advisor", "aide", "assistant", "deputy", "secretary", "spokesman", "spokeswoman", "spokesperson",
                            "bodyguard", "lawyer", "attorney", "driver", "associate", "successor", "predecessor", "proxy", "envoy"})
#: dashes that open a list item's description ("X -- deputy CEO responsible for ...")
DASHES = frozenset({"--", "-", "\u2013", "\u2014"})


def mention_root(doc: Doc, m: Mention) -> Token:
    """The syntactic head of the mention's tokens (where the parse attaches the name)."""
    span = doc[m.start:m.end]
    return span.root


def after_article(doc: Doc, m: Mention) -> bool:
    """"the X Y": a person's name takes no article ("the X Drug Trafficking Organization", "the X Y Zavod")."""
    return m.start >= 1 and doc[m.start - 1].lower_ == "the"


#: Lower-case words that may stand between a name and the group noun that describes it ("the X smuggling group").
GROUP_MODIFIER_TAGS = frozenset({"JJ", "NN", "VBG"})


def group_noun_after(doc: Doc, m: Mention, gaz: Gazetteers, modifiers: int = 0) -> bool:
    """"the Zorvath group", "the X gang controls": a lower-case group noun closes the name ("cartel-linked" does not).
    With `modifiers`, up to that many lower-case modifiers may come first: "the X smuggling group", "the X ransomware
    gang"; after one or more, the group noun (singular) must head the phrase (no noun after it: "the X cartel members"
    are people) and describes the name as a group's (V8 item 11, M36: the model read "the X smuggling group" in a
    sentence's subject as a person, and "the group's leader" then went to another body; real releases write "the
    Trickbot cybercrime group", "the Ryuk ransomware gang"). The group nouns are the gazetteer's (organizations.yaml
    `group_nouns`): "organization" and "company" are none, so "the X drug trafficking organization" (a dev release)
    and "the X shipping company" are no cue here; taking them in after a modifier would make "the X family company" a
    body named "X" (M45 kept the sets and corrected this text)."""
    k = m.end
    while k < len(doc) and k - m.end < modifiers and doc[k].text.islower() and doc[k].tag_ in GROUP_MODIFIER_TAGS \
            and doc[k].lower_ not in gaz.group_nouns:
        k += 1
    if k >= len(doc) or not (doc[k].text.islower() and doc[k].lower_ in gaz.group_nouns):
        return False
    if k == m.end:
        return doc[k].tag_ in {"NN", "NNS"} and not (k + 1 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_)
    return doc[k].tag_ == "NN" and not (k + 1 < len(doc) and doc[k + 1].tag_ in {"NN", "NNS", "NNP", "HYPH"})


def kind_nouns(gaz: Gazetteers) -> frozenset[str]:
    """The nouns that say the name they describe is a body's (`BODY_NOUNS`, the gazetteer's group nouns,
    `DESCRIBED_KIND_NOUNS`), one union made once per gazetteer for the noun before a name and the apposition after it."""
    return gaz.derived("described_kind_nouns", lambda g: frozenset(g.group_nouns | BODY_NOUNS | DESCRIBED_KIND_NOUNS))


def body_evidence(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """What the sentence says only of a body: "the X gang", "X Y Z (XYZ)", "X, a road construction company", "X, which"."""
    span = doc[m.start:m.end]
    if group_noun_after(doc, m, gaz, modifiers=2) \
            or (m.end < len(doc) and doc[m.end].text.islower() and doc[m.end].lower_ in BODY_NOUNS_AFTER):
        return True
    if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and _initials_of(span, doc[m.end + 1].text):
        return True
    after = _end_after_alias(doc, m.end)
    if after + 2 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].lower_ == "its" and any(
            _title_word(t, gaz) for t in doc[after + 2:min(after + 5, len(doc))]):
        return True  # "X and its CEO, Y": a person has no "its"
    root = mention_root(doc, m)
    if _legal_form_closes(doc, m):
        return True
    if after + 1 < len(doc) and doc[after].text == "," and m.label == "PERSON" \
            and (title_before(doc, m, gaz) or person_evidence(doc, m, gaz)):
        return False  # the model and a person's cue agree: the clause the parse hangs on the name is another's (NM34)
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "which" and doc[after + 1].head.head.i == root.i:
        return True
    body_nouns = gaz.derived("appositive_body_nouns", lambda g: frozenset(g.anaphora_heads) | kind_nouns(g))
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ not in PERSON_POSSESSIVES and any(
            c.dep_ == "appos" and c.lemma_.lower() in body_nouns and c.text.islower() and c.left_edge.i == after + 1 for c in root.children):
        return True  # not "X, his logistics company Y, and ...": the company is X's, so X is a person (M, twenty-fourth session)
    return after + 1 < len(doc) and doc[after].text == "," and any(
        c.dep_ == "appos" and c.left_edge.i == after + 1 and _place_maker(doc, c) for c in root.children) \
        and not person_evidence(doc, m, gaz)


#: Possessives of a person opening an apposition ("X, his company Y"): what follows is X's, so X is no body.
PERSON_POSSESSIVES = frozenset({"his", "her"})

#: Nouns whose "maker" is a person ("a Kazan policy maker", "a film maker"): no firm's trade.
PERSON_MAKER_NOUNS = frozenset({"policy", "film", "movie", "documentary", "deal", "decision", "peace", "law", "king",
                                "match", "trouble", "rain", "money"})
#: Entity types of the place that locates a maker ("a Kazan instrument maker", "a Tula drone maker").
PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})


def _place_maker(doc: Doc, head: Token) -> bool:
    """"a Kazan instrument maker": an apposition headed by "maker" after a place and a lower-case noun of a trade, which
    describes a firm (R, twenty-third session: "maker" left `DESCRIBED_KIND_NOUNS` because "senior policy maker X" and
    "veteran deal maker X" are people; the place and the trade noun keep those out). The caller adds: no person cue."""
    if head.lemma_.lower() != "maker" or not head.text.islower() or head.i < 2:
        return False
    trade = doc[head.i - 1]
    if not (trade.is_lower and trade.is_alpha and trade.tag_ in {"NN", "NNS"}) or trade.lower_ in PERSON_MAKER_NOUNS:
        return False
    return any(t.text[:1].isupper() and (t.ent_type_ in PLACE_TYPES or _lone_capital(doc, t))
               for t in doc[head.left_edge.i:trade.i])


def _lone_capital(doc: Doc, tok: Token) -> bool:
    """A capitalised word standing alone after the article in the place's slot ("a Tula drone maker"): the model
    tagged the town no place (or a one-word person), and `_place_maker` did not fire (review of R, V; twenty-fourth
    session F). Not a word of a longer name ("a Jonas Brekke drone maker" names a person's)."""
    if tok.i < 1 or doc[tok.i - 1].lower_ not in {"a", "an"} or tok.tag_ not in {"NNP", "NNPS"}:
        return False
    return not (tok.ent_type_ and (tok.ent_iob_ == "I" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"))


def post_held_at(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"the general manager of X", "a procurement official at X": the name right after a post's "of"/"at" (or "of the")
    is where the post is held, a body (not a post held for a person: "an adviser of X", `PERSONAL_POSTS`; not a name
    after a body's name, "President of the Senate X")."""
    root = mention_root(doc, m)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"of", "at"} or prep.head.i >= prep.i:
        return False
    if not (m.start == prep.i + 1 or (m.start == prep.i + 2 and doc[prep.i + 1].lower_ == "the")):
        return False
    post = prep.head
    return _title_word(post, gaz) and post.lower_ not in PERSONAL_POSTS and post.lemma_.lower() not in PERSONAL_POSTS


#: prepositions after a post's noun whose "the"-object is where the post is held ("a reporter for the X", "a commander
#: in the X"); "of"/"at" are read over the parse by `post_held_at`, without describing words
POST_PLACE_PREPOSITIONS = frozenset({"for", "in"})
#: posts held for a person ("a lawyer for the jailed X"): even after "the" their object may be a person
FOR_A_PERSON_POSTS = PERSONAL_POSTS - {"spokesman", "spokeswoman", "spokesperson"}
#: lower-case words that may describe the body between "the" and its name ("the independent broadcaster X")
MAX_DESCRIBING_WORDS = 3
#: describing words only a person takes ("a manager for the late tycoon X", "a treasurer for the slain cleric X"): a
#: person's fate or standing, never a body's kind, so the name after them stays a person's (review of BS 34th, RBS)
PERSON_DESCRIBING_WORDS = frozenset({"late", "slain", "deceased", "murdered", "assassinated", "jailed", "imprisoned", "detained",
                                     "arrested", "kidnapped", "exiled", "fugitive", "wanted", "convicted", "indicted", "elderly",
                                     "tycoon", "magnate", "oligarch", "billionaire", "millionaire", "cleric", "imam", "sheikh",
                                     "dissident", "activist", "smuggler", "trafficker", "warlord", "lord", "kingpin", "politician",
                                     "investor", "entrepreneur"})
#: an italic mark or an opening quote the text sets a title in ("the weekly *X*")
NAME_MARKS = frozenset({"*", "_", '"', "\u201c"})


def post_held_in_the(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"a reporter for the weekly X", "a camerawoman for the independent broadcaster X", "a regional commander in the
    X": a post's lower-case noun, "for"/"in", "the", up to three lower-case words that are no post (the body's kind as
    the text describes it), then the name: where the post is held, a body. Read over the words, not the parse, which
    hangs the name on the describing noun or apposes it (thirty-fourth session, BS: media and armed groups after "for
    the"/"in the" typed people lost their posts). No person's name takes "the"; a title word among the describing words
    makes the name a person's ("the party leader X"), and so does a word only a person takes ("the late tycoon X",
    `PERSON_DESCRIBING_WORDS`). "of the"/"at the" with describing words were tried: they added a false post in two CHECK
    sets, so `post_held_at` reads those alone."""
    first = m.start - 1 if m.start >= 1 and doc[m.start - 1].text in NAME_MARKS else m.start  # "the weekly *X*", "the daily "X""
    k = first - 1
    while k >= 0 and first - 1 - k < MAX_DESCRIBING_WORDS and doc[k].is_alpha and doc[k].text.islower() and doc[k].lower_ != "the":
        k -= 1
    if k < 2 or doc[k].lower_ != "the" or doc[k].is_sent_start:
        return False
    if any(_title_word(t, gaz) or t.lower_ in PERSON_NOUNS_BEFORE or t.lower_ in PERSON_DESCRIBING_WORDS for t in doc[k + 1:first]):
        return False
    if m.end < len(doc) and doc[m.end].is_alpha and doc[m.end].text.islower() and doc[m.end].pos_ in {"NOUN", "PROPN"}:
        return False  # "an official in the X Y government": the name modifies the noun that names the body
    prep, post = doc[k - 1], doc[k - 2]
    if prep.lower_ not in POST_PLACE_PREPOSITIONS or not post.text.islower() or not _title_word(post, gaz):
        return False
    if prep.lower_ == "in" and sum(1 for t in doc[m.start:m.end] if t.is_alpha) < 2:
        return False  # "a commander in the Sahel": a region the model typed a person is one word; a group's name is longer
    return post.lower_ not in FOR_A_PERSON_POSTS and post.lemma_.lower() not in FOR_A_PERSON_POSTS


def possessor_of_post(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X's sole director", "X' general manager": a name owning a post held in it (not one held for a person: "X's adviser")."""
    root = mention_root(doc, m)
    return root.dep_ == "poss" and root.head.i > root.i and _title_word(root.head, gaz) and root.head.lower_ not in PERSONAL_POSTS


def person_evidence(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """What the sentence says only of a person: "X, who ...", "<Demonym> national X", "its chief technology officer, X",
    "X, a former officer of ...", "X serves as <title>", "Its president is X" (R7's cues, issue 13)."""
    root = mention_root(doc, m)
    if root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= m.end:
        return False  # "Hong Kong resident X": the name modifies a noun after it
    if after_article(doc, m):
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
    if m.label == "ORG" and post_noun_before(doc, m, gaz):
        return True  # "headed by general director X", "businessman and senator X" (M)
    if _title_phrase_before(doc, m, gaz) or _title_after_dash(doc, m, gaz):
        return True
    if root.dep_ == "appos" and root.head.i < m.start and _title_word(root.head, gaz) and doc[m.start - 1].text == ",":
        return True  # "its CEO, X": only with the comma (an apposition the parser finds without one cost a post, R15)
    if after + 1 < len(doc) and doc[after].text == "," and any(
            c.dep_ == "appos" and c.left_edge.i == after + 1 and _title_word(c, gaz) for c in root.children):
        return True  # "X, a former officer of ..."
    if after + 1 < len(doc) and doc[after].text == "," and any(
            c.dep_ == "appos" and c.left_edge.i == after + 1 and c.lower_ in NATIONAL_NOUNS for c in root.children):
        return True  # "X, a dual Russian-Ukrainian national who ...", "X, a Cypriot citizen" (P14)
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


def post_noun_before(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"headed by general director X", "businessman and senator X": a post's lower-case noun right before a name that
    holds no company, body or group word. It describes the name itself, so it outweighs a body's cue read after the
    name, where the parse may hang a relative clause or an apposition on the wrong name ("X (X), which ships ...",
    "X, four entities that he owns"; twenty-fourth session, M)."""
    before = doc[m.start - 1] if m.start >= 1 else None
    if before is None or not before.text.islower() or before.pos_ != "NOUN" or doc[m.start].is_sent_start:
        return False  # a noun: not the verb "chairs X", whose lemma is a post's ("chair")
    if before.lower_ not in PERSON_NOUNS_BEFORE and not _title_word(before, gaz):
        return False
    return not _holds_body_word(doc, m, gaz)


def title_before(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"chaired by Judge X", "said Deputy Director Y": a person's title, capitalised, right before a name the model read
    as a person's, made of name words and initials, with no company, body or group word. The title says who the name
    is, so it outweighs a body's cue the parse hangs on the name ("X, which found ..." of the commission X chairs;
    thirty-fourth session, NM). Not a title that a capitalised body's name ends with ("the Office of the Prosecutor
    General X"): the word before the title is lower case or punctuation."""
    if m.label != "PERSON" or m.start < 2 or doc[m.start].is_sent_start:
        return False
    before = doc[m.start - 1]
    if not before.text[:1].isupper() or not _title_word(before, gaz) or doc[m.start - 2].text[:1].isupper():
        return False
    if not all(PERSON_WORD.match(t.text) for t in doc[m.start:m.end]):
        return False  # "General License 112, which": a name of words and initials only
    return not _holds_body_word(doc, m, gaz)


def _holds_body_word(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """Whether a name holds a company, public-body or group word: a post's noun or title before it then describes no
    person (`post_noun_before`, `title_before`)."""
    words = gaz.derived("company_body_group_words", lambda g: frozenset(g.company_words | g.public_body_words | g.group_nouns))
    return any(t.lower_ in words for t in doc[m.start:m.end])


def _end_after_alias(doc: Doc, end: int) -> int:
    """The token after a name's parenthesised alias ("X (Y), which"), or `end` when none follows."""
    if end < len(doc) and doc[end].text == "(":
        close = next((j for j in range(end + 1, min(end + 15, len(doc))) if doc[j].text == ")"), None)
        if close is not None:
            return close + 1
    return end


def _initials_of(span: Span, acronym: str) -> bool:
    """"Volga Tube Metals Works (VTMW)", "Ruta de Plata (RdP)": the alias spells the capitals that open
    the name's words (a person's alias is a surname or a nickname, never initials)."""
    capitals = [c for c in acronym if c.isupper()]
    if len(capitals) < 2 or not acronym.isalpha() or sum(c.islower() for c in acronym) > len(capitals) - 1:
        return False
    initials = [t.text[0] for t in span if t.text[:1].isupper()]
    return capitals == initials


def _legal_form_closes(doc: Doc, m: Mention) -> bool:
    """"X Y d.o.o.", "X Y Sdn": a company's legal form (company_forms.yaml) after the first word; no person's name holds one."""
    forms = legal_forms()
    return m.end - m.start >= 2 and any(t.text.strip(".,()") in forms for t in doc[m.start + 1:m.end])


def _title_word(token: Token, gaz: Gazetteers) -> bool:
    """A post's head noun ("director", "officers"), not one a company can hold."""
    words = {token.lower_, token.lemma_.lower()}
    return bool(words & set(gaz.title_heads)) and not words & BODY_TITLES


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
