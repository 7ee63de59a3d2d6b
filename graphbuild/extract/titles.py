"""Find titles (posts) in a sentence and the organization each one names or implies.

A title is `[modifiers] HEAD [of/for/at COMPLEMENT]`: "Deputy Operations Commander
of the LEF", "Iran's Minister of the Interior", "BelAZ's Director",
"Under Secretary of the Treasury". The organization comes from the complement,
a possessive or prefix organization, or the title itself ("Minister of
Communications" implies the Ministry of Communications; "Rep." the House).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.coref import TERRITORY_WORDS, Cluster, DocResolver, refers_back
from ..nlp.gazetteers import Gazetteers
from ..nlp.doc_text import token_words
from ..nlp.not_names import REGION_WORDS
from .titles_complement import scan_complement
from .titles_partner import firm_partner, is_partner_title
from .titles_ministry import country_after_field, kept_apart, ministry_in_title, portfolio_without_ministry
from .titles_national import national_body_before
from .titles_named_noun import named_noun_owner
from .titles_short_owner import short_form_owner
from .titles_orgs import (FOREIGN_STATE_POST_HEADS, PRIVATE_TOO_HEADS, STATE_POST_HEADS, STATE_ROLE_CLASSES, _employer_before_as, cut_short_form, _hyphened_body, _parenthesised_body, _prefix_cluster,
                          _prefix_name_end, _its_antecedent, _previous_item_body, _untagged_prefix, _whose_antecedent,
                          acronym_opening, last_body_for_its, topic_possessor)
from .titles_parts import _country_name, _lower_field_end, _named_group_before, _possessive, _possessive_mark
from .titles_us import FIRST_WORDS, foreign_chamber, is_us_body, named_chamber, placed_in_congress, release_department, us_body_of_another, us_official_title
from .titles_words import (CURRENT_WORDS, DETERMINERS, FORMER_WORDS, GOVERNMENT_HEADS, STATE_HEADS, Title, _head_at, _later_head, prenominal,
                          post_in_former_parenthesis, post_left, singular)

__all__ = ["GOVERNMENT_HEADS", "Title", "find_titles", "_country_name"]

#: Heads of the posts a U.S. diplomat holds at the State Department ("U.S. Ambassador", "U.S. Special Envoy").
US_DIPLOMATIC_HEADS = {"ambassador", "envoy"}
#: How a release names the United States before a post ("U.S. Ambassador", "American ambassador").
US_NAMES = {"U.S.", "US", "United States", "USA", "American"}
# a state's armed or police force named only by the country's adjective ("a former Haitian police officer"): the post's
# body is that state's force, whose GUIDELINES fallback is "Government of <country>"
FORCE_WORDS = {"police", "military", "army", "navy", "naval", "gendarmerie"}
# "Kenya's government spokesman", "Thai government spokeswoman": a post the word names as the government's (R29)
STATE_WORDS = FORCE_WORDS | {"government"}

#: Title modifiers that may stand between the preposition "under" and the title ("under former President X"; F1 item 9).
UNDER_MODIFIERS = frozenset(FORMER_WORDS | {"late", "acting", "interim"})


#: Heads ending in "s" that name one holder: the chargé d'affaires heads one mission (TL, twenty-sixth session).
SINGULAR_HEADS_IN_S = frozenset({"chief of staff", "chargé d'affaires", "chargé d' affaires", "charge d'affaires",
                                 "charge d' affaires"})


def find_titles(sent: Span, ctx: DocResolver, gaz: Gazetteers) -> list[Title]:
    """Every title in the sentence, left to right, non-overlapping."""
    doc = sent.doc
    titles: list[Title] = []
    i = sent.start
    limit = sent.end
    department: list[str | None] = []  # the release's U.S. department, looked up once a title's first word is seen
    texts, lowers = token_words(doc)
    head_starts, prenominal_firsts = gaz.title_head_starts, gaz.prenominal_by_first
    while i < limit:
        if texts[i] not in FIRST_WORDS and lowers[i] not in head_starts and not prenominal_firsts.get(texts[i]):
            i += 1  # no title starts here: `_head_at` and `_abbreviated` would find none (issue 18, S19)
            continue
        if doc[i].text in FIRST_WORDS and not (titles and i < titles[-1].span_end):
            department = department or [release_department(ctx)]
            us = us_official_title(doc, sent, i, titles[-1].span_end if titles else sent.start, ctx, department[0], gaz.title_heads)
            if us is not None:
                titles.append(us)
                i = us.span_end
                continue
        found = _head_at(doc, i, gaz, limit)
        mention = ctx.mention_at(i)
        abbreviated = _abbreviated(doc, i, limit, gaz)
        if abbreviated is not None and (found is None or abbreviated.end > found[1]) and (mention is None or mention.label != "PERSON"):
            if (chamber := named_chamber(ctx, abbreviated.org_name)) is not None:
                abbreviated.org, abbreviated.org_name = chamber, None  # "Sen. X" where the release names another Senate
            elif not placed_in_congress(doc, sent, ctx, i, abbreviated):
                i = abbreviated.span_end  # "Sen. X" with no U.S. word, party tag or Congress: a title, no U.S. post
                continue
            titles.append(abbreviated)
            i = abbreviated.span_end
            continue
        if found is None or (mention is not None and mention.label == "PERSON"):
            i += 1
            continue
        head, head_end = found
        if head in gaz.title_modifiers and _later_head(doc, head_end, gaz, limit):
            i = head_end  # "Deputy Operations Commander": deputy modifies the later head, which keeps it
            continue
        if head_end < limit and doc[head_end].lower_ in {"order", "orders"}:
            i = head_end  # "Executive Order": a law, not a post
            continue
        if _field_before_minister(doc, gaz, head, head_end, limit):
            i = head_end  # "Justice Minister X": the ministry's field, which the minister's title keeps (G, 23rd session)
            continue
        if head_end < limit and doc[head_end].tag_ == "POS":
            i = head_end  # "the Supreme Leader's deputy": a possessor, not a post
            continue
        if titles and i < titles[-1].span_end:
            i += 1
            continue
        title = _build(doc, sent, i, head, head_end, ctx, gaz, titles[-1].span_end if titles else sent.start)
        if title is not None and is_partner_title(title) and not firm_partner(doc, ctx, gaz, title):
            title = None  # "his partner", "a partner of the chairman of Y": a tie, no post (titles_partner)
        if title is not None:
            titles.append(title)
            i = max(title.span_end, i + 1)
        else:
            i = head_end
    return titles


#: A headline's verbs of designating ("Treasury Sanctions ...", "OFAC Designates ...", "U.S. Targets ...").
HEADLINE_VERBS = frozenset({"sanctions", "designates", "redesignates", "targets", "blacklists", "penalizes", "identifies"})


def _headline_verb(doc: Doc, ctx: DocResolver, sent: Span, k: int) -> bool:
    """Token `k` is a headline's verb after the acting body that opens the sentence: "Treasury Sanctions Commander X",
    "OFAC Designates Officials A and B", "U.S. Targets Militia Leader X". Capitalised like the post's own words, it was
    read as one of them and the body as the post's (P7: "Sanctions Commander" at the Treasury, 0.9)."""
    if doc[k].lower_ not in HEADLINE_VERBS or k - 1 < sent.start:
        return False
    opening = next((t.i for t in sent if not t.is_space and t.text not in {"#", "*", "**"}), k)
    mention = ctx.mention_at(k - 1)
    if mention is not None and mention.end == k and mention.start <= opening:
        cluster = ctx.cluster_of(mention)
        return cluster is not None and bool(cluster.authority)
    words = doc[opening:k].text.lower().removeprefix("the ")
    return words in {"u.s.", "us", "united states", "washington"}


