"""How alike two names are, part by part: the decision rules live here, one function per entry kind.

Parts pair one-to-one, best pairs first. A pair is the same word (1.0), the same name in
another transliteration (a shared rigour symbol: 0.95; the same metaphone code and a
plausible edit distance: 0.9), or a near spelling (rapidfuzz Levenshtein similarity).
People: every part of the shorter name must pair, and two names that each keep a word
the other lacks ("Ali X" and "Reza X") conflict, so the same surname with another given
name never links, nor does a bare surname. Organizations and vessels: the Dice overlap of
their parts, spelled alike (sound-alike short words are too often other companies), numbers exact.
"""
from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from .names import NameForm, Part

PERSON_PART_MIN = 0.8
OTHER_PART_MIN = 0.86
#: Form words rigour keeps as part of a name (it treats only "Co., Ltd.", LLC ... as legal forms): when one side
#: lacks them ("Company" vs "Co., Ltd.") they weigh a quarter of a word.
GENERIC_FORM_WORDS = frozenset({"company", "co", "corporation", "corp"})


_SEEN: dict[tuple[str, str, bool], float] = {}


def part_similarity(a: Part, b: Part, phonetic: bool = True) -> float:
    """0..1: how surely two words are the same name part; `phonetic`: sound-alike spellings count (people's names).

    Remembered per pair of words: the same given names and company words meet again and again.
    """
    key = (a.text, b.text, phonetic)
    found = _SEEN.get(key)
    if found is None:
        if len(_SEEN) > 1_000_000:
            _SEEN.clear()
        found = _SEEN[key] = _similarity(a, b, phonetic)
    return found


def _similarity(a: Part, b: Part, phonetic: bool) -> float:
    if a.text == b.text:
        return 1.0
    if a.numeric or b.numeric:
        return 0.0  # "SEA GULL 1" is not "SEA GULL 2"
    if a.initial or b.initial:
        long = b if a.initial else a
        short = a if a.initial else b
        return 0.8 if long.text.startswith(short.text) and not (a.initial and b.initial) else 0.0
    similarity = Levenshtein.normalized_similarity(a.text, b.text)
    if a.symbols & b.symbols:
        return max(0.95, similarity)
    if not phonetic:
        return similarity
    if a.metaphone and a.metaphone == b.metaphone and similarity >= 0.6:
        return max(0.9, similarity)
    if min(len(a.metaphone), len(b.metaphone)) >= 4 and Levenshtein.distance(a.metaphone, b.metaphone) == 1 and similarity >= 0.6:
        return max(0.85, similarity)  # Alyaksandr / Alexander: ALYKSNTR / ALKSNTR
    return similarity


def _pairs(query: NameForm, result: NameForm, minimum: float, phonetic: bool) -> list[tuple[int, int, float]]:
    """One-to-one pairs of parts (query index, result index, similarity), best first; equal words pair first."""
    pairs: list[tuple[int, int, float]] = []
    free_r = list(range(len(result.parts)))
    free_q = []
    for i, q in enumerate(query.parts):
        j = next((j for j in free_r if result.parts[j].text == q.text), None)
        if j is None:
            free_q.append(i)
        else:
            free_r.remove(j)
            pairs.append((i, j, 1.0))
    if not free_q or not free_r:
        return pairs
    candidates = sorted(((part_similarity(query.parts[i], result.parts[j], phonetic), i, j) for i in free_q for j in free_r),
                        reverse=True)
    used_q: set[int] = set()
    used_r: set[int] = set()
    for similarity, i, j in candidates:
        if similarity < minimum:
            break
        if i not in used_q and j not in used_r:
            used_q.add(i)
            used_r.add(j)
            pairs.append((i, j, similarity))
    return pairs


#: Articles and particles of surnames ("al-Rashidi", "bin Salem", "de la Vega"): no name of their own. A surname with
#: one is still a bare surname, and a pair of particles proves nothing: a graph alias "al-<surname>" linked at 0.95 to
#: an entry whose a.k.a. was "AL-<similar surname>, <another given name>", and a nickname "El <word>" at 1.0 to the
#: entry whose a.k.a. it is, though the text named another man (P10, fifteenth session). Not "van", "le", "da",
#: "di", "du", "ben": names of their own in Vietnamese, Chinese or English ("LE, Van Thanh").
NAME_PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "bint", "von", "der", "den", "de", "del", "della", "la",
                            "dos", "das"})


