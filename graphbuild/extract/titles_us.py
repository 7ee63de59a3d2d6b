"""The fixed titles of U.S. officials that name their body by themselves (issue 13, R22).

A State Department release quotes its own officials by titles no lexicon head ties to a body: "Ambassador-at-Large
for Global Criminal Justice X", "Coordinator for Counterterrorism X", "Special Envoy for the Western Balkans X",
"X, Assistant Secretary of State for European and Eurasian Affairs", "Deputy Department Spokesperson X", "the
Department's spokesperson". The GUIDELINES put such a post at the official's department, which is the designating
authority, a body the learned scorer never pairs (roles_doc._designator), so only the rules can give it. Read word by
word, the titles went astray: the field after "for" read as the body ("Western Balkans", "Global Criminal"), "State"
or "Deputy Department" taken for a body, "Justice" for a judge's title. A fixed title is read here as one phrase: its
field after "for"/"to" is the post's portfolio, never its body; the diplomat's posts are at the State Department, a
spokesperson's at the department the release speaks for.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster, DocResolver
from ..nlp.doc_text import doc_text
from ..nlp.mentions import US_WORDS
from .release_header import header_format_body
from .titles_words import DETERMINERS, FORMER_WORDS, Title

STATE_DEPARTMENT = "U.S. Department of State"
DEPARTMENT_PREFIX = "U.S. Department of"
US_PREFIXES = ("U.S. ", "US ", "United States ")

#: A State Department post, capitalised as a title, at the start of the text it is matched against; group 1 is the
#: head word. "Ambassador to" needs the "U.S." before it (another state's ambassador is written the same way).
STATE_POST = re.compile(
    r"(?:Acting )?(?:(?:Principal )?(?:Deputy )?Assistant (Secretary) of State"
    r"|(Ambassador)-at-Large(?: and Coordinator)?"
    r"|(Coordinator) for"
    r"|Special (?:Presidential )?(Envoy)"
    r"|Special (Representative))\b")
US_AMBASSADOR = re.compile(r"(Ambassador) to\b")
#: The spokesperson of the department that issues the release.
SPOKESPERSON = re.compile(r"(?:Acting )?(?:Deputy )?(?:Department )?(Spokesperson)\b")
#: Words that continue a post's field ("for International Narcotics and Law Enforcement Affairs").
FIELD_JOINERS = {"and", "of", "the", "for", "in", "on", "to", "&", "-"}
MAX_FIELD = 12
#: The words such a title opens with (a cheap test before the patterns).
FIRST_WORDS = {"Acting", "Principal", "Deputy", "Assistant", "Ambassador", "Coordinator", "Special", "Department",
               "Spokesperson", "spokesperson", "U.S.", "US", "United"}
STOP_AFTER = {"said", "says", "added", "stated", "noted", "announced"}


def release_department(ctx: DocResolver) -> str | None:
    """The U.S. department a document speaks for: the one its header's format line names ("Press Statement", "Dana
    X, Department Spokesperson": the State Department's, also when the text names only the Treasury's concurrent
    action), else the first authority it names that is, or belongs to (OFAC -> Treasury), a "U.S. Department of ...";
    one answer per resolver (its clusters are final)."""
    return ctx.derived("release_department", _release_department)  # type: ignore[no-any-return]


def _release_department(ctx: DocResolver) -> str | None:
    return header_format_body(doc_text(ctx.doc)) or _first_department(ctx)


def _first_department(ctx: DocResolver) -> str | None:
    best: tuple[int, str] | None = None
    for cluster in ctx.clusters:
        if not cluster.authority:
            continue
        found = ctx.gaz.authorities.get(cluster.authority)
        department = cluster.authority if cluster.authority.startswith(DEPARTMENT_PREFIX) else (
            found.parent if found is not None and found.parent and found.parent.startswith(DEPARTMENT_PREFIX) else None)
        if department and (best is None or cluster.first_token < best[0]):
            best = (cluster.first_token, department)
    return best[1] if best else None


def _token_at_char(doc: Doc, start: int, limit: int, char: int) -> int:
    """The first token at or after a character offset (the end of a match), within `limit`."""
    k = start
    while k < limit and doc[k].idx < char:
        k += 1
    return k


def _field_end(doc: Doc, ctx: DocResolver, k: int, limit: int) -> int:
    """End of a post's field from token `k` ("for the Western Balkans", "for Democracy, Human Rights, and Labor"):
    capitalised words and joiners, up to the person's name, a lower-case word or a clause's punctuation."""
    end = k
    if k < limit and doc[k].lower_ in {"for", "to"}:
        k += 1
    first = k
    while k < limit and k - first <= MAX_FIELD:
        tok = doc[k]
        mention = ctx.mention_at(k)
        if mention is not None and mention.label == "PERSON" and mention.start == k:
            if k > first or mention.end < limit and not doc[mention.end].is_punct:
                break  # the holder's name after the field
            end = k = mention.end  # "X, Assistant Secretary for Western Hemisphere Affairs.": a field the model read as a name
            continue
        if tok.text == "," and k + 1 < limit and (doc[k + 1].text[:1].isupper() or doc[k + 1].lower_ == "and"):
            k += 1
            continue
        if tok.lower_ in STOP_AFTER or not (tok.text[:1].isupper() or tok.lower_ in FIELD_JOINERS):
            break
        k += 1
        if tok.text[:1].isupper():
            end = k
    return end


def _opens_alone(doc: Doc, ctx: DocResolver, i: int, floor: int) -> bool:
    """Nothing before the title names another holder's body: no possessive, no body, country or acronym right before
    it ("EU Special Representative", "Russia's special envoy", "UN Special Envoy")."""
    if i <= floor:
        return True
    before = doc[i - 1]
    if before.lower_ in DETERMINERS | FORMER_WORDS or before.text in {",", "(", "\u201c", '"', ":", "-", "\u2014", "\u2013"}:
        return True
    return before.is_lower and before.tag_ not in {"POS"} and ctx.mention_at(i - 1) is None


def _phrase_start(doc: Doc, i: int, floor: int) -> tuple[int, bool]:
    """Where the title's phrase opens (determiners, "former") and whether it is a former post."""
    start, former = i, False
    while start - 1 >= floor and doc[start - 1].lower_ in DETERMINERS | FORMER_WORDS:
        former = former or doc[start - 1].lower_ in FORMER_WORDS
        start -= 1
    return start, former


