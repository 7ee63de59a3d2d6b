"""Run the prose role probes (tests/extract/role_probes.py) and count passes by class.

    python benchmarks/role_probes.py            # the extractors of $GRAPHBUILD_EXTRACTORS, else the default
    python benchmarks/role_probes.py --rules    # roles.v1 (rules only)
    python benchmarks/role_probes.py --grid     # also: 16 invented names x 10 phrasings (how often the model's
                                                # reading of a name, not the rule, loses the post)

A probe passes when its holds_role facts are exactly the expected ones (names, bodies and roles matched as
`graphbuild eval` matches gold names).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "extract"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", action="store_true", help="roles.v1 instead of the default extractors")
    parser.add_argument("--grid", action="store_true", help="also count the name x phrasing grid")
    parser.add_argument("--round", type=int, choices=(1, 2), default=1, help="probe round (2: variants written later)")
    args = parser.parse_args()
    if args.rules:
        os.environ["GRAPHBUILD_EXTRACTORS"] = "roles.v1,designations.v1,partof.v1"
    from graphbuild.nlp.model import load_pipeline
    from role_probes import PROBES, PROBES_ROUND_2, check  # noqa: E402 - tests/extract is put on the path above

    nlp = load_pipeline()
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for cls, ident, text, expected in (PROBES if args.round == 1 else PROBES_ROUND_2):
        doc = nlp.make_doc(text)
        doc.user_data["gb_meta"] = {}
        relations = list(nlp(doc)._.relations)
        problems = check(relations, expected)
        total[cls] += 1
        if not problems:
            passed[cls] += 1
        else:
            print(f"FAIL {cls}/{ident}: {ascii(problems)}")
    print()
    for cls in total:
        print(f"{cls:<20}{passed[cls]}/{total[cls]}")
    print(f"{'all':<20}{sum(passed.values())}/{sum(total.values())}")
    if args.grid:
        grid(nlp)


#: Invented names, some of which the small model reads as organizations or places in short sentences.
GRID_NAMES = ["Marko Tessaly", "Nadia Ferro", "Ilse Brandvik", "Darnell Quist", "Kamal Rezaei", "Oleg Varnitsky", "Sami Haddad",
              "Lida Morn", "Anton Graves", "Rana Azadeh", "Farid Ojal", "Maren Holt", "Dmitri Volkan", "Yuri Sobol", "Pavel Dunin",
              "Emil Radovic"]
GRID_PHRASINGS = ["{} has been the director of Tavrin Bank since 2019.", "{} is the director of Tavrin Bank.",
                  "Since 2016, {} has managed Tavrin Bank.", "Tavrin Bank is led by {}.", "{} heads Tavrin Bank.",
                  "{} had previously served as the director of Tavrin Bank.", "{}, the director of Tavrin Bank, signed the loans.",
                  "Tavrin Bank's director, {}, signed the loans.", "OFAC designated {}, the director of Tavrin Bank.",
                  "{} has served as the chairman of Tavrin Bank since 2019."]


def grid(nlp) -> None:
    """For each phrasing, how many of the names get their post at the bank (exact name)."""
    found_all = 0
    for phrasing in GRID_PHRASINGS:
        found = 0
        for name in GRID_NAMES:
            doc = nlp.make_doc(phrasing.format(name))
            doc.user_data["gb_meta"] = {}
            relations = nlp(doc)._.relations
            found += any(r["relation"] == "holds_role" and r["subject"]["name"] == name and r["object"]["name"] == "Tavrin Bank"
                         for r in relations)
        found_all += found
        print(f"{found:>3}/{len(GRID_NAMES)}  {phrasing}")
    print(f"grid: {found_all}/{len(GRID_NAMES) * len(GRID_PHRASINGS)}")


if __name__ == "__main__":
    main()
