"""Checks the gazetteer folder's files against each other (codes exist, ids are unique, every
organization has a source, M49 regions cover every ISO country once). Exit status 1 on error.
Needs only the standard library: run it after editing a curated file.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from common import OUT_DIR, read_tsv

TITLE_KINDS = {"honorific", "head-of-state", "head-of-government", "government", "minister",
               "legislature", "diplomatic", "organization", "regional", "local", "judicial",
               "military", "royal", "religious", "business", "academic", "finance", "modifier"}
REQUIRED_ORGS = ["SCO", "OIC", "ECO", "CAREC", "CICA", "UN", "NATO", "EU", "ASEAN", "AU", "OPEC",
                 "WHO", "IMF", "WTO", "G7", "G20", "BRICS", "OSCE", "CIS", "CSTO", "EAEU",
                 "SAARC", "GCC"]


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in s if ch.isalnum() and not unicodedata.combining(ch))


def main(folder: Path) -> int:
    errors: list[str] = []
    err = errors.append
    codes: dict[str, str] = {}
    names: set[str] = set()
    for path in sorted(folder.glob("countries*.tsv")):
        for row in read_tsv(path):
            if len(row) != 9:
                err(f"{path.name}: {row[:1]}: expected 9 columns, got {len(row)}")
                continue
            codes[row[0]] = row[7]
            names.update(fold(x) for x in row[4:7] if x)
    for path in sorted(folder.glob("country-aliases*.tsv")):
        for row in read_tsv(path):
            if len(row) < 2 or row[0] not in codes:
                err(f"{path.name}: {row}: unknown country code")
            else:
                names.add(fold(row[1].removeprefix("the ")))
    for path in sorted(folder.glob("demonyms*.tsv")):
        for row in read_tsv(path):
            if len(row) != 4:
                err(f"{path.name}: {row[:1]}: expected 4 columns")
                continue
            if row[0] not in codes:
                err(f"{path.name}: {row[0]}: unknown country code")
            for form in "|".join(row[1:]).split("|"):
                if form and fold(form) in names:
                    err(f"{path.name}: {row[0]}: demonym '{form}' is also a country name")
    city_keys = set()
    for path in sorted(folder.glob("cities*.tsv")):
        for row in read_tsv(path):
            if len(row) != 7 or not row[0].isdigit() or not row[5].isdigit():
                err(f"{path.name}: {row[:2]}: malformed city line")
                continue
            if row[3] not in codes:
                err(f"{path.name}: {row[1]}: unknown country {row[3]}")
            city_keys.add((row[3], fold(row[1])))
            city_keys.add((row[3], fold(row[2])))
    for path in sorted(folder.glob("city-aliases*.tsv")):
        for row in read_tsv(path):
            if len(row) < 3 or (row[0], fold(row[1])) not in city_keys:
                err(f"{path.name}: {row[:3]}: no such city")
    for path in sorted(folder.glob("titles*.tsv")):
        for row in read_tsv(path):
            if len(row) != 3 or row[2] not in TITLE_KINDS or row[1] != row[1].lower():
                err(f"{path.name}: {row}: expected form, lowercase normalized form, known kind")

    regions = []
    for path in sorted(folder.glob("regions*.json")):
        regions += json.load(open(path, encoding="utf-8"))["regions"]
    ids = Counter(r["id"] for r in regions)
    err_ids = [i for i, n in ids.items() if n > 1]
    if err_ids:
        err(f"regions: duplicate ids {err_ids}")
    leaf = Counter()
    for r in regions:
        if not r.get("source"):
            err(f"regions: {r['id']}: no source")
        for m in r.get("members", []):
            if m not in codes:
                err(f"regions: {r['id']}: unknown member {m}")
        for i in r.get("includes", []):
            if i not in ids:
                err(f"regions: {r['id']}: unknown included region {i}")
        if r["kind"] == "intermediate-region" or (r["kind"] == "subregion" and not r.get("includes")):
            leaf.update(r.get("members", []))
    current = {c for c, status in codes.items() if status == "current"} - {"AQ"}
    if missing := sorted(current - set(leaf)):
        err(f"regions: not in any M49 sub-region: {missing}")
    if twice := sorted(c for c, n in leaf.items() if n > 1):
        err(f"regions: in several M49 sub-regions: {twice}")

    orgs = []
    for path in sorted(folder.glob("organizations*.json")):
        doc = json.load(open(path, encoding="utf-8"))
        for g in (doc["groups"] if isinstance(doc, dict) else [{"organizations": doc}]):
            for o in g["organizations"]:
                orgs.append(dict(o, source=o.get("source") or g.get("source"), type=o.get("type") or g.get("type")))
    ids = Counter(o["id"] for o in orgs)
    if dup := [i for i, n in ids.items() if n > 1]:
        err(f"organizations: duplicate ids {dup}")
    acronyms = set()
    for o in orgs:
        if not o.get("source") or not o.get("type") or not o.get("name"):
            err(f"organizations: {o['id']}: needs name, type and source")
        for m in o.get("members", []):
            if m not in codes:
                err(f"organizations: {o['id']}: unknown member {m}")
        if o.get("members") and not o.get("membersAsOf"):
            err(f"organizations: {o['id']}: members without membersAsOf")
        acronyms.update(o.get("acronyms", []))
    if len(orgs) < 200:
        err(f"organizations: only {len(orgs)} (want >= 200)")
    if missing := [a for a in REQUIRED_ORGS if a not in acronyms]:
        err(f"organizations: missing {missing}")

    for e in errors:
        print("error:", e, file=sys.stderr)
    print(f"validate: {len(codes)} countries, {len(regions)} regions, {len(orgs)} organizations, "
          f"{len(errors)} errors", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("folder", type=Path, nargs="?", default=OUT_DIR)
    sys.exit(main(p.parse_args().folder))