def us_official_title(doc: Doc, sent: Span, i: int, floor: int, ctx: DocResolver, department: str | None,
                      role_classes: dict[str, str]) -> Title | None:
    """The fixed U.S. title opening at token `i` ("Special Envoy for Sudan", "U.S. Ambassador to Peru", "Deputy
    Department Spokesperson", "the Department's spokesperson"), its field included and its body implied; None when
    no such title opens there, when something before it names another body, or when the document is no U.S.
    department's release (`department`, release_department)."""
    if department is None:
        return None
    mention = ctx.mention_at(i)
    if mention is not None and (mention.start < i or mention.label == "PERSON"):
        return None  # inside a body's name ("Office of the Special Presidential Envoy for ...") or a person's
    limit = sent.end
    text = doc[i:min(limit, i + 12)].text
    us = next((p for p in US_PREFIXES if text.startswith(p)), "")
    opening = i
    body = STATE_DEPARTMENT
    match = STATE_POST.match(text, len(us)) or (US_AMBASSADOR.match(text, len(us)) if us else None)
    if match is None and not us:
        body = department
        match = SPOKESPERSON.match(text)
        if match is None and doc[i].text == "spokesperson" and i - 2 >= floor and doc[i - 1].tag_ == "POS" \
                and doc[i - 2].lower_ == "department":
            match, opening = SPOKESPERSON.match("Spokesperson"), i - 2  # "the Department's spokesperson"
    if match is None or not _opens_alone(doc, ctx, opening, floor):
        return None
    head = next(g for g in match.groups() if g).lower()
    end = _token_at_char(doc, i, limit, doc[i].idx + match.end())
    if end < limit and doc[end].lower_ in {"for", "to"} or match.group(0).endswith((" for", " to")):
        end = max(end, _field_end(doc, ctx, end, limit))
    role = " ".join(doc[i:end].text.split())
    phrase_start, former = _phrase_start(doc, opening, floor)
    return Title(start=i, end=end, span_end=end, role=role, role_class=role_classes.get(head, "member"), head=head,
                 org=None, org_name=body, former=former, phrase_start=phrase_start)