#: The first word of a kunya ("Abu <son's name>", "Umm <son's name>"): a kunya of two common words alone is no
#: identifying name ("Abu <a common given name>" linked three unrelated entries at 1.0; M24, fifteenth session). It
#: counts as a particle only when the name is the kunya alone (two parts): "Abu <name> al-<nisba>" still names.
KUNYA_WORDS = frozenset({"abu", "umm"})


def _named(form: NameForm, indexes: set[int] | None = None) -> int:
    """How many of a name's parts (or of `indexes`) are names, not particles (nor the "Abu" of a bare kunya)."""
    kunya = len(form.parts) == 2 and form.parts[0].text in KUNYA_WORDS
    return sum(1 for i, p in enumerate(form.parts)
               if p.text not in NAME_PARTICLES and not (kunya and i == 0) and (indexes is None or i in indexes))


def person_score(query: NameForm, result: NameForm) -> float:
    """0 unless the names agree part for part (order free); extra middle names cost a little."""
    if _named(query) < 2 or _named(result) < 2:
        return 0.0  # one word is a bare surname or a nickname ("Dr. Ibrahim", "al-Rashidi"), not a person
    pairs = _pairs(query, result, PERSON_PART_MIN, phonetic=True)
    paired_q = {i for i, _, _ in pairs}
    paired_r = {j for _, j, _ in pairs}
    left_q = [p for i, p in enumerate(query.parts) if i not in paired_q]
    left_r = [p for j, p in enumerate(result.parts) if j not in paired_r]
    full_q = [p for p in left_q if not p.initial]
    full_r = [p for p in left_r if not p.initial]
    if _named(query, paired_q) < 2 or (full_q and full_r):
        return 0.0  # two name parts must agree: "al" and one surname are not a person's name
    for form, paired in ((query, paired_q), (result, paired_r)):
        if form.family and not form.family & paired:
            return 0.0  # the given names agree, the surname the list marks does not ("ASHWOOD, Milan Petar" is not "Milan Petar")
        if form.family and len(form.family) < len(form.parts) and not paired - form.family:
            return 0.0  # only the surnames agree: a two-part surname alone is not the person
        given = next((i for i in range(len(form.parts)) if i not in form.family), None) if form.family else None
        if given is not None and given not in paired:
            return 0.0  # the first given name must agree: a patronymic and a surname are shared by siblings
    mean = sum(s for _, _, s in pairs) / len(pairs)
    penalty = 0.07 * len(full_q) + 0.03 * len(full_r) + 0.02 * (len(left_q) - len(full_q) + len(left_r) - len(full_r))
    return max(0.0, mean - penalty)


def entity_score(query: NameForm, result: NameForm) -> float:
    """Dice overlap of two organization or vessel names' parts, weighted by each pair's similarity."""
    pairs = _pairs(query, result, OTHER_PART_MIN, phonetic=False)
    if not pairs:
        return 0.0
    paired = {("q", i) for i, _, _ in pairs} | {("r", j) for _, j, _ in pairs}
    for side, form in (("q", query), ("r", result)):
        if any(part.numeric and (side, i) not in paired for i, part in enumerate(form.parts)):
            return 0.0  # "UNIT 7" is not "Unit" nor "Unit 8": a number names the one it is
    def weight(side: str, index: int, part: Part) -> float:
        return 0.25 if (side, index) not in paired and part.text in GENERIC_FORM_WORDS else 1.0

    size = sum(weight("q", i, p) for i, p in enumerate(query.parts)) + sum(weight("r", j, p) for j, p in enumerate(result.parts))
    return min(1.0, 2 * sum(s for _, _, s in pairs) / size)


SPACING_VARIANT = 0.95


def name_score(kind: str, query: NameForm, result: NameForm) -> float:
    """The score of the kind's rule; a name that differs only in where words break scores SPACING_VARIANT."""
    score = person_score(query, result) if kind == "Person" else entity_score(query, result)
    if (score < SPACING_VARIANT and len(query.compact) >= 8 and query.compact == result.compact
            and (kind != "Person" or max(_named(query), _named(result)) >= 2)):
        # two names ("Abdul Rahman" / "ABDULRAHMAN"), not an article and a nickname ("El <word of 6+ letters>"; M24)
        return SPACING_VARIANT
    return score