def _area_of_post(doc: Doc, ctx: DocResolver, gaz: Gazetteers, org: Cluster, head_end: int, end: int) -> bool:
    """Whether the complement body of a possessed title is the area the post covers, not its body: named after "for" or
    "in" ("Y's plaza boss for Tijuana", "Y's intelligence chief in Khuzestan Province", "its sales director for the Middle
    East"), or after "of" when it is a province or region ("Y's shadow governor of Paktia Province"). The model tags
    such areas as organizations; the possessor is the body. A name with a body word ("in the Venezuelan Ministry of
    Economy", "for the Y Company", "the Z cartel") is a body, not an area."""
    if {w.lower() for w in org.name.split()} & (gaz.public_body_words | gaz.company_words | gaz.group_nouns) - TERRITORY_WORDS:
        return False
    at = next((k for k in range(head_end, end) if (m := ctx.mention_at(k)) is not None and m.start == k and ctx.cluster_of(m) is org), None)
    if at is None:
        return False
    mention = ctx.mention_at(at)
    prep = at - 1 - int(at - 1 > head_end and doc[at - 1].lower_ == "the")
    if prep < head_end:
        return False
    territory = org.name.split()[-1].lower() in TERRITORY_WORDS or (
        mention is not None and mention.end < len(doc) and doc[mention.end].lower_ in TERRITORY_WORDS)
    return doc[prep].lower_ in {"for", "in"} or doc[prep].lower_ == "of" and territory


