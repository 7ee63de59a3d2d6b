"""CPU of reading people's identifiers on a long list: is `resolve.identifiers.stated_identifiers` linear in its length?

Review V2 (finding 4, docs/facts.md) found the lookup quadratic: each name's pattern scanned the whole text. This
recreates the measurement M2 made with a scratch script: an invented list of "SURNAME, Given; DOB ...; nationality
...; Passport ..." lines (~80 bytes a name), each person known by full name and surname, read by
`stated_identifiers` alone (no model), best of `--repeat` runs per size (each with the name patterns' caches
emptied, so each compiles them as a build does), with a digest of the output so that two trees
can be compared for the same answer.

    python benchmarks/identifier_list_cost.py --names 500 1000 2000
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphbuild.resolve import identifiers  # noqa: E402
from graphbuild.resolve.identifiers import stated_identifiers  # noqa: E402

SYLLABLES = ("ka", "ren", "vo", "sil", "tam", "dor", "ne", "lu", "bri", "gan", "os", "te", "mar", "ci", "pel", "hu")
COUNTRIES = ("Iran", "Syria", "Russia", "Venezuela", "Belarus", "Cuba", "Lebanon", "Iraq")


def _word(n: int, length: int) -> str:
    """An invented word, different for each n (base-16 digits as syllables)."""
    parts = []
    for _ in range(length):
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
    return "".join(parts).capitalize()


def invented_list(count: int) -> tuple[str, dict[str, list[str]]]:
    """(the list's text, each person's canonical name -> its names: full name and surname)."""
    lines, people = [], {}
    for n in range(count):
        given, surname = _word(n, 3), _word(n * 7 + 3, 4)
        lines.append(f"{surname.upper()}, {given}; DOB {1 + n % 28:02d} Mar {1950 + n % 50}; nationality "
                     f"{COUNTRIES[n % len(COUNTRIES)]}; Passport K{10000000 + n}")
        people[f"{given} {surname}"] = [f"{given} {surname}", surname]
    return "\n".join(lines) + "\n", people


def measure(count: int, repeat: int = 3) -> tuple[float, int, str]:
    """(best CPU seconds of `stated_identifiers` over the list, its size in bytes, a digest of what it found)."""
    text, people = invented_list(count)
    stated_identifiers(*invented_list(2))  # the first call's one-off set-up (country names) is no cost of the list
    best, found = float("inf"), {}
    for _ in range(repeat):
        identifiers._name_pattern.cache_clear()  # noqa: SLF001 - each run compiles its names, as a build meeting the
        re.purge()  # list does: compiling each new name's pattern is most of what is left (M2)
        start = time.process_time()
        found = stated_identifiers(text, people)
        best = min(best, time.process_time() - start)
    canonical = json.dumps({p: {k: sorted(v) for k, v in ids.items()} for p, ids in sorted(found.items())}, sort_keys=True)
    return best, len(text.encode()), hashlib.sha256(canonical.encode()).hexdigest()[:12]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, nargs="+", default=[500, 1000, 2000], help="list lengths to measure")
    parser.add_argument("--repeat", type=int, default=3, help="runs per length (the best is kept)")
    args = parser.parse_args(argv)
    for count in args.names:
        seconds, size, digest = measure(count, args.repeat)
        print(f"{count} names ({size / 1000:.0f} KB): {seconds:.2f} CPU-s, output {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
