#!/usr/bin/env python3
"""Writes subdivisions.tsv (states, provinces, regions: ISO 3166-2 top-level subdivisions)
from Debian's iso-codes JSON. Columns: name, code, country, type.
Local subdivisions (districts, municipalities, parishes, councils) are left out: their names
are mostly too small for news and collide with ordinary words."""
import json
import sys

LOCAL_TYPES = {
    "district", "municipality", "parish", "commune", "council area", "unitary authority",
    "metropolitan district", "london borough", "two-tier county", "city corporation",
    "urban municipality", "rural municipality", "local council", "town council", "city",
    "municipal", "island council", "ward", "village", "town", "borough",
}

def main(iso_dir, out_path):
    with open(f"{iso_dir}/iso_3166-2.json", encoding="utf-8") as handle:
        entries = json.load(handle)["3166-2"]
    rows = set()
    for entry in entries:
        if "parent" in entry or entry["type"].lower() in LOCAL_TYPES:
            continue
        name = entry["name"].split(" [")[0].strip()
        rows.add((name, entry["code"], entry["code"].split("-")[0], entry["type"]))
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# ISO 3166-2 top-level subdivisions, from Debian's iso-codes (LGPL-2.1+); built by scripts/build-gazetteers\n")
        out.write("name\tcode\tcountry\ttype\n")
        for row in sorted(rows, key=lambda r: (r[2], r[0], r[1])):
            out.write("\t".join(row) + "\n")
    print(f"subdivisions.tsv: {len(rows)} subdivisions", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
