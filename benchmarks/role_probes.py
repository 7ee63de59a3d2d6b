"""Run the prose role probes (tests/extract/role_probes.py) and count passes by class.

    python benchmarks/role_probes.py            # the extractors of $GRAPHBUILD_EXTRACTORS, else the default
    python benchmarks/role_probes.py --rules    # roles.v1 (rules only)
    python benchmarks/role_probes.py -v         # also print what each failing probe gave

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
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.rules:
        os.environ["GRAPHBUILD_EXTRACTORS"] = "roles.v1,designations.v1,partof.v1"
    from graphbuild.nlp.model import load_pipeline
    from role_probes import PROBES, check  # noqa: E402 - tests/extract is put on the path above

    nlp = load_pipeline()
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for cls, ident, text, expected in PROBES:
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


if __name__ == "__main__":
    main()
