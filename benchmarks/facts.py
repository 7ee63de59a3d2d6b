"""Issue 14's acceptance figures on a build: identity, dates, titles, validation.

    python benchmarks/facts.py --build OUT seeds ../shared/eval/dev/docs ../shared/eval/train/docs
    python benchmarks/facts.py OUT                 # measure an existing build folder
    python benchmarks/facts.py OUT --json facts.json

Figures (each printed with its definition):

- `bodies_two_countries`: public bodies at which people hold posts that the text places
  in two different countries. A post's country is the body's `gb:country`, and the
  country its sentence names right before the body or role ("Russia's", "Burmese") or
  after it with "of", else the country the document's sentences name most (as
  graphbuild.resolve.country decides it) for a body whose own country is not known (a
  gazetteer authority's country counts as known); a body counts when its posts give two countries.
- `designations_iso_date`: share of designations whose `date` is ISO (YYYY-MM-DD,
  YYYY-MM or YYYY).
- `documents_without_title` / `documents_without_date`: documents whose graph has no
  `gb:title` / `gb:publicationDate`.
- `validate`: whether `graphbuild validate` conforms, and its warnings.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphbuild.nlp.gazetteers import load_gazetteers  # noqa: E402
from graphbuild.rdf.store import KnowledgeStore  # noqa: E402
from graphbuild.rdf.validate import validate_store  # noqa: E402
from graphbuild.resolve.country import country_words, document_country  # noqa: E402

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NEAR = 3  # words between a country's name and the post or body


def post_countries(record: dict[str, Any], about: str | None, by_role: bool = True) -> set[str]:
    """The country the sentence gives the post: named right before the body or role ("Russia's",
    "Burmese") or right after it with "of" ("of the Russian Federation"), else the document's.

    Without `by_role` only the body's name counts: for a body whose country is known, a
    role's country is what the post is about ("Under Secretary ... on Iran"), not its body's.
    """
    words = country_words()
    found: set[str] = set()
    for anchor in [a for a in (record["object"]["name"], record.get("role") if by_role else None) if a]:
        for ev in record["evidence"]:
            sentence = ev["sentence"]
            at = sentence.casefold().find(anchor.casefold())
            if at < 0:
                continue
            end = at + len(anchor)
            countries = words.find(sentence)
            before = [c for s, e, c in countries if e <= at and len(sentence[e:at].split()) < NEAR]
            after = [c for s, e, c in countries if s >= end and re.fullmatch(r"\s*of\s+(the\s+)?", sentence[end:s], re.I)]
            if before or after:
                found.add(before[-1] if before else after[0])
        if found:
            return found
    return {about} if about else set()


def measure(out: Path) -> dict[str, Any]:
    """The figures for the build in `out` (relations.jsonl and store/)."""
    records = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines() if line]
    sentences: dict[str, set[str]] = defaultdict(set)
    for record in records:
        sentences[record["doc"]].update(ev["sentence"] for ev in record["evidence"])
    about = {doc: document_country(" ".join(sorted(texts))) for doc, texts in sentences.items()}
    bodies: dict[str, dict[str, Any]] = {}
    for record in records:
        if record["relation"] != "holds_role" or record["object"].get("type") != "PublicBody":
            continue
        body = bodies.setdefault(record["object"]["id"], {"name": record["object"]["name"], "countries": defaultdict(set)})
        authority = load_gazetteers().authority(record["object"]["name"])
        named = [c for _, _, c in country_words().find(record["object"]["name"])]  # "Iranian Islamic Revolutionary Guard Corps"
        own = record["object"].get("country") or (authority.country if authority else None) or (named[0] if len(set(named)) == 1 else None)
        # a body whose country is known (gb:country, or a gazetteer authority's) is checked against
        # what the sentences say; the document's country stands in only for bodies of unknown country
        countries = post_countries(record, None if own else about[record["doc"]], by_role=not own) | ({own} if own else set())
        for country in countries:
            body["countries"][country].add(f"{record['subject']['name']} ({record['doc']})")
    mixed = {b["name"]: {c: sorted(h) for c, h in b["countries"].items()} for b in bodies.values() if len(b["countries"]) > 1}
    designations = [r for r in records if r["relation"] == "designated_by"]
    dated = sum(1 for r in designations if r.get("date") and ISO.match(r["date"]))
    with KnowledgeStore(out / "store", read_only=True) as ks:
        rows = list(ks.query("PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
                             " SELECT ?id ?t ?d WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id"
                             " OPTIONAL { ?g gb:title ?t } OPTIONAL { ?g gb:publicationDate ?d } } }"))
    conforms, message = validate_store(str(out / "store"))
    return {
        "documents": len(rows),
        "public_bodies_with_posts": len(bodies),
        "bodies_two_countries": len(mixed),
        "bodies_two_countries_list": mixed,
        "designations": len(designations),
        "designations_iso_date": round(dated / len(designations), 4) if designations else None,
        "documents_without_title": sorted(str(r[0]) for r in rows if r[1] is None),
        "documents_without_date": sorted(str(r[0]) for r in rows if r[2] is None),
        "validate_conforms": conforms,
        "validate_warnings": [line for line in message.splitlines() if line.startswith("warning:")],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="build folder (relations.jsonl, store/)")
    ap.add_argument("inputs", nargs="*", help="with --build: the documents to build into OUT first")
    ap.add_argument("--build", action="store_true", help="build INPUTS into OUT before measuring")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    if args.build:
        from graphbuild.pipeline.run import BuildOptions, build

        build(args.inputs, BuildOptions(out=args.out))
    figures = measure(args.out)
    print(f"documents: {figures['documents']}")
    print(f"public bodies holding posts: {figures['public_bodies_with_posts']}; "
          f"holding posts the text places in two countries: {figures['bodies_two_countries']}")
    for name, countries in figures["bodies_two_countries_list"].items():
        print(f"  {name!r}: " + "; ".join(f"{c}: {', '.join(h)}" for c, h in sorted(countries.items())))
    share = figures["designations_iso_date"]
    print(f"designations with an ISO date: {share:.1%} of {figures['designations']}" if share is not None else "no designations")
    print(f"documents without a title: {len(figures['documents_without_title'])} {figures['documents_without_title'][:10]}")
    print(f"documents without a date: {len(figures['documents_without_date'])} {figures['documents_without_date'][:10]}")
    print(f"validate: {'conforms' if figures['validate_conforms'] else 'DOES NOT CONFORM'}, "
          f"{len(figures['validate_warnings'])} warnings")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
