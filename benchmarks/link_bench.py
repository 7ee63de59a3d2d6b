"""Linking speed and memory (issue 16): load a 14,965-entry list and link 10,000 entities, in a fresh process.

    python benchmarks/link_bench.py                 # the SDN snapshot of ../shared/lists when present
    python benchmarks/link_bench.py --synthetic     # a generated list of the same size and shape

The 10,000 entities are generated from the list itself with a fixed seed: a quarter are list
names as a text writes them (given name first, another company form, a transliteration-like
spelling change), three quarters recombine list words into names the list does not hold (a
real surname with another given name, list words in new company names), so blocking meets
the common tokens it meets in practice. Seconds are wall time from reading the file to the
last match (imports excluded, every first-call warm-up included), and the CPU time of the
same span (on a machine shared by many processes, wall time also counts the waiting);
memory is the process's peak RSS.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SDN = ROOT.parent / "shared" / "lists" / "sdn-2024-05-03.csv"
ENTRIES = 14_965
SYLLABLES = ["ka", "lo", "mir", "an", "do", "sha", "vel", "ra", "ti", "nov", "be", "zar", "qu", "el", "om", "ish", "ur", "fen"]


def synthetic_list(path: Path, entries: int = ENTRIES, seed: int = 5) -> Path:
    """An OFAC-layout CSV of invented names: persons, organizations, vessels in the SDN's proportions."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).upper()

    lines = []
    for number in range(1, entries + 1):
        kind = rng.random()
        if kind < 0.46:
            name, sdn_type = f"{word()}, {word().title()} {word().title()}", "individual"
        elif kind < 0.92:
            name, sdn_type = f"{word()} {word()} {rng.choice(['LLC', 'CO., LTD.', 'JSC', 'LIMITED', 'GROUP'])}", "-0- "
        else:
            name, sdn_type = f"{word()} {rng.randint(1, 9)}", "vessel"
        sdn_type = sdn_type if sdn_type == "-0- " else f'"{sdn_type}"'
        lines.append(f'{number},"{name}",{sdn_type},"SDGT",' + ",".join(["-0- "] * 7) + ',"a.k.a. \'' + word() + ' ' + word() + '\'."')
    path.write_bytes(("\r\n".join(lines) + "\r\n\x1a").encode("cp1252"))
    return path


def queries_from(sanctions, count: int = 10_000, seed: int = 11):  # type: ignore[no-untyped-def]
    from graphbuild.link import Query

    rng = random.Random(seed)
    people = [e for e in sanctions.entries if e.kind == "Person" and "," in e.name]
    others = [e for e in sanctions.entries if e.kind != "Person"]
    given = [e.name.split(",", 1)[1].split()[0] for e in people if e.name.split(",", 1)[1].split()]
    surnames = [e.name.split(",", 1)[0] for e in people]
    words = [w for e in others for w in e.name.split() if len(w) > 3]
    found = []
    for number in range(count):
        roll = rng.random()
        if roll < 0.125 and people:
            entry = rng.choice(people)
            surname, rest = entry.name.split(",", 1)
            found.append(Query(f"q{number}", "Person", [f"{rest.strip()} {surname.title()}"]))
        elif roll < 0.25 and others:
            entry = rng.choice(others)
            name = entry.name.replace("LIMITED LIABILITY COMPANY", "LLC").title()
            found.append(Query(f"q{number}", "Vessel" if entry.kind == "Vessel" else "Company", [name[:-1] + "a" if len(name) > 8 else name]))
        elif roll < 0.65 and given:
            found.append(Query(f"q{number}", "Person", [f"{rng.choice(given)} {rng.choice(surnames).title()}"]))
        else:
            found.append(Query(f"q{number}", "Company", [f"{rng.choice(words).title()} {rng.choice(words).title()} Trading LLC"]))
    return found


def measure(list_path: Path, entities: int = 10_000) -> dict[str, float]:
    from graphbuild.link import ListIndex, load_list

    wall, cpu = [time.perf_counter()], [time.process_time()]

    def mark() -> None:
        wall.append(time.perf_counter())
        cpu.append(time.process_time())

    sanctions = load_list(list_path)
    mark()
    index = ListIndex(sanctions)
    mark()
    queries = queries_from(sanctions, entities)
    mark()
    links = sum(len(index.match(q)) for q in queries)
    mark()
    # query generation (between the 2nd and 3rd marks) is the benchmark's work, not the linker's
    seconds = wall[4] - wall[0] - (wall[3] - wall[2])
    cpu_seconds = cpu[4] - cpu[0] - (cpu[3] - cpu[2])
    return {"link_seconds_10k": round(seconds, 3), "link_cpu_seconds_10k": round(cpu_seconds, 3),
            "link_load_seconds": round(wall[1] - wall[0], 3), "link_index_seconds": round(wall[2] - wall[1], 3),
            "link_match_seconds": round(wall[4] - wall[3], 3), "link_list_entries": len(sanctions.entries),
            "link_entities": len(queries), "link_links": links,
            "link_peak_rss_mb": peak_rss_mb(),
            "link_load_average": round(__import__("os").getloadavg()[0], 2)}


def peak_rss_mb() -> float:
    """This process's own peak resident memory. Linux's `ru_maxrss` keeps the parent's peak across
    fork + exec (run.py starts this script after loading models and stores), so the mm's own high-water
    mark (`VmHWM`, reset by exec) is read where /proc has it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", type=Path, help="list file (default: the SDN snapshot, else a synthetic list)")
    parser.add_argument("--synthetic", action="store_true", help="use a generated list of 14,965 invented entries")
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--portable", action="store_true",
                        help="use the analyser for rigour < 2 (what a wheel-only install with followthemoney 3.8 runs)")
    args = parser.parse_args(argv)
    if args.portable:
        import graphbuild.link.names as link_names

        link_names.analyze_names = None
    path = args.list or (SDN if SDN.exists() and not args.synthetic else None)
    if path is None:
        import tempfile

        path = synthetic_list(Path(tempfile.mkdtemp(prefix="graphbuild-link-")) / "sdn.csv")
    figures = measure(path, args.entities)
    figures["link_list_synthetic"] = path != SDN and args.list is None
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
