"""What the designation rules know against an entity, as vetoes of the learned scorer's additions.

The scorer (designations_learned.v1) weighs cues of position and shape; on a short or unusual release those can
outweigh everything else, and it adds a name the rules had good reason to leave out. The rules' reasons are
structural, not statistical, so they stand as vetoes (each a short string, stored with the candidate):

- `v:negated`: a sentence naming the entity says the designation is NOT made ("X is not being designated today";
  designation_windows.negated, as the rules read it) or is undone ("OFAC removed X from the SDN List": `undone`);
- `v:read`: every sentence that names the entity beside a designation word is one the rules read a designation
  from: they took its targets and left this name out (a name in the reason, "for being owned by Y", or in a
  relative clause, "which supplied Y"), and the name is neither bold nor coordinated with a rule designee there
  (a list the parser broke);
- `v:prose`: the entity is named only in plain prose with no designation or blocking word (no list item, bold,
  table row or line of its own), and never opens a paragraph except after the items of a list the rules read
  ("X, a pilot, flies the cargo" after the list ends it; "Y founded the firm in 2015" mid-paragraph). A paragraph
  that opens with the name under a statement designating a counted group ("designating four leaders", then one
  paragraph each) or as an item under a designating intro is where unnamed designees are described, so it is no
  veto, nor is one of a name coordinated with a rule designee somewhere ("X and his partner, Y, arranged ...");
  otherwise it is (review M4: "Y, the wife of X's owner, oversees its accounts" was added);
- `v:earlier`: the entity is named only in the items of a list whose intro states an earlier action ("The following
  were previously sanctioned by OFAC in 2019:"), which the rules do not read as a list of today's designees;
- `v:quiet`: the rules found no designation and no statement designating a group in the release (a report, an
  advisory, a general license: its names are topics);
- `v:heading`: the entity is named only in headings or the headline;
- `v:speaker`: every mention of the entity lies in the subject of a speaking verb ("X, a spokesperson for Y, told
  reporters", "Z, a lawyer, said the listing had ...": speakers.speaker_mention, issue 13, D26): a person who speaks
  of the action, not its target;
- `v:removal`: every mention of the entity lies under a heading that removes ("Individuals Removed") or in a release
  whose headline only removes (`removal_sections.in_removal_part`, issue 13, twenty-eighth session, DL): a removed
  person or a bank, buyer or new manager of its story, not a designee.
- `v:post`: a person whose every bold mention stands beside another party's post ("Its operations manager, **X**, was
  arrested", "**X** has been Y's general manager"), with no short name after it and no sentence designating it, in a
  release that counts no people (`bold_post_holders.release_post_holders`, issue 13, thirty-first session BH).
- `v:workplace`: a bold firm every mention of which is where a person works ("he was a systems administrator at **X**",
  "works as a software engineer at **X**"), that opens no paragraph or list item and that no sentence designates
  (`bold_workplaces.release_workplaces`, issue 13, thirty-second session DQ).
- `v:visa`: a firm (Company or Organization) of a document whose only named authority bars entry (Section 7031(c),
  Presidential Proclamation 8015: people only), named in no sentence with a designating verb
  (`visa_releases.visa_release_bodies`, issue 13, thirty-third session DP).

Which vetoes are active is `ACTIVE_VETOES` (designations_learned.py); the trainer stores them all and measures.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.doc_text import doc_text, span_text, token_lemmas, token_words
from .described_dates import earlier_action
from .common import headline
from .context import DocContext
from .designation_mood import INTENDING, unrealised
from .designation_denials import among_those
from .designation_windows import negated
from .list_items import list_items
from .removals import removal_intro
from .release import group_statements, sections

#: Cues (designations_doc.py) that put a mention where the rules look for designees: a designation or blocking
#: word in its sentence, a list item, bold, a table row, a line holding only the name, a list block with a designee.
PLACED_CUES = frozenset({"s:desig", "s:blocked", "m:item", "m:bold", "ps:table_row", "lo:whole_line", "lo:block_with_designee"})
VETOES = ("v:negated", "v:read", "v:prose", "v:earlier", "v:quiet", "v:heading", "v:speaker", "v:removal", "v:post", "v:workplace", "v:visa")
#: The mark designations_doc puts on a mention in a speaking verb's subject (speakers.speaker_mention): read by
#: `vetoes` only, never a feature of the scorer.
SPEAKER = "x:speaker"


def designation_word(token: Token, designation_words: set[str]) -> bool:
    """The token is a designation word, as written or by its lemma ("designated", "sanctions")."""
    return token.lower_ in designation_words or token.lemma_.lower() in designation_words


def designation_tokens(sent: Span, designation_words: set[str] | frozenset[str]) -> list[Token]:
    """The sentence's tokens that are `designation_word`s, in order, found in the doc's lists of lower-cased words and
    lemmas (`Token.lower_` and `Token.lemma_.lower()`, read once per doc): a `Token` is made for those alone, not for
    every word of every sentence (issue 18, S22)."""
    doc = sent.doc
    lowers, lemmas = token_words(doc)[1], token_lemmas(doc)
    return [doc[i] for i in range(sent.start, sent.end) if lowers[i] in designation_words or lemmas[i] in designation_words]


def negated_designation(sent: Span, designation_words: set[str]) -> bool:
    """The sentence holds a designation verb that is negated ("is not being designated", "was never sanctioned") or states
    no action taken ("would be designated if", "is considering designating": designation_mood), or a designation noun
    whose verb does so ("could face further sanctions", "may impose sanctions on X": P6, the scorer added X at 0.93) or
    is the object of a verb that weighs or asks for it ("were considering sanctions on X", "urged sanctions on Y") in a
    sentence whose designation verbs state none made."""
    weighed = made = False
    for t in designation_tokens(sent, designation_words):
        if t.tag_.startswith("VB") and (negated(t) or unrealised(t)):
            return True
        copula = among_those(t) if t.tag_ == "VBN" else None
        if copula is not None and negated(copula):
            return True  # "X is not among those designated today" (P17: the scorer added X at 0.85)
        verb = t.head if t.dep_ == "dobj" and t.head.lemma_.lower() in IMPOSING else None
        if t.tag_.startswith("NN") and verb is not None and verb.tag_.startswith("VB") and (negated(verb) or unrealised(verb)):
            return True
        if t.tag_.startswith("NN") and t.dep_ == "dobj" and t.head.lemma_.lower() in INTENDING and t.head.pos_ in {"VERB", "AUX"}:
            weighed = True  # "officials were considering sanctions on X", "threatened sanctions against Y" (P15: X added at 0.94)
        elif t.tag_.startswith("VB"):
            made = True  # "... calling on EU members to consider sanctions, and the United Kingdom sanctioned X": X's stands
    return weighed and not made


#: Verbs whose object noun is a designation put on someone ("could face sanctions", "may impose sanctions"); not
#: "would challenge the designation" (the designated party's answer).
IMPOSING = frozenset({"face", "impose", "levy", "slap", "incur", "receive", "apply"})


def read_sentences(ctx: DocContext, rules: list) -> set[int]:  # type: ignore[type-arg]
    """Indexes of the sentences the rules' designations cite (the sentences they read designations from)."""
    starts = {e.start for r in rules if r.relation == "designated_by" for e in r.evidence}
    text = doc_text(ctx.doc)  # a sentence's text sliced from it, not joined from its tokens
    out = set()
    for k, sent in enumerate(ctx.sentences):
        raw = text[sent.start_char:sent.end_char]
        first = sent.start_char + len(raw) - len(raw.lstrip())
        if first in starts:
            out.add(k)
    return out


