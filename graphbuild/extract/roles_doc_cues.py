"""How a title phrase meets the body of a (person, organization) candidate, for the learned role scorer.

The document-level features said only whether the title the rules tied to a body is this one
(`d:tlink`). When the rules tied it to no body, "X is the leader of the operational arm of a
cell based in Y" and "President X, ... the Government of Z" looked alike (`d:tlink=none`), and
true posts scored 0.02-0.2. These cues say whether the body hangs below the title word in the
parse, how far after the title it stands, and whether the title's own words name the body
("Minister of State for A" and "Ministry of State for A"; "Deputy Director of B" and "B Company").
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.mention import Mention
from .context import DocContext
from .roles_doc_filters import inside_body_name, someone_elses
from .roles_features import _bucket
from .titles import Title

STEM = 6  # "minister"/"ministry", "director"/"directorate", "president"/"presidency" share their first 6 letters
FUNCTION_WORDS = {"of", "the", "for", "and", "a", "an", "to", "in", "on", "at", "'s", "’s", "de", "del", "la", "al"}


def _content(words: Iterable[str]) -> set[str]:
    words = (w.casefold().removesuffix("'s").removesuffix("’s").strip(".,'’()") for w in words)
    return {w for w in words if w not in FUNCTION_WORDS and len(w) > 2}


def title_names_body(title: Title, body_name: str) -> bool:
    """The title's words name the body: a word of the post other than a title head word is in the body's name
    ("Deputy Director of B" / "B Company"), or the head and a name word share a stem ("Minister" / "Ministry"; the same word
    is no cue: "Attorney General" and "General's Office" is often the title inside a body's name)."""
    name = _content(body_name.split())
    head = _content(title.head.split())
    rest = _content(title.role.split()) - head
    if rest & name:
        return True
    return any(len(h) >= STEM and len(n) >= STEM and h != n and h[:STEM] == n[:STEM] for h in head for n in name)


def governs(doc: Doc, title: Title, org_root: Token) -> bool:
    """The body hangs below the title's last word in the parse ("the leader of the operational arm of Y"), not
    through a coordinated title ("the inspector of A and the head of Y": Y is the head's, not the inspector's)."""
    word = doc[title.end - 1]
    node = org_root
    for _ in range(12):
        if node.i == word.i:
            return node.i != org_root.i
        if node.dep_ == "conj" and node.head.i == word.i and node.pos_ in {"NOUN", "PROPN"} and node.ent_type_ != "ORG":
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def title_body_cues(doc: Doc, title: Title, org_root: Token, body_name: str, same_sentence: bool) -> list[str]:
    """`d:tgov` (the body below the title word), `d:t2o` (tokens from the title's end to the body, or 'before'),
    `d:tnames` (the title's words name the body)."""
    feats = [f"d:tnames={title_names_body(title, body_name)}"]
    if same_sentence:
        gov = governs(doc, title, org_root)
        feats.append(f"d:tgov={gov}")
        feats.append(f"d:t2o={_bucket(org_root.i - title.end) if org_root.i >= title.end else 'before'}")
        feats.append(f"d:tclassgov={title.role_class}|{gov}")
    return feats


#: the arcs a title word may climb to the person's clause (`in_persons_clause`); not `roles_doc.BODY_PATH_DEPS`, a body's
TITLE_PATH_DEPS = {"prep", "pobj", "attr", "appos", "conj", "cc", "acomp", "npadvmod", "compound", "amod"}


def in_persons_clause(word: Token, person_root: Token) -> bool:
    """The title word is predicated of the person: it hangs (through "as", "of", coordination, apposition) on the
    person's own verb or on the person ("X served as A and as the head of Y", "X, the head of Y"), not on a clause
    about someone else ("... against officials who ...")."""
    target = person_root.head if person_root.dep_ in {"nsubj", "nsubjpass"} else None
    node = word
    for _ in range(6):
        if node.i == person_root.i or (target is not None and node.i == target.i):
            return True
        if node.dep_ not in TITLE_PATH_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def title_for_body(doc: Doc, titles: list[Title], org_root: Token, person_root: Token, current: Title | None,
                   o_index: int) -> Title | None:
    """The title of the person's clause that governs this body when the nearest one does not ("he served as La
    Guaira commander and as the head of Y": the head, not the nearer commander); None when there is none."""
    if current is not None and governs(doc, current, org_root):
        return None
    for t in titles:
        if (t is not current and (t.org is None or t.org.index == o_index) and governs(doc, t, org_root)
                and in_persons_clause(doc[t.end - 1], person_root)):
            return t
    return None


def root_of(ctx: DocContext, token: int) -> Token:
    """The syntactic head of the mention starting at `token` (the token itself for "he", "the group")."""
    m = ctx.resolver.mention_at(token)
    return ctx.doc[m.start:m.end].root if m is not None else ctx.doc[token]


def closer_person(ctx: DocContext, sent: Span, title: Title, at: Mention, person: Cluster) -> bool:
    """Another person of the sentence stands nearer the title phrase than `at` does."""
    def gap(m: Mention) -> int:
        return max(title.phrase_start - m.end, m.start - title.span_end, 0)

    mine = gap(at)
    for m in ctx.mentions_in(sent.start, sent.end):
        other = ctx.entity(m)
        if other is not None and other.type == "Person" and other.index != person.index and gap(m) < mine:
            return True
    return False


def anothers_body(ctx: DocContext, k: int, o_index: int, person: Cluster) -> bool:
    """A title of the sentence tied to this body hangs on another person of the sentence ("A, who is the president of
    Y, and B, a brigadier general who heads Z": "president" is an attribute in A's relative clause, so Y is A's). With
    only a rank for the person, such a body is someone else's employer (L1)."""
    for t in ctx.titles_in(ctx.sentences[k]):
        if t.org is None or t.org.index != o_index:
            continue
        node = ctx.doc[t.end - 1]
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            other = ctx.entity(ctx.resolver.mention_at(node.i))
            if other is not None and other.type == "Person":
                if other.index != person.index:
                    return True
                break
    return False


def title_for_this_body(ctx: DocContext, k: int, pt: int, ot: int, o_index: int, person: Cluster, title: Title | None,
                         noun: tuple[str, str] | None, cues: list[str]) -> tuple[Title | None, tuple[str, str] | None, list[str]]:
    """The person's cues with the title of the sentence that governs this body when the nearest title does not
    ("he served as A commander and as the head of Y"), unless that title is nearer another person."""
    sent = ctx.sentences[k]
    titles = [t for t in ctx.titles_in(sent) if not inside_body_name(t, ctx.resolver.mention_at(t.start))]
    other = title_for_body(ctx.doc, titles, root_of(ctx, ot), root_of(ctx, pt), title, o_index)
    at = ctx.resolver.mention_at(pt) or Mention(pt, pt + 1, ctx.doc[pt].text, "PERSON")
    if other is None or closer_person(ctx, sent, other, at, person) or someone_elses(ctx.doc[other.end - 1]):
        return title, noun, cues
    return other, None, [c for c in cues if c not in {"d:titleother", "d:titlewith", "d:titlefar"}] + ["d:tforbody"]


def other_sentence_cues(person_sentences: set[int], body_sentences: set[int], person_titles: Iterable[Title],
                        body_name: str) -> list[str]:
    """What the person's other sentences say about this body: in how many sentences the two are named together
    (`d:cooc`: a post is often restated, "X heads Y ... Y's leader X"), and whether a title the document gives the
    person anywhere names the body (`d:tnamesany`: "X, the bank's chief executive, ..." then "Y Bank" elsewhere)."""
    together = len(person_sentences & body_sentences)
    feats = [f"d:cooc={_bucket(together)}"]
    if any(title_names_body(t, body_name) for t in person_titles):
        feats.append("d:tnamesany")
    return feats