def is_us_body(name: str | None) -> bool:
    """A body of the U.S. government named by the title lexicon ("U.S. Senate", "U.S. Department of State")."""
    return bool(name) and name.startswith(US_PREFIXES)


def us_body_of_another(doc: Doc, i: int, body: str | None, modifiers: set[str] | frozenset[str]) -> bool:
    """A lexicon title that implies a U.S. body ("Senator", "Representative") follows a word that makes it another
    holder's: a possessive ("the EU's Representative"), a capitalised word that is no U.S. name and no title modifier
    ("EU High Representative", "Haitian Senator"; "Deputy Treasury Secretary" stays the Treasury's)."""
    if not is_us_body(body) or i == 0:
        return False
    before = doc[i - 1]
    if before.tag_ == "POS":
        return True
    if not before.text[:1].isupper() or before.is_sent_start or before.text in {"U.S.", "US", "American", "United"}:
        return False
    return before.lower_ not in FORMER_WORDS | DETERMINERS | set(modifiers)


#: The U.S. chambers a lexicon title implies ("Senator", "Rep."), by the word that names a chamber of that kind.
US_CHAMBERS = {"U.S. Senate": "Senate", "U.S. House of Representatives": "Representatives"}


def named_chamber(ctx: DocResolver, body: str | None) -> Cluster | None:
    """The one other chamber of the kind a lexicon title implies that the document names ("Senator X" in a release
    naming "the Senate of Haiti" or "the Senate"): the readable releases name foreign senators by the bare title as
    often as U.S. ones, and their gold has the chamber the text names."""
    word = US_CHAMBERS.get(body or "")
    if word is None:
        return None
    found = {c.name: c for c in ctx.clusters if c.is_plain_body and c.name != body and _headed_by(c.name, word)}
    return next(iter(found.values())) if len(found) == 1 else None


#: A party and state tag after a U.S. lawmaker's name: "(R-Ohio)", "(D-N.Y.)", ", R-Texas".
PARTY_TAG = re.compile(r"^\s*[,(]\s*[RDI]\s?-\s?[A-Z]")
#: The U.S. bodies that place a lawmaker in Congress when the release names them itself.
CONGRESS_BODIES = frozenset({"U.S. Congress", "U.S. Senate", "U.S. House of Representatives"})


#: Verbs of a sanctions action: a lawmaker named in a sentence that has one is likely its target, not a U.S. lawmaker
#: speaking of it ("OFAC designated Sen. X", "sanctions were imposed on Rep. Y").
ACTION_VERBS = frozenset({"designate", "sanction", "target", "blacklist", "impose", "penalize", "list", "add"})


def placed_in_congress(doc: Doc, sent: Span, ctx: DocResolver, i: int, title: Title) -> bool:
    """A title written short ("Rep.", "Sen.") implies a U.S. chamber when the text places its holder in the U.S.
    Congress: "U.S."/"American" before it, a party tag after the name ("Sen. X (R-Ohio)"), or the release naming
    Congress or a chamber of it; else only when the holder is no target of the sentence's sanctions verb and the
    release names no other state's legislature ("Rep. X welcomed the action" in a Treasury release stays a U.S.
    Representative). Other short titles keep their body: the check is for the U.S. chambers alone (issue 13, M18:
    "OFAC designated Rep. X, a member of the Y Parliament" was also a U.S. Representative, "OFAC designated Sen. X" a
    U.S. Senator)."""
    if title.org_name not in US_CHAMBERS or not doc[i].text.endswith("."):
        return True
    if i > 0 and doc[i - 1].text in {"U.S.", "US", "American"}:
        return True
    name = ctx.mention_at(title.end)
    after = name.end if name is not None and name.start == title.end else title.end + 1
    if after < len(doc) and PARTY_TAG.match(doc[after:min(len(doc), after + 4)].text):
        return True
    if any(c.authority in CONGRESS_BODIES for c in ctx.clusters):
        return True
    action = _target_of_action(doc[name.start:name.end].root if name is not None and name.start == title.end
                               else doc[min(title.end, len(doc) - 1)])
    other = any(c.is_plain_body and any(_headed_by(c.name, w) for w in LEGISLATURE_HEADS)
                and not any(w in c.name for w in ("U.S.", "United States", "American")) for c in ctx.clusters)
    return not action and not other


