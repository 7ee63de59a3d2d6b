"""Documents that bold the people who speak: there bold is how people's names are written, not a designee's mark.

A Treasury release bolds the names it designates and leaves its quoted officials plain ("said Under Secretary X"),
so the bold-name reading (`release._bold_names`) and the scorer's bold cue take a bold person for a designee. A
wire story, a State statement or another government's notice that bolds a spokesperson who "told reporters" bolds
every person it names: the minister who "welcomed the sanctions", the network's members it only describes, the
director named in its notes to editors (issue 13, thirty-third session DP: unread_aj and unread_l). In such a
document a bold person is a designee only where something else says so (a designating sentence, a list item under
a statement, a table row). Firms are not concerned: the sign is about how the document writes people, and a story
that bolds its speakers still names the companies its action counts in bold ("sanctioned X and two companies he
controls").
"""
from __future__ import annotations

from spacy.tokens import Span

from ..nlp.mentions import Mention
from .context import DocContext
from .speakers import speaker_mention

_KEY = "gb_bolds_speakers"


def bolds_speakers(ctx: DocContext) -> bool:
    """Some name with a bold mention is named only as the subject of a speaking verb
    (`speakers.speaker_mention` for every mention: "government spokesperson **X** told reporters", "Minister **Y**
    said:"), the bold holding the name alone, and not opening its paragraph unless a post introduces it (`_titled`):
    a story presents whom it quotes, while a Treasury release that bolds a designee who speaks opens his paragraph
    with the bare name ("**X** said in a video that the group would ...", review, thirty-third session RDP: such a
    designee made every other bold person of the release lose the bold cue and be dropped); of any type (the model types a hyphenated speaker's name a firm:
    unread_aj). Computed once per document (the rules' bold reading and the scorer's vetoes ask)."""
    cached = ctx.doc.user_data.get(_KEY)
    if cached is not None:
        return bool(cached)
    speaks: dict[int, bool] = {}
    bold: set[int] = set()
    titled: set[int] = set()
    opening: set[int] = set()
    for m in ctx.resolver.mentions:
        cluster = ctx.entity(m)
        if cluster is None or cluster.authority:
            continue  # a sanctioning body that speaks ("**OFAC** said") announces; it says nothing of how names are set
        sent = ctx.sentences[ctx.sentence_index(m.start)]
        speaks[cluster.index] = speaks.get(cluster.index, True) and speaker_mention(sent, m.start, m.end)
        if m.bold and _bold_name_alone(ctx, m.start_char):
            bold.add(cluster.index)
        if _titled(ctx, sent, m):
            titled.add(cluster.index)
        if m.bold and _opens_line(ctx, m.start_char):
            opening.add(cluster.index)
    found = any(speaks.get(index, False) for index in bold if index in titled or index not in opening)
    ctx.doc.user_data[_KEY] = found
    return found


def _titled(ctx: DocContext, sent: Span, m: Mention) -> bool:
    """A post stands right before the name ("government spokesperson X", "Deputy Director of OFAC X") or opens an
    apposition just after it ("X, a senior fellow at Y,", "X, Assistant Secretary for Z,"): how a story introduces the
    people it quotes. "The group's spokesman, X, said" (a comma before the name) is left out: it is how a release
    describes a designee. A title that runs over the name is one before it (a hyphenated name the model types a firm
    is read as the body of "Minister for Sanctions": unread_aj)."""
    after = m.end < len(sent.doc) and sent.doc[m.end].text == ","
    return any(t.start < m.start <= max(t.end, t.span_end) or after and m.end < t.start <= m.end + 2
               for t in ctx.titles_in(sent))


def _opens_line(ctx: DocContext, char: int) -> bool:
    """Nothing but spaces stands before the name on its line: a paragraph about the person, as releases describe each
    designee."""
    text = ctx.doc.text
    return not text[text.rfind("\n", 0, char) + 1:char].strip()


def _bold_name_alone(ctx: DocContext, name_char: int) -> bool:
    """The bold range holding the name starts with it: "spokesperson **X** told reporters" bolds a name as a story
    writes names. A release that sets its official's title in the same bold ("said **Secretary of the Treasury X**")
    marks its own speaker's entry, as Treasury releases do, and says nothing of how it writes other people (unread_g:
    the first version lost two bold designees of two such releases)."""
    return any(start >= name_char - 1 and start <= name_char < end for start, end in ctx.bold)
