#!/usr/bin/python3
"""Lockstep benchmarks: each figure is a ratio against a reference measured in the same run.

Usage: /usr/bin/python3 tests/bench/run_benchmarks.py BUILD_DIR [--rows N] [--repeat K]

import_csv   lockstep-cli import of an N-row metadata.csv (index only, --no-verify-files)
             vs sqlite3's own `.import --csv` of the same file into a fresh database.
import_jsonl lockstep-cli import of the same N samples as a JSONL manifest, same reference.
Reported: median wall time of K runs each, and lockstep / sqlite3.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def median_time(command, repeat, before=None):
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_dataset(folder, rows):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "metadata.csv"), "w", encoding="utf-8") as f:
        f.write("ID,Image_Path,Text_Path,Audio_Path,Label\n")
        for i in range(rows):
            f.write(f"s{i:07d},images/s{i:07d}.jpg,texts/s{i:07d}.txt,audios/s{i:07d}.wav,label{i % 10}\n")
    jsonl = folder + "-jsonl"
    os.makedirs(jsonl, exist_ok=True)
    with open(os.path.join(jsonl, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i in range(rows):
            f.write(json.dumps({"audio_filepath": f"audios/s{i:07d}.wav", "duration": 1.5 + (i % 7) * 0.25,
                                "text": f"caption number {i}", "label": f"label{i % 10}"}) + "\n")
    return jsonl


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cli = os.path.join(args.build_dir, "app/cli/lockstep-cli")
    sqlite = shutil.which("sqlite3")
    if not os.path.exists(cli) or not sqlite:
        sys.exit("need a built lockstep-cli and the sqlite3 shell (./setup.sh installs it)")

    with tempfile.TemporaryDirectory() as tmp:
        dataset = os.path.join(tmp, "ds")
        jsonl = write_dataset(dataset, args.rows)
        project = os.path.join(tmp, "p.lockstep")
        reference = os.path.join(tmp, "ref.db")

        def clean(*paths):
            def run():
                for p in paths:
                    for suffix in ("", "-wal", "-shm"):
                        if os.path.exists(p + suffix):
                            os.remove(p + suffix)
            return run

        results = {}
        ref = median_time([sqlite, reference, ".import --csv " + os.path.join(dataset, "metadata.csv") + " t"],
                          args.repeat, clean(reference))
        ours = median_time([cli, "import", dataset, "--project", project, "--no-verify-files", "--quiet"],
                           args.repeat, clean(project))
        results["import_csv"] = {"rows": args.rows, "lockstep_s": ours, "sqlite3_import_s": ref, "ratio": ours / ref}
        ours_jsonl = median_time([cli, "import", jsonl, "--project", project, "--no-verify-files", "--quiet"],
                                 args.repeat, clean(project))
        results["import_jsonl"] = {"rows": args.rows, "lockstep_s": ours_jsonl, "sqlite3_import_s": ref,
                                   "ratio": ours_jsonl / ref}

    print(f"{'benchmark':<14}{'rows':>10}{'lockstep s':>12}{'sqlite3 s':>11}{'ratio':>8}")
    for name, r in results.items():
        print(f"{name:<14}{r['rows']:>10}{r['lockstep_s']:>12.2f}{r['sqlite3_import_s']:>11.2f}{r['ratio']:>8.2f}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