#: Dependencies that keep a name inside the noun phrase a verb acts on: its object, its passive subject, a
#: preposition's object ("imposed on Rep. X"), a conjunct or an apposition of one of them.
NOMINAL_PATH = frozenset({"dobj", "nsubjpass", "pobj", "prep", "dative", "conj", "appos", "compound", "attr", "oprd"})


def _target_of_action(holder: Token) -> bool:
    """The holder is the object of a sanctions verb ("OFAC designated Sen. X", "Rep. Y was designated", "sanctions
    were imposed on Rep. Z"): the walk up the tree stays on nominal links until a sanctions verb. A lawmaker who is
    the subject of the sentence's verb ("Rep. X has urged Treasury to designate Y", "Sen. X praised the decision to
    sanction Y") is no target, however many sanctions verbs the sentence has (issue 13, M26, F1 item 1)."""
    tok = holder
    while tok.dep_ in NOMINAL_PATH and tok.head is not tok:
        head = tok.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ACTION_VERBS:
            return True
        tok = head
    return False


def _headed_by(name: str, word: str) -> bool:
    """The chamber word is the name's head ("Senate of Haiti", "Haitian Senate"), not a modifier of a unit of it
    ("Senate Banking Committee": a committee, whose member may still sit in the U.S. Senate)."""
    words = name.split()
    return words[-1] == word or any(w == word and nxt == "of" for w, nxt in zip(words, words[1:]))


#: Words in a post's phrase that keep the chamber the U.S. one: `mentions.US_WORDS` without "States" ("United" covers
#: "United States"; "the Congress of the Federated States of X" is another state's)
US_PHRASE_WORDS = US_WORDS - {"States"}
#: The U.S. chambers a bare name may resolve to ("Congress", "the House of Representatives"), by the word that heads a
#: chamber of that kind
US_CHAMBER_WORDS = {"U.S. Congress": "Congress", "U.S. House of Representatives": "Representatives", "U.S. Senate": "Senate"}
#: Words that head a legislature's name ("National Assembly of the Republic of X", "Parliament of X", "State Duma"),
#: as written; not `titles_complement.LEGISLATURE_NAME_WORDS` (lower case, any word of the name, other words)
LEGISLATURE_HEADS = ("Congress", "Senate", "Representatives", "Assembly", "Parliament", "Duma", "Majlis", "Legislature", "Rada")


def foreign_chamber(doc: Doc, ctx: DocResolver, org: Cluster, start: int, end: int) -> Cluster | None:
    """The other state's legislature a post "of the House of Representatives", "in Congress", "of the Congress's Board"
    is at, when the gazetteer read the bare name as the U.S. chamber (R24, issue 13).

    The phrase `doc[start:end]` must not say "U.S."/"United States"/"American"; the document must name a legislature that
    is no U.S. body: the one headed by the same word ("Guatemala's Congress of the Republic" for "Congress"), else its one
    legislature of any kind ("the National Assembly of the Republic of Belarus" for "the House of Representatives").
    A release quoting a U.S. lawmaker calls the chamber so ("Senator X", the "U.S. House"): those keep the U.S. body.
    """
    word = US_CHAMBER_WORDS.get(org.authority or "")
    if word is None or any(t.text in US_PHRASE_WORDS for t in doc[start:end]):
        return None
    bodies = [c for c in ctx.clusters if c.is_plain_body and any(_headed_by(c.name, w) for w in LEGISLATURE_HEADS)
              and not any(w in c.name for w in ("U.S.", "United States", "American"))]
    same = {c.name: c for c in bodies if _headed_by(c.name, word)}
    if len(same) == 1:
        return next(iter(same.values()))
    every = {c.name: c for c in bodies}
    return next(iter(every.values())) if not same and len(every) == 1 else None