def after_read_lists(ctx: DocContext) -> set[int]:
    """Indexes of the sentences after the last item of a list the rules read, to the end of its section: where
    release.structural_designees decided the list had ended."""
    section_of = sections(ctx)
    out: set[int] = set()
    for statement in group_statements(ctx):
        if statement.program_only or statement.direction != "forward":
            continue
        items = list_items(ctx, statement.index, statement.section, section_of)
        if not items:
            continue
        last = max(ctx.sentence_index(sent.start) for sent, _, _ in items)
        out |= {k for k in range(last + 1, len(ctx.sentences)) if section_of[k] == statement.section}
    return out


def after_group_statements(ctx: DocContext, under_intro: set[int]) -> set[int]:
    """Indexes of the sentences where a paragraph may open with a designee no rule named: after a statement designating
    a group by a noun ("OFAC is designating four leaders"), to the end of its section, and the items of a list whose
    intro holds a designation word ("... were already designated by OFAC in 2021:"), `under_intro` (`intro_items`)."""
    section_of = sections(ctx)
    out: set[int] = set()
    for statement in group_statements(ctx):
        if not statement.program_only:
            out |= {k for k in range(statement.index + 1, len(ctx.sentences)) if section_of[k] == statement.section}
    return out | under_intro


def intro_items(ctx: DocContext, designation_words: set[str]) -> tuple[set[int], set[int]]:
    """Indexes of the items of the lists opened by an intro ending in ':' with a designation word, and of those whose
    intro states an earlier designation (a past marker: described_dates.earlier_action; the `v:earlier` veto): one scan of
    the intros for both (each scanned them and read their lists)."""
    section_of = sections(ctx)
    every: set[int] = set()
    earlier: set[int] = set()
    for k, sent in enumerate(ctx.sentences):
        if not span_text(sent).rstrip().endswith(":"):
            continue
        removal = removal_intro(ctx, sent) is not None  # "OFAC removed the following from the SDN List:" (M35)
        if not removal and not designation_tokens(sent, designation_words):
            continue
        items = {ctx.sentence_index(item.start) for item, _, _ in list_items(ctx, k, section_of[k], section_of)}
        every |= items
        if earlier_action(sent) or removal:
            earlier |= items  # the `v:earlier` veto: no list of today's designees (a removal list's items are delisted)
    return every, earlier


