"""A post named after "as" on any verb of its holder (thirty-fourth session, PT; issue 13).

"X keeps the books as Y's chief accountant", "X signs the contracts as the director of Y", "X was installed by Z as
deputy governor of Y": the "as" phrase of a verb says what the verb's subject is while doing it. The parse reading
(`roles_syntax._post_verb`) took it only after a verb of holding a post (serve, act, work, be, remain, become), so a
release that states the post through what its holder does lost it, and the learned scorer, which had seen few such
sentences, rated it low. The phrase is the subject's unless the verb says otherwise:

- its object is a person ("Z described X as the director of Y", "Z hired X as director"), also by a common noun ("Z
  installed his nephew as director of Y": review rpt): the object's post, which `roles_syntax._as_holder` reads for
  appointing verbs;
- it replaces or removes someone ("X replaced W as director of Y": `roles_links` reads who held it), or its subject
  leaves the post ("X temporarily stepped down as chairman of Y": the leaving readings decide former or held);
- it is a pretence ("X posed as a manager of Y", "X presented himself as the director of Y"), or a candidacy ("X was
  proposed as director of Y", "X was rejected as": review rpt): no post.

Only words of English grammar are read, never a name.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.kin_words import NATIONALITY_NOUNS, TIE_NOUNS
from .roles_links import REPLACING_VERBS
from .titles_words import leaves_post

#: Verbs of pretending to be what the "as" phrase names: the subject holds no such post.
PRETENCE_LEMMAS = frozenset({"pose", "masquerade", "pretend", "impersonate", "disguise", "pass", "present",
                             "portray", "style", "bill", "introduce", "claim"})
#: Verbs of putting someone forward for a post or turning them down ("was proposed as director of Y", "was rejected as",
#: "was tipped as the next director"): the post is not (yet) held (review rpt). "nominate" is an appointing verb
#: (`roles_syntax.APPOINT_VERBS`) and stays one; "regarded as", "known as" state a post, hedged, and stay read.
CANDIDACY_LEMMAS = frozenset({"propose", "suggest", "recommend", "tip", "shortlist", "reject", "veto"})
#: Object pronouns and relative pronouns: an object that is a person takes the "as" phrase ("described him as").
PERSON_OBJECTS = frozenset({"him", "her", "them", "himself", "herself", "themselves", "whom", "who"})
#: Common nouns of a person as the verb's object ("installed his nephew as director of Y", "used a local businessman as
#: the nominal owner of Y": the relative's or the front's post, never the subject's; review rpt): the ties to a person
#: and a few nouns of a person that are no tie.
PERSON_OBJECT_NOUNS = TIE_NOUNS | NATIONALITY_NOUNS | frozenset({
    "man", "woman", "person", "individual", "businessman", "businesswoman", "employee", "nominee", "figure"})
#: Dependencies of a verb's object (direct or indirect) in the small English model's scheme.
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd"})


def describes_subject(verb: Token) -> bool:
    """Whether the "as" phrase on `verb` names its subject's post: no person as its object, not a verb of replacing
    or of pretence, and not "such as" / "as well as" (the caller has checked the title is the object of that "as")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in PRETENCE_LEMMAS or lemma in CANDIDACY_LEMMAS or lemma in REPLACING_VERBS or leaves_post(verb):
        return False  # a leaving ("temporarily stepped down as chairman") is read by `titles_words.post_left` and the stance
    return not any(c.dep_ in OBJECT_DEPS and _person(c) for c in verb.children)


def _person(obj: Token) -> bool:
    """Whether a verb's object names a person: a name, an object pronoun, or a noun of a person ("his nephew")."""
    return obj.pos_ == "PROPN" or obj.lower_ in PERSON_OBJECTS or obj.lemma_.lower() in PERSON_OBJECT_NOUNS \
        or obj.lower_ in PERSON_OBJECT_NOUNS


def bare_as(as_word: Token) -> bool:
    """"as" opens the phrase on its own: not "such as", "as well as", "so as", "as of"."""
    doc = as_word.doc
    before = doc[as_word.i - 1].lower_ if as_word.i > 0 else ""
    after = doc[as_word.i + 1].lower_ if as_word.i + 1 < len(doc) else ""
    return before not in {"such", "well", "so"} and after not in {"well", "of", "if", "though"}