def _abbreviated(doc: Doc, i: int, limit: int, gaz: Gazetteers) -> Title | None:
    """"Rep. Dana Rohrabacher": an abbreviated or fixed title from the gazetteer, directly before a name."""
    found = prenominal(doc, i, limit, gaz)
    if found is None:
        return None
    key, value = found
    if us_body_of_another(doc, i, value.get("organization"), gaz.title_modifiers):
        return None  # "EU High Representative X": the EU's post, read with its body by _build
    end_char = doc[i].idx + len(key)
    end = i
    while end < limit and doc[end].idx < end_char:
        end += 1
    if end >= limit or not doc[end].text[:1].isupper() or doc[end].lower_ in {"of", "for"}:
        return None
    start = i
    former = i > 0 and doc[i - 1].lower_ in FORMER_WORDS
    head = value.get("title", key).lower()
    return Title(start=start, end=end, span_end=end, role=value.get("title", key), role_class=gaz.title_heads.get(head.split()[-1], "member"),
                 head=head, org=None, org_name=value.get("organization"), former=former, phrase_start=start - int(former))


def _build(doc: Doc, sent: Span, i: int, head: str, head_end: int, ctx: DocResolver, gaz: Gazetteers, floor: int) -> Title | None:
    # ---- left: modifiers, prefix organization, possessor, determiners, "former"
    start = i
    prefix_org: Cluster | None = None
    prefix_start: int | None = None
    country: str | None = None
    former = False
    group: tuple[int, int] | None = None
    while start - 1 >= max(floor, sent.start):
        tok = doc[start - 1]
        mention = ctx.mention_at(start - 1)
        low = tok.lower_
        if _headline_verb(doc, ctx, sent, start - 1):
            break  # "Treasury Sanctions Commander X": the headline's verb, not a word of the post (nor Treasury its body)
        if low == "under" and tok.is_lower and (doc[start].text[:1].isupper() or doc[start].lower_ in UNDER_MODIFIERS):
            break  # "the Government of Y, under (former) President X": a preposition, not "Under Secretary" (R31, F1 item 9)
        adjective = mention.text if mention is not None and mention.end == start else tok.text
        if adjective in gaz.demonyms and (mention is None or mention.label != "NORP") and gaz.demonyms[adjective] != "United States":
            country = gaz.demonyms[adjective]  # "Moldovan President X": a nationality the model read as a person, place or body
            break
        if mention is not None and mention.label in {"ORG", "VESSEL"} and doc[mention.end - 1].tag_ != "POS" and mention.end == start:
            prefix_org = ctx.cluster_of(mention)
            prefix_start = mention.start
            break
        if doc[i].text[:1].isupper() and (paren := _parenthesised_body(doc, ctx, start - 1, max(floor, sent.start))) is not None:
            prefix_org, prefix_start = paren  # "Y (ACR) Brigadier General X": the body and its acronym open the title
            break
        if mention is not None and mention.label == "GPE" and mention.end == start < i and doc[start].lower_ in gaz.group_nouns \
                and mention.text not in gaz.countries:  # "Norteño Cartel leader X": a name read as a place and a group noun
            group = (mention.start, start + 1)
            start += 1
            break
        known = _hyphened_body(doc, ctx, mention, i) if mention is not None and mention.label in {"GPE", "NORP"} and mention.end == start else None
        if known is not None and mention is not None and mention.text not in gaz.countries:
            prefix_org, prefix_start = known, mention.start  # "ABC-QF official": the model read the acronym as a place
            break
        if mention is not None and mention.label in {"GPE", "NORP"} and mention.end == start:
            country = mention.text if mention.label == "GPE" else gaz.demonyms.get(mention.text)  # "Russian President" -> Russia
            break
        if low in FORMER_WORDS:
            former = True
            start -= 1
            continue
        if low in CURRENT_WORDS:
            start -= 1  # "the current Minister of ...": the post, without the time word
            continue
        if low in gaz.title_modifiers or (tok.text[:1].isupper() and tok.tag_ in {"NNP", "NNPS", "JJ", "NN"} and mention is None and low not in DETERMINERS) or tok.text in {"-"}:
            start -= 1
            continue
        if tok.is_lower and tok.dep_ in {"compound", "amod"} and start <= tok.head.i < head_end and mention is None and tok.tag_ in {"NN", "NNS", "JJ"} \
                and low not in {"percent", "per", "cent"}:  # "the 100 percent owner": a share, not part of the post
            start -= 1  # "public relations officer": lower-case words the parser attaches to the title
            continue
        if tok.tag_ == "JJ" and tok.is_lower and start - 2 >= sent.start and (doc[start - 2].tag_ == "POS" or doc[start - 2].lower_ in DETERMINERS):
            start -= 1  # "M23's civilian spokesperson": one adjective inside the noun phrase
            continue
        break
    if prefix_org is not None and prefix_start is not None:
        start = _prefix_name_end(doc, ctx, gaz, prefix_start, start, i, prefix_org)
        named = _prefix_cluster(ctx, doc[prefix_start:start].text)
        prefix_org = named if named is not None and (named.type != "Country" or prefix_org.type == "Country") else prefix_org
    elif (untagged := _untagged_prefix(doc, ctx, gaz, start, i)) is not None:
        prefix_org, prefix_start, start = untagged  # "Dalkos co-owners X and Y": the model tagged "Dalkos" elsewhere only
    acronym_at = start
    while acronym_at < i and doc[acronym_at].lower_ in FORMER_WORDS | CURRENT_WORDS:
        acronym_at += 1
    acronym = acronym_at < i and prefix_org is None and doc[acronym_at].text.isupper() and len(doc[acronym_at].text) >= 2 \
        and doc[acronym_at].is_alpha and doc[acronym_at].lower_ not in gaz.title_modifiers and ctx.mention_at(acronym_at) is None \
        and doc[acronym_at].text not in gaz.countries and doc[acronym_at].ent_type_ not in {"GPE", "NORP"} \
        and doc[acronym_at].text not in {"CEO", "CFO", "COO", "CTO"}
    role_start = start
    while role_start < i and doc[role_start].lower_ in FORMER_WORDS | CURRENT_WORDS:
        role_start += 1
    phrase_start = start if group is None else group[0]
    possessor: Cluster | None = None
    group_name: str | None = None  # "the gang's leader" after "the Lame Sabo gang", a name the model did not tag
    person_owner = False
    mark = start - 1
    if mark >= sent.start and doc[mark].text == ")" and (opening := acronym_opening(doc, mark, sent.start)) is not None:
        mark = opening - 1  # "the Rapid Support Forces' (RSF) commander": the possessive before the acronym
    if mark >= sent.start and _possessive_mark(doc, mark):
        owner = ctx.mention_at(mark - 1)
        cut = cut_short_form(doc, ctx, owner, sent.start) if owner is not None else None
        short = short_form_owner(doc, ctx, owner, mark, sent.start) if cut is None else None
        if cut is not None:
            possessor, phrase_start = cut  # "Marlen Ridge's director" tagged "Ridge": the body named in full before
        elif short is not None:
            possessor, phrase_start = short  # "Velkor's director" read as a person's: the body named in full before (R31)
        elif owner is not None:
            cluster = ctx.cluster_of(owner)
            if owner.label in {"GPE", "NORP"} and ctx.as_organization(owner) is not None:
                cluster = ctx.cluster_of(owner)  # "Belaruskali's general director"
            if owner.label in {"GPE", "NORP"} or _names_a_state(owner.text, gaz) and not (cluster is not None and cluster.stands_for_authority):
                country = owner.text  # "Moldova's Attorney General": the state's post, whatever the model's label (F4 item 3)
            elif cluster is not None and cluster.type != "Person":
                possessor = cluster
            elif cluster is not None and cluster.type == "Person":
                person_owner = True  # "the president's adviser" is a tie between people; "the president's minister of X" a post at X
            phrase_start = owner.start
    if prefix_org is not None and prefix_start is not None:
        phrase_start = min(phrase_start, prefix_start)  # "a former RDF general": the article and "former" open the phrase
    if possessor is None and prefix_org is None and start - 1 >= sent.start and doc[start - 1].lower_ == "its":
        possessor = (_its_antecedent(doc, ctx, start - 1, sent) or topic_possessor(ctx, sent, start - 1)
                     or last_body_for_its(ctx, sent, start - 1))  # "Y Trading ... and its director"
    if possessor is None and prefix_org is None and start - 2 >= sent.start and doc[start - 1].lower_ == "whose":
        possessor = _whose_antecedent(doc, ctx, start - 1, sent.start)  # "Norvik Mining, whose director is X (and whose ...)"
    if possessor is None and prefix_org is None and start - 3 >= sent.start and _possessive_mark(doc, start - 1) \
            and refers_back(gaz, doc[start - 2].lower_, ctx) and doc[start - 3].lower_ == "the" and ctx.mention_at(start - 2) is None:
        possessor = (_previous_item_body(doc, ctx, sent, doc[start - 2].lower_, gaz)
                     or topic_possessor(ctx, sent, start - 3, doc[start - 2].lower_) or ctx.last_of_kind(start - 2, doc[start - 2].lower_))
        group_name = _named_group_before(doc, start - 3, doc[start - 2].lower_, gaz) if possessor is None else None
        phrase_start = start - 3 if possessor is not None or group_name else phrase_start  # "X, the company's director,": one appositive
    if possessor is None and prefix_org is None and group_name is None and mark >= sent.start and _possessive_mark(doc, mark) \
            and (national := national_body_before(doc, ctx, gaz, mark, sent.start)) is not None:
        possessor, group_name, phrase_start = national  # "the Burmese military's top commander": the country's body in lower case (H4)
    if possessor is None and prefix_org is None and group_name is None and mark >= sent.start and _possessive_mark(doc, mark) \
            and (named_noun := named_noun_owner(doc, ctx, sent, mark)) is not None:
        possessor, phrase_start = named_noun  # "the central bank's governor": the body whose name holds the words (PV)
    if phrase_start - 3 >= sent.start and doc[phrase_start - 2].text == "-" and doc[phrase_start - 1].is_lower \
            and doc[phrase_start - 3].is_lower and doc[phrase_start - 1].tag_ in {"VBN", "JJ"}:
        phrase_start -= 3  # "the self-proclaimed emir", "the so-called minister": in the phrase, not in the role
    while phrase_start - 1 >= sent.start and doc[phrase_start - 1].lower_ in DETERMINERS | FORMER_WORDS:
        if doc[phrase_start - 1].lower_ in FORMER_WORDS:
            former = True
        phrase_start -= 1
    former = former or post_left(doc, phrase_start, sent.start)  # "resigned as chairman", "was fired as director of Y"
    former = former or post_in_former_parenthesis(doc, phrase_start, sent.start)  # "X (formerly Y's director)" (M36)
    one_of = phrase_start - 2 >= sent.start and doc[phrase_start - 2].lower_ == "one" and doc[phrase_start - 1].lower_ == "of"
    if one_of:
        phrase_start -= 2  # "one of the founders of Y" / "one of Y's founders": one post of a plural title
    employer = _employer_before_as(doc, ctx, sent, phrase_start) if possessor is None and prefix_org is None else None
    if employer is not None:
        possessor, phrase_start = employer  # "X has worked for Y as a manager": the post is at Y, the verb links X to it
    # ---- right: complement
    scanned = scan_complement(doc, sent, ctx, gaz, i, head, head_end, role_start, country, group)
    end, domain_end, org, org_name, also, country = scanned.end, scanned.domain_end, scanned.org, scanned.org_name, scanned.also, scanned.country
    group = scanned.group
    field_country: str | None = None  # "Minister of Finance of Honduras": the country after the field says whose ministry it is
    if gaz.title_heads.get(head) == "minister" and domain_end > head_end and (tail := country_after_field(doc, gaz, head_end, domain_end)):
        domain_end, field_country = tail  # the Ministry of Finance, Honduras's (resolve.country reads Honduras)
    plural = (doc[head_end - 1].tag_ in {"NNS", "NNPS"} or head.endswith("s") and not head.endswith("ss") and head not in SINGULAR_HEADS_IN_S) and not one_of
    if prefix_org is not None and org is not None and org.name.split()[-1].lower() in TERRITORY_WORDS:
        org, also, domain_end = prefix_org, (), end  # "IRGC Commander of Golestan Province": the force's post for an area
    area = possessor is not None and org is not None and org is not possessor and not also and _area_of_post(doc, ctx, gaz, org, head_end, end)
    if area:
        org, domain_end = possessor, end  # "Hamas's head of finance for the Gaza Strip": the possessor's post for an area
    named_before = prefix_org if prefix_org is not None else (_prefix_cluster(ctx, doc[acronym_at].text) if acronym else None)
    if not area and named_before is not None and possessor is None and org is not None and org is not named_before and not also \
            and _area_of_post(doc, ctx, gaz, org, head_end, end):
        org, domain_end, area = named_before, end, True  # "the RVF sector commander for Zalingei": the body named before the area
    role_end = domain_end if domain_end > head_end else head_end
    role = doc[role_start:role_end].text
    role = " ".join(role.split())
    if not role:
        return None
    if one_of and doc[head_end - 1].tag_ in {"NNS", "NNPS"}:
        role = singular(role)
    role_class = gaz.title_heads.get(head, "member")
    # ---- implied organization
    pren = prenominal(doc, role_start, sent.end, gaz)
    if pren is not None:
        key, value = pren
        key_end = role_start
        while key_end < sent.end and doc[key_end].idx < doc[role_start].idx + len(key):
            key_end += 1
        foreign = is_us_body(value.get("organization")) and (possessor is not None or prefix_org is not None or (
            country is not None and _country_name(country).removeprefix("the ") not in US_NAMES)
            or us_body_of_another(doc, role_start, value.get("organization"), gaz.title_modifiers))
        if foreign:
            pass  # "the EU's High Representative", "Cambodia's Secretary of State": not the U.S. body the lexicon names
        elif org is None or (org.authority and org.authority == value.get("organization")) or end <= key_end:
            org_name = value.get("organization")
            org = None if org_name else org
            role = value.get("title", role) if len(role) <= len(key) + 1 else role
            end = max(end, key_end)  # "Under Secretary of the Treasury for Terrorism and ...": the whole fixed title
            if (chamber := named_chamber(ctx, org_name)) is not None:
                org, org_name = chamber, None  # "former Senator X" in a release that names the Senate of Haiti
    government = _sanctioning_government(gaz, prefix_org, possessor, country) \
        if role_class == "minister" and portfolio_without_ministry(doc, gaz, head_end, domain_end) else None
    if org is None and org_name is None and role_class == "minister" and domain_end > head_end and head not in STATE_HEADS \
            and not _region_only(doc, head_end, domain_end) \
            and government is None:
        domain = doc[head_end:domain_end].text
        domain = domain.split(" ", 1)[1] if domain.lower().startswith(("of ", "for ")) else domain
        org_name = f"Ministry of {domain}"
        if country:
            org_name = f"{_possessive(country)} {org_name}"
        elif field_country:
            org_name = kept_apart(ctx, org_name, field_country)
    if org is None and org_name is None and government is not None and prefix_org is None and possessor is None:
        org_name = government  # "British Minister for Sanctions X": the state named by an adjective, as "UK Minister ..." (RB)
    lower_field = _lower_field_end(doc, head_end, sent.end) if role_class == "minister" and domain_end == head_end else None
    if org is None and org_name is None and lower_field is not None and head not in STATE_HEADS:
        words = doc[head_end + 1:lower_field].text.split()  # "a former deputy minister of industry": that field's ministry
        org_name = "Ministry of " + " ".join(w if w in {"and", "the"} else w.capitalize() for w in words)
        role = " ".join(doc[role_start:lower_field].text.split())
        if country:
            org_name = f"{_possessive(country)} {org_name}"
    field = [doc[x].lower_ for x in range(role_start, i) if doc[x].lower_ in gaz.ministry_fields]
    if org is None and org_name is None and role_class == "minister" and domain_end == head_end and field:
        org_name = f"Ministry of {gaz.ministry_fields[field[-1]]}"  # "Defense Minister Oleg Varnov"
        if country:
            org_name = f"{_possessive(country)} {org_name}"
    if org is None and org_name is None and (ministry := ministry_in_title(doc, ctx, gaz, i, max(floor, sent.start), country)) is not None:
        org_name = ministry  # "Chinese foreign ministry spokesperson X": the lower-case ministry names the body (R31)
    if org is None and org_name is None and acronym:
        # "IRGC Brigadier General X": an acronym the model did not tag opens the title and nothing else names a body:
        # it names the force (with a body named after it, "an HR manager for Y", it stays part of the role)
        org = _prefix_cluster(ctx, doc[acronym_at].text)
        org_name = None if org is not None else doc[acronym_at].text
        role = " ".join(doc[acronym_at + 1:role_end].text.split()) or role
    if org is None and org_name is None and group is not None:
        org_name = doc[group[0]:group[1]].text
    if org is None and org_name is None:  # after the ministry: "Ruiz's minister of X" is at the Ministry of X
        if prefix_org is not None:
            org = prefix_org
        elif possessor is not None:
            org = possessor
        elif group_name:
            org_name = group_name
    state = _country_name(country).removeprefix("the ") if country else None
    if org is None and org_name is None and head in US_DIPLOMATIC_HEADS and state in US_NAMES:
        # "the U.S. Ambassador to Serbia", "the U.S. Special Envoy for Sudan": the State Department's post, not a
        # "Government of U.S."
        org_name = "U.S. Department of State"
    # another state's post: a head only a foreign state has, or a word of its forces before the head ("Iranian army colonel")
    foreign_state_post = state is not None and state not in US_NAMES and (
        head in FOREIGN_STATE_POST_HEADS or any(doc[x].lower_ in STATE_WORDS for x in range(role_start, i)))
    if org is None and org_name is None and state in gaz.countries and (
            head in GOVERNMENT_HEADS or (role_class in STATE_ROLE_CLASSES and head not in PRIVATE_TOO_HEADS
                                        or head in STATE_POST_HEADS or foreign_state_post)
            and not plural) \
            and not any(doc[x].lower_ in gaz.group_nouns for x in range(role_start, i)):  # "Russian gang leader": no government
        # "Russian President X"; "Rwanda's Minister of State X", "Chief Prosecutor of Liberia": a post in that country's
        # government, the fallback body the GUIDELINES give when the text names no ministry or office
        org_name = f"Government of {_country_name(country)}"
    if org is not None and org.authority and (chamber := foreign_chamber(doc, ctx, org, phrase_start, max(end, role_end))) is not None:
        org = chamber  # "Deputy Chairman of the House of Representatives" in a release about another state's parliament
    if person_owner and org is None and org_name is None:
        return None
    return Title(
        start=role_start, end=role_end, span_end=max(end, role_end), role=role, role_class=role_class, head=head,
        org=org, org_name=org_name, former=former, plural=plural, country=country, phrase_start=phrase_start,
        possessed=person_owner or possessor is not None or country is not None and phrase_start < role_start,
        also=also if org is not None else (), area=area,
    )


