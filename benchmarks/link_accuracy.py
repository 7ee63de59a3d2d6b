"""How well `graphbuild link` links designees to the list entries that hold them (issue 16's acceptance).

    python benchmarks/link_accuracy.py                          # gold names of ../shared/eval/train
    python benchmarks/link_accuracy.py --store out/store --relations out/relations.jsonl   # and a linked build
    python benchmarks/link_accuracy.py --show                   # every miss, wrong and unjudged link

What is measured, and how "the list holds it" is decided without the matcher:

- Designees: the subjects of the gold `designated_by` relations (not the optional ones) of
  the releases dated before the list's date (the document date the corpus reader finds).
- Reference entries of a designee, by graphbuild's own name normalisation (`names.name_key`:
  case, accents, punctuation, "SURNAME, Given" -> "Given SURNAME"), never by the linker:
  (A) an entry one of whose names (primary or a.k.a.) has the same key as one of the gold's
  acceptable names; else (B) for a person, an entry whose name holds every word of a gold
  name of two or more words (the list adds a middle name or patronymic). When several
  entries qualify, those whose programs share an Executive Order number with the release's
  text are kept (program consistency); if none does, all stay.
  A designee with a reference entry is one "the list holds".
- Recall: designees the list holds whose links include a reference entry.
- Precision: links that are a reference entry of their designee. A link of a designee with
  no reference entry is judged by hand: `link_judgements.json` beside this script holds
  those verdicts keyed by document, the designee's position in the gold file and the entry id
  (no names in the file); a link with no verdict is reported as unjudged, never counted correct.
- Gold names are linked with no type (any entry kind); the build's entities with their type.
- With --store/--relations: a held designee is "extracted" when a designee of that release in
  relations.jsonl matches one of its gold names by the eval rules (`graphbuild.evaluate.names_match`);
  graph recall counts those whose entity is linked to a reference entry, graph precision the links
  of those entities that go to a reference entry.
  The gold's one-word short forms of a longer name (a surname, "the company's" short name)
  are left out of the query: without a type they would be read as organization names.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from graphbuild.evaluate import names_match  # noqa: E402
from graphbuild.link.matcher import DEFAULT_MIN_SCORE, ListIndex, Query, program_keys  # noqa: E402
from graphbuild.link.readers import load_list  # noqa: E402
from graphbuild.names import name_key  # noqa: E402

SHARED = ROOT.parent / "shared"
_EO = re.compile(r"(?:E\.O\.|Executive Order)\s*\(?(?:E\.O\.)?\)?\s*(1\d{4})")


def entry_keys(entry: Any) -> set[str]:
    kind = "Person" if entry.kind == "Person" else ""
    return {name_key(n, kind) for n in entry.names()} | {name_key(n) for n in entry.names()}


def reference_entries(names: list[str], index: dict[str, list[Any]], persons: list[Any], doc_eos: set[str]) -> list[Any]:
    keys = {name_key(n) for n in names} | {name_key(n, "Person") for n in names}
    found = {e.entry_id: e for k in keys for e in index.get(k, [])}
    if not found:
        for name in names:
            words = set(name_key(name, "Person").split())
            if len(words) >= 2:
                found.update({e.entry_id: e for e in persons if words <= set(name_key(e.name, "Person").split())})
    entries = list(found.values())
    if len(entries) > 1:
        consistent = [e for e in entries if doc_eos & set().union(*(program_keys(p) for p in e.programs))]
        entries = consistent or entries
    return entries


def designees(gold: Path, docs: Path, before: str) -> list[dict[str, Any]]:
    from graphbuild.ingest.corpus import read_corpus

    meta = {d.id.rsplit("/", 1)[-1]: d for d in read_corpus([docs])}
    found = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = meta.get(record["doc"])
        if doc is None or not doc.meta.get("date") or str(doc.meta["date"]) >= before:
            continue
        eos = {f"EO{n}" for n in _EO.findall(doc.text)}
        for position, rel in enumerate(record["relations"]):
            if rel["relation"] == "designated_by":
                found.append({"doc": record["doc"], "position": position, "names": list(rel["subject"]), "eos": eos})
    return found


def graph_links(store: str) -> dict[str, set[str]]:
    from graphbuild.rdf.store import KnowledgeStore

    with KnowledgeStore(store, read_only=True) as ks:
        rows = list(ks.query("PREFIX gb: <https://w3id.org/graphbuild/ontology#> "
                             "SELECT ?e ?id WHERE { GRAPH ?l { ?e gb:listedAs ?entry . ?entry gb:entryId ?id } }"))
    links: dict[str, set[str]] = {}
    for entity, entry_id in rows:
        links.setdefault(str(entity), set()).add(str(entry_id))
    return links


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", type=Path, default=SHARED / "lists" / "sdn-2024-05-03.csv")
    parser.add_argument("--docs", type=Path, default=SHARED / "eval" / "train" / "docs")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "train" / "gold.jsonl")
    parser.add_argument("--before", help="releases dated before this day (default: the list's date)")
    parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    parser.add_argument("--store", help="a build's store linked to the same list: score its links too")
    parser.add_argument("--relations", type=Path, help="that build's relations.jsonl (designees' entity ids)")
    parser.add_argument("--judgements", type=Path, default=Path(__file__).with_name("link_judgements.json"))
    parser.add_argument("--show", action="store_true", help="print every miss, wrong and unjudged link")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--portable", action="store_true",
                        help="use the analyser for rigour < 2 (what a wheel-only install with followthemoney 3.8 runs)")
    args = parser.parse_args(argv)
    if args.portable:
        import graphbuild.link.names as link_names

        link_names.analyze_names = None
    if not args.list.exists() or not args.gold.exists():
        print(f"missing {args.list} or {args.gold}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    sanctions = load_list(args.list)
    index = ListIndex(sanctions)
    before = args.before or sanctions.date or "9999"
    by_key: dict[str, list[Any]] = {}
    for entry in sanctions.entries:
        for key in entry_keys(entry):
            by_key.setdefault(key, []).append(entry)
    persons = [e for e in sanctions.entries if e.kind == "Person"]
    judged = json.loads(args.judgements.read_text(encoding="utf-8")) if args.judgements.exists() else {}
    judged.pop("_about", None)
    items = designees(args.gold, args.docs, before)
    fig: dict[str, Any] = {"designees": len(items), "before": before}
    held = hit = links = correct = unjudged = 0
    notes = []
    for item in items:
        refs = {e.entry_id for e in reference_entries(item["names"], by_key, persons, item["eos"])}
        item["refs"] = refs
        query_names = [n for n in item["names"] if len(n.split()) > 1 or len(item["names"][0].split()) == 1]
        item["query_names"] = query_names
        linked = {m.entry.entry_id: m for m in index.match(Query(item["doc"], None, query_names), args.min_score)}
        item["linked"] = set(linked)
        held += bool(refs)
        if refs and refs & set(linked):
            hit += 1
        elif not linked:
            notes.append(f"NOREF {item['doc']} #{item['position']} {item['names'][0]!r} (not linked, no reference entry)")
        elif refs:
            notes.append(f"MISS  {item['doc']} #{item['position']} {item['names'][0]!r} -> list {sorted(refs)}, linked {sorted(linked)}")
        for entry_id, match in linked.items():
            links += 1
            verdict = True if entry_id in refs else (False if refs else judged.get(f"{item['doc']}#{item['position']}#{entry_id}"))
            if verdict is None:
                unjudged += 1
                notes.append(f"UNJUDGED {item['doc']}#{item['position']}#{entry_id}  {item['names'][0]!r} ~ {match.entry.name!r} "
                             f"({match.score}) programs {match.entry.programs}")
            elif verdict:
                correct += 1
            else:
                notes.append(f"WRONG {item['doc']} #{item['position']} {item['names'][0]!r} ~ {entry_id} {match.entry.name!r} ({match.score})")
    fig.update({"held_by_list": held, "gold_recall": round(hit / held, 4) if held else None, "gold_links": links,
                "gold_links_correct": correct, "gold_links_unjudged": unjudged,
                "gold_precision": round(correct / (links - unjudged), 4) if links - unjudged else None})
    if args.store and args.relations:
        store_links = graph_links(args.store)
        predictions = [json.loads(line) for line in args.relations.read_text(encoding="utf-8").splitlines() if line.strip()]
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for pred in predictions:
            if pred["relation"] == "designated_by":
                by_doc.setdefault(pred["doc"].rsplit("/", 1)[-1], []).append(pred["subject"])
        extracted = g_hit = g_links = g_correct = 0
        for item in items:
            if not item["refs"]:
                continue
            found = {s["id"] for s in by_doc.get(item["doc"], [])  # by the full names (a gold surname would catch relatives)
                     if any(names_match(n, g) for n in [s["name"], *(s.get("aliases") or [])] for g in item["query_names"])}
            if not found:
                continue
            extracted += 1
            got = set().union(*(store_links.get(i, set()) for i in found))
            g_links += len(got)
            g_correct += len(got & item["refs"])
            if got - item["refs"]:
                notes.append(f"GRAPH-WRONG {item['doc']} #{item['position']} {item['names'][0]!r} -> {sorted(item['refs'])}, "
                             f"also linked {sorted(got - item['refs'])}")
            if got & item["refs"]:
                g_hit += 1
            else:
                notes.append(f"GRAPH-MISS {item['doc']} #{item['position']} {item['names'][0]!r} -> {sorted(item['refs'])}, linked {sorted(got)}")
        graph_entities = {s["id"] for subjects in by_doc.values() for s in subjects}
        fig.update({"graph_held_and_extracted": extracted, "graph_recall_of_extracted": round(g_hit / extracted, 4) if extracted else None,
                    "graph_recall_of_held": round(g_hit / held, 4) if held else None,
                    "graph_links_of_held": g_links, "graph_precision_of_held": round(g_correct / g_links, 4) if g_links else None,
                    "graph_designees_linked": sum(1 for e in graph_entities if store_links.get(e)),
                    "graph_designees": len(graph_entities)})
    fig["seconds"] = round(time.perf_counter() - started, 2)
    if args.show:
        print("\n".join(notes))
    print(json.dumps(fig, indent=2) if args.json else "\n".join(f"{k:<28} {v}" for k, v in fig.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