def quiet_release(ctx: DocContext, rules: list) -> bool:  # type: ignore[type-arg]
    """No rule designation and no group statement: a release that designates nobody (structural_designees' test)."""
    return not any(r.relation == "designated_by" for r in rules) and not any(not s.program_only for s in group_statements(ctx))


def in_heading(ctx: DocContext, sent: Span, char: int, is_headline: bool | None = None) -> bool:
    """The character lies in a marked heading, or the sentence is a headline (title case, no full stop;
    `is_headline`: `headline(sent)` when the caller has it already)."""
    return any(a <= char < b for a, b in ctx.headings) or (headline(sent) if is_headline is None else is_headline)


def vetoes(mention_cues: list[tuple[int, list[str], bool, bool]], read: set[int], after_list: set[int], earlier: set[int],
           quiet: bool, after_group: set[int]) -> list[str]:
    """The vetoes of one entity from its mentions' (sentence index, cues, negated sentence, heading), the rules'
    read sentences, the sentences after a list they read, the items of earlier lists, whether the release is
    quiet, and the sentences after a statement designating a group (`after_group_statements`)."""
    out = []
    if any(neg for _, _, neg, _ in mention_cues):
        out.append("v:negated")
    designating = [(k, cues) for k, cues, _, _ in mention_cues if "s:desig" in cues]
    if designating and all(k in read and not {"cj:coordinated", "m:bold"} & set(cues) for k, cues in designating):
        out.append("v:read")
    partner = any("cj:coordinated" in cues for _, cues, _, _ in mention_cues)  # "X and his partner, Y, ..." elsewhere
    if not any(PLACED_CUES.intersection(cues) for _, cues, _, _ in mention_cues) \
            and not any("ps:para_start" in cues and k not in after_list and (k in after_group or partner) for k, cues, _, _ in mention_cues):
        out.append("v:prose")
    if all(k in earlier for k, _, _, _ in mention_cues):
        out.append("v:earlier")
    if quiet:
        out.append("v:quiet")
    if all(head for _, _, _, head in mention_cues):
        out.append("v:heading")
    if mention_cues and all(SPEAKER in cues for _, cues, _, _ in mention_cues):
        out.append("v:speaker")
    return out