def _field_before_minister(doc: Doc, gaz: Gazetteers, head: str, head_end: int, limit: int) -> bool:
    """A head that is also a ministry's field word, right before a minister's head: "Justice Minister X" read "Justice"
    as a judge's title and left "Minister X" with no field (G, twenty-third session)."""
    if head not in gaz.ministry_fields or head_end >= limit:
        return False
    after = _head_at(doc, head_end, gaz, limit)
    return after is not None and gaz.title_heads.get(after[0]) == "minister"


def _names_a_state(text: str, gaz: Gazetteers) -> bool:
    """The possessor's words are a gazetteer country ("Moldova", "the Philippines"): the model tags such a possessor
    an organization at times, and a post of "Moldova's Attorney General" went to a body "Moldova". The words decide,
    as `titles_national._country_end` does (issue 13, M44: F4 item 3). Not a government the gazetteer knows as a
    body ("the United Kingdom's Minister for Development": the post is at that body, named "United Kingdom")."""
    return text in gaz.countries or text.removeprefix("the ") in gaz.countries


def _sanctioning_government(gaz: Gazetteers, prefix_org: Cluster | None, possessor: Cluster | None,
                             country: str | None) -> str | None:
    """The authority the title names before it ("UK Minister for Sanctions", "Australia's Minister for Home Affairs
    and Cyber Security", "HM Treasury's Minister for X"), by its gazetteer name: such a minister's post is that
    government's or body's, not a "Ministry of Sanctions" (BN). Another state's "Minister for Forests" or a group's
    "Minister for the Propagation of Virtue" keeps its ministry, which the gold names. A state named by an adjective
    (`country`: "British Minister for Sanctions") counts when it is a sanctioning government, a gazetteer authority
    with no parent body (RB's review: it kept a "United Kingdom's Ministry of Sanctions")."""
    named = next((c.authority for c in (prefix_org, possessor) if c is not None and c.authority), None)
    if named is not None or not country:
        return named
    record = gaz.authority(_country_name(country).removeprefix("the "))
    return record.name if record is not None and record.sanctioning and record.parent is None else None


def _region_only(doc: Doc, start: int, end: int) -> bool:
    """"(Minister) for Europe", "for Southeast Asia": a part of the world is no ministry's field (R18)."""
    words = [t for t in doc[start:end] if t.lower_ not in {"of", "for", "the"}]
    return bool(words) and words[-1].lower_ in REGION_WORDS
