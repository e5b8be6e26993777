#!/usr/bin/python3
"""Lockstep benchmarks: each figure is a ratio against a reference measured in the same run.

Usage: /usr/bin/python3 tests/bench/run_benchmarks.py BUILD_DIR [--rows N] [--repeat K]
                                                      [--only import|scan|table|dashboard|spectrogram|timeline|
                                                              issue_queue|bulk_edit|metric_filters] [--audio-hours H]

import_csv   lockstep-cli import of an N-row metadata.csv (index only, --no-verify-files)
             vs sqlite3's own `.import --csv` of the same file into a fresh database.
import_jsonl lockstep-cli import of the same N samples as a JSONL manifest, same reference.
table        sorting the sample table of an N-row project by a metric and by a column (SQL through
             SampleTableQuery, as the GUI does) and reading one page through that order, vs the sqlite3 shell
             running the same ORDER BY on the same file.
dashboard    bench_dashboard on the table's project: loading two metric columns (vs the sqlite3 shell running the
             plain join from the (name, value) index), a histogram and a 300x200 density grid of them (vs numpy.histogram / histogram2d), and the scatter
             plot's frame time while a script pans and zooms it offscreen (vs QCustomPlot drawing every point);
             the loads through a filter passing half the samples ("plot only the samples the filter shows"), and
             the table filtered by a 48-corner lasso (vs the rectangle of its box), and the table's metric filter
             cases (each in a fresh bench_table_sort: the first, cold query, then warm ones; --only metric_filters
             runs these alone).
timeline     bench_timeline: the timeline panel on a generated two-hour 16 kHz recording, offscreen: time to the
             first paint, to loaded lanes and to a settled view, then every paint's duration while a script
             zooms and scrolls (goal: no paint over 50 ms after the first).
scan         lockstep-cli scan of a generated M-sample image+caption+audio dataset (the demo generator)
             vs reference_scan.py (pandas + cv2 + soundfile + numpy, one process: the pipeline a typical
             engineer writes), vs decoding every file once with the same decoders and threads
             (bench_decode_floor: the floor), and a rescan of the unchanged dataset vs the first scan.
spectrogram  lockstep-cli spectrogram of H hours (default 1) of 16 kHz audio to a log-mel .npy (n_fft 400,
             hop 160, 80 mels, dB), the whole run (read, compute, write), vs reference_spectrogram.py
             (soundfile + torchaudio MelSpectrogram + AmplitudeToDB + numpy.save, one process) and vs
             bench_stft_floor (window + KissFFT + sparse mel over the same frames, all cores, samples in
             memory: the floor). Runs alternate so that load on the machine hits all three alike.
issue_queue  bench_issue_queue on an N-sample project with issues on every 20th sample (audio.clipping) and every
             1000th (image.dark): every sample ordered by an issue's severity and by its value, a review queue
             (has:TYPE and status:unreviewed, worst first), the samples with a common and with a rare issue, and
             the next matching row through a sorted table's order (what ] does per press). Goal: each under 300 ms.
bulk_edit    bench_bulk_edit on a --bulk-samples project (default 500,000): a label, a tag and a review status
             given to 20,000 samples spread over it and to all of them, each one undo command (push, undo, redo
             timed; each step checked to write one audit row per sample change). Goal: 20,000 well under 300 ms.
Reported: median wall time of K runs each (one run for the long scan references), and the ratios.
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
    parser.add_argument("--scan-samples", type=int, default=10_000)
    parser.add_argument("--metric-project", default=None,
                        help="dashboard: build the 1M-sample metric project here once and reuse it")
    parser.add_argument("--only", choices=["import", "scan", "table", "dashboard", "spectrogram", "timeline",
                                           "issue_queue", "bulk_edit", "metric_filters"], default=None)
    parser.add_argument("--bulk-samples", type=int, default=500_000)
    parser.add_argument("--audio-hours", type=float, default=1.0)
    parser.add_argument("--timeline-minutes", type=int, default=120)
    args = parser.parse_args()
    cli = os.path.join(args.build_dir, "app/cli/lockstep-cli")
    sqlite = shutil.which("sqlite3")
    if args.only not in ("timeline", "issue_queue", "bulk_edit") and (not os.path.exists(cli) or not sqlite):
        sys.exit("need a built lockstep-cli and the sqlite3 shell (./setup.sh installs it)")

    results = {}
    if args.only in (None, "import"):
        results.update(bench_import(cli, sqlite, args))
    if args.only in (None, "scan"):
        results.update(bench_scan(cli, args))
    if args.only in (None, "table"):
        results.update(bench_table(cli, sqlite, args))
    if args.only in (None, "dashboard"):
        results.update(bench_dashboard(cli, sqlite, args))
    if args.only == "metric_filters":  # part of dashboard; alone: the table's metric filter cases only
        with tempfile.TemporaryDirectory() as tmp:
            project = write_metric_project(tmp, cli, args.rows, args.metric_project)
            results["metric_filters"] = bench_metric_filters(args, project)
    if args.only in (None, "spectrogram"):
        results.update(bench_spectrogram(cli, args))
    if args.only in (None, "timeline"):
        results.update(bench_timeline(args))
    if args.only in (None, "issue_queue"):
        results.update(bench_issue_queue(args))
    if args.only in (None, "bulk_edit"):
        results.update(bench_bulk_edit(args))
    print(json.dumps(results, indent=1))


def bench_timeline(args):
    tool = os.path.join(args.build_dir, "tests/bench/bench_timeline")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([tool, "--minutes", str(args.timeline_minutes)], check=True, capture_output=True, text=True,
                         env=env).stdout
    r = json.loads(out)
    print(f"timeline ({r['minutes']} min): first paint {r['first_paint_ms']:.0f} ms, lanes loaded "
          f"{r['lanes_loaded_ms']:.0f} ms, settled {r['settled_ms']:.0f} ms; {r['paints']} paints while zooming "
          f"and scrolling: median {r['paint_median_ms']:.1f} ms, max {r['paint_max_ms']:.1f} ms, "
          f"{r['paints_over_50ms']:.0f} over 50 ms", file=sys.stderr)
    return {"timeline": r}


def bench_issue_queue(args):
    """The review queue's orders and ] / [ lookups; the project is built by the tool on its first run."""
    tool = os.path.join(args.build_dir, "tests/bench/bench_issue_queue")
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "issues.lockstep")
        subprocess.run([tool, project, str(args.rows)], check=True, capture_output=True)  # builds it, warms the cache
        runs = [subprocess.run([tool, project, str(args.rows)], check=True, capture_output=True, text=True).stdout
                for _ in range(args.repeat)]
    names = {"order by clipping severity": "order_by_severity_ms", "order by clipping value": "order_by_value_ms",
             "order by clipping severity, status:unreviewed": "order_by_severity_unreviewed_ms",
             "order by clipping value, label = dog": "order_by_value_dogs_ms",
             "queue has:clipping unreviewed, worst first": "queue_worst_first_ms",
             "issue count, no filter": "issue_count_ms", "issue count, label = dog": "issue_count_dogs_ms",
             "samples with audio.clipping": "rows_with_common_issue_ms",
             "samples with image.dark": "rows_with_rare_issue_ms",
             "next clipping row through a sorted order": "next_issue_row_ms"}
    per_run = []
    for out in runs:
        values = {}
        for line in out.splitlines():
            label, _, rest = line.partition(": ")  # a label may hold a colon itself (has:TYPE)
            if label.strip() in names:
                values[names[label.strip()]] = float(rest.split("ms")[0])
        per_run.append(values)
    r = {"rows": args.rows}
    r.update({key: statistics.median(v[key] for v in per_run) for key in names.values()})
    print("issue queue " + str(args.rows) + " samples: " +
          ", ".join(f"{k} {r[k]:.1f}" for k in names.values()), file=sys.stderr)
    return {"issue_queue": r}


def bench_bulk_edit(args):
    """Bulk label / tag / review edits, pushed, undone and redone; the project is built on the first run."""
    tool = os.path.join(args.build_dir, "tests/bench/bench_bulk_edit")
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "bulk.lockstep")
        n = args.bulk_samples
        runs = [json.loads(subprocess.run([tool, project, str(n), "20000", str(n)], check=True, capture_output=True,
                                          text=True).stdout) for _ in range(args.repeat)]
    r = {"project_samples": args.bulk_samples}
    for selected in runs[0]:
        if selected == "project_samples":
            continue
        r[selected] = {kind: {step: statistics.median(run[selected][kind][step] for run in runs)
                              for step in ("push_ms", "undo_ms", "redo_ms")}
                       for kind in runs[0][selected]}
        r[selected]["audit_complete"] = all(run[selected][kind]["audit_complete"] for run in runs
                                            for kind in run[selected])
        print(f"bulk edit of {selected} samples in {n}: " + ", ".join(
            f"{kind} {v['push_ms']:.0f} / {v['undo_ms']:.0f} / {v['redo_ms']:.0f} ms"
            for kind, v in r[selected].items() if kind != "audit_complete") + " (push / undo / redo)", file=sys.stderr)
    return {"bulk_edit": r}


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def bench_scan(cli, args):
    floor_tool = os.path.join(args.build_dir, "tests/bench/bench_decode_floor")
    reference = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference_scan.py")
    with tempfile.TemporaryDirectory() as tmp:
        dataset = os.path.join(tmp, "scan")
        subprocess.run([cli, "demo", dataset, "--samples", str(args.scan_samples), "--recordings", "0", "--quiet"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([cli, "import", dataset, "--quiet"], check=True, stdout=subprocess.DEVNULL)
        python_s = timed(["/usr/bin/python3", reference, dataset])  # also warms the page cache for everyone
        floor_s = statistics.median(timed([floor_tool, dataset]) for _ in range(args.repeat))
        first_s = []
        for _ in range(args.repeat):
            project = dataset + ".lockstep"
            subprocess.run([cli, "import", dataset, "--quiet"], check=True, stdout=subprocess.DEVNULL)
            first_s.append(timed([cli, "scan", project, "--remeasure", "--quiet"]))
        scan_s = statistics.median(first_s)
        rescan_s = statistics.median(timed([cli, "scan", dataset + ".lockstep", "--quiet"]) for _ in range(args.repeat))
    r = {"samples": args.scan_samples, "scan_s": scan_s, "python_reference_s": python_s, "decode_floor_s": floor_s,
         "rescan_s": rescan_s, "speedup_vs_python": python_s / scan_s, "scan_over_floor": scan_s / floor_s,
         "rescan_over_scan": rescan_s / scan_s}
    print(f"scan {args.scan_samples} samples: lockstep {scan_s:.2f} s, python reference {python_s:.2f} s "
          f"({r['speedup_vs_python']:.1f}x), decode floor {floor_s:.2f} s ({r['scan_over_floor']:.2f}x the floor), "
          f"rescan {rescan_s:.2f} s ({100 * r['rescan_over_scan']:.1f}% of the first scan)")
    return {"scan": r}


def write_metric_project(tmp, cli, rows, keep=None):
    """A rows-sample project (the import benchmark's CSV) with 12 random metrics per sample, as a scan leaves them.
    keep: a path to build it at once and reuse afterwards (--metric-project)."""
    import array
    import random
    import sqlite3
    import uuid
    if keep and os.path.exists(keep):
        return keep
    dataset = os.path.join(tmp, "ds")
    write_dataset(dataset, rows)
    project = keep or os.path.join(tmp, "p.lockstep")
    subprocess.run([cli, "import", dataset, "--project", project, "--no-verify-files", "--quiet"], check=True)
    db = sqlite3.connect(project)
    rng = random.Random(1)
    names = [f"audio.m{j:02d}" for j in range(12)]
    columns = {n: array.array("d") for n in names}  # sample i is at row i (the CSV's order)

    def values():
        for i in range(rows):
            for n in names:
                v = rng.random()
                columns[n].append(v)
                yield f"s{i:07d}", n, v
    db.execute("DROP INDEX IF EXISTS sample_metrics_by_value")
    db.executemany("INSERT INTO sample_metrics(sample_id, name, value) VALUES(?,?,?)", values())
    db.execute("CREATE INDEX sample_metrics_by_value ON sample_metrics(name, value)")
    # Schema 4: each metric's values by row for a new metrics generation, as QualityRepository::replaceResults
    # writes them (little-endian doubles).
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'metric_columns'").fetchone():
        generation = str(uuid.uuid4())
        db.execute("DELETE FROM metric_columns")
        for n, column in columns.items():
            if sys.byteorder != "little":
                column.byteswap()
            db.execute("INSERT INTO metric_columns(name, generation, rows, data) VALUES(?,?,?,?)",
                       (n, generation, rows, column.tobytes()))
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('metrics.generation', ?)", (generation,))
    db.commit()
    db.close()
    return project


def bench_table(cli, sqlite, args):
    tool = os.path.join(args.build_dir, "tests/bench/bench_table_sort")
    with tempfile.TemporaryDirectory() as tmp:
        project = write_metric_project(tmp, cli, args.rows)
        ours = [json.loads(subprocess.run([tool, project, "audio.m05"], check=True, capture_output=True,
                                          text=True).stdout) for _ in range(args.repeat)]
        sql = ("SELECT s.row FROM samples s LEFT JOIN sample_metrics m ON m.sample_id = s.sample_id "
               "AND m.name = 'audio.m05' ORDER BY m.value IS NULL, m.value, s.row;")
        ref = median_time([sqlite, project, sql], args.repeat)
    r = {"rows": args.rows,
         "sort_by_metric_s": statistics.median(o["sort_by_metric_ms"] for o in ours) / 1000,
         "sort_by_label_s": statistics.median(o["sort_by_label_ms"] for o in ours) / 1000,
         "page_ms": statistics.median(o["page_ms"] for o in ours),
         "next_page_ms": statistics.median(o["next_page_ms"] for o in ours), "sqlite3_shell_same_query_s": ref}
    for name in ("filter_metric_ms", "filter_label_ms", "filter_both_ms"):
        r[name] = statistics.median(o[name] for o in ours)
    r["ratio_vs_shell"] = r["sort_by_metric_s"] / ref
    print(f"table {args.rows} rows: sort by metric {r['sort_by_metric_s']:.2f} s (sqlite3 shell, same query and "
          f"output to /dev/null: {ref:.2f} s, {r['ratio_vs_shell']:.2f}x), by label {r['sort_by_label_s']:.2f} s, "
          f"first page through the order {r['page_ms']:.1f} ms, the next {r['next_page_ms']:.1f} ms; filters "
          f"'audio.m05 < 0.001' {r['filter_metric_ms']:.0f} ms, 'label = label3' {r['filter_label_ms']:.0f} ms, "
          f"both {r['filter_both_ms']:.0f} ms")
    return {"table": r}


def bench_dashboard(cli, sqlite, args):
    """The quality dashboard: two metric columns loaded, binned and plotted, on the table benchmark's project."""
    import numpy as np
    import sqlite3
    tool = os.path.join(args.build_dir, "tests/bench/bench_dashboard")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        project = write_metric_project(tmp, cli, args.rows, args.metric_project)
        ours = [json.loads(subprocess.run([tool, project, "audio.m03", "audio.m07"], check=True, capture_output=True,
                                          text=True, env=env).stdout) for _ in range(args.repeat)]
        # The join as one writes it first: from x's (name, value) index, y by primary key.
        sql = ("SELECT a.value, b.value FROM sample_metrics a JOIN sample_metrics b ON b.sample_id = a.sample_id "
               "AND b.name = 'audio.m07' WHERE a.name = 'audio.m03';")
        ref_load = median_time([sqlite, project, sql], args.repeat)
        filters = bench_metric_filters(args, project)
        db = sqlite3.connect(project)
        xy = np.array(db.execute(sql.rstrip(";")).fetchall())
        db.close()
        times_1d, times_2d = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            np.histogram(xy[:, 0], bins=50)
            times_1d.append(time.perf_counter() - start)
            start = time.perf_counter()
            np.histogram2d(xy[:, 0], xy[:, 1], bins=(300, 200))
            times_2d.append(time.perf_counter() - start)
    med = lambda key: statistics.median(o[key] for o in ours)
    r = {k: med(k) for k in ours[0] if isinstance(ours[0][k], (int, float))}
    r.update({"rows": args.rows, "sqlite3_shell_pairs_s": ref_load,
              "numpy_histogram_ms": statistics.median(times_1d) * 1000,
              "numpy_histogram2d_ms": statistics.median(times_2d) * 1000})
    print(f"dashboard {args.rows} rows: load two metrics {r['load_pairs_ms']:.0f} ms (sqlite3 shell, plain join: "
          f"{ref_load * 1000:.0f} ms), one {r['load_column_ms']:.0f} ms; histogram {r['histogram_bins_ms']:.1f} ms "
          f"(numpy.histogram {r['numpy_histogram_ms']:.1f} ms), density 300x200 {r['density_300x200_ms']:.1f} ms "
          f"(numpy.histogram2d {r['numpy_histogram2d_ms']:.1f} ms); scatter frames median "
          f"{r['frame_median_ms']:.1f} ms, p95 {r['frame_p95_ms']:.1f} ms, max {r['frame_max_ms']:.1f} ms "
          f"(naive QCPGraph of every point: median {r['naive_frame_median_ms']:.0f} ms); filtered to "
          f"{r['filtered_points']:.0f}: pairs {r['load_pairs_filtered_ms']:.0f} ms, column "
          f"{r['load_column_filtered_ms']:.0f} ms, histogram on all cut-offs {r['histogram_filtered_ms']:.1f} ms; "
          f"table filter by a 48-corner lasso {r['lasso_filter_ms']:.0f} ms ({r['lasso_rows']:.0f} rows; its box as "
          f"a rectangle {r['box_filter_ms']:.0f} ms, {r['box_rows']:.0f} rows), lasso pairs {r['lasso_pairs_ms']:.0f} ms")
    r["metric_filters"] = filters
    return {"dashboard": r}


def metric_filter_cases():
    """Filters a user makes by brushing or typing, on the uniform [0, 1) metrics of write_metric_project."""
    box = "audio.m03 >= 0.1 and audio.m03 <= 0.9 and audio.m07 >= 0.1 and audio.m07 <= 0.9"
    import math
    corners = []
    for k in range(48):  # bench_dashboard's star: 48 corners around the middle of the two metrics' box
        a = 2 * math.pi * k / 48
        r = 1.0 if k % 2 == 0 else 0.55
        corners.append(f"{0.5 + r * 0.4 * math.cos(a):.6g} {0.5 + r * 0.4 * math.sin(a):.6g}")
    lasso = "inside(audio.m03, audio.m07: " + ", ".join(corners) + ")"
    return [("rectangle brush", box, None),
            ("48-corner lasso", lasso, None),
            ("one-sided wide bound", "audio.m03 >= 0.1", None),
            ("selective bound", "audio.m03 < 0.01", None),
            ("rectangle brush, sorted by a third metric", box, "audio.m05"),
            ("rectangle brush and label = label3", box + " and label = label3", None),
            ("lasso or a selective bound, not status:rejected",
             "(" + lasso + " or audio.m01 < 0.01) not status:rejected", None),
            ("no filter, sorted by a metric", "", "audio.m05")]


def bench_metric_filters(args, project):
    """Each case in a fresh bench_table_sort process: the first orderedRows (nothing cached), then K more, and the
    status bar's issue count of the same filter."""
    tool = os.path.join(args.build_dir, "tests/bench/bench_table_sort")
    out = []
    for name, query, sort in metric_filter_cases():
        command = [tool, project, "--filter", query, "--repeat", str(args.repeat)] + (["--sort", sort] if sort else [])
        r = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        r.update({"case": name, "query": query if len(query) < 120 else query[:117] + "...", "sort": sort})
        print(f"  {name}: {r['rows']} rows, first {r['first_ms']:.0f} ms, then {r['again_ms']:.0f} ms, issue count "
              f"{r['issue_count_ms']:.0f} ms", file=sys.stderr)
        out.append(r)
    return out


def write_long_audio(path, hours):
    """Tones, a slow glide and noise at 16 kHz, 16-bit PCM WAV, written in pieces (an hour is 115 MB)."""
    import numpy as np
    import soundfile
    rate = 16000
    rng = np.random.default_rng(1)
    total = int(hours * 3600 * rate)
    with soundfile.SoundFile(path, "w", rate, 1, "PCM_16") as f:
        for start in range(0, total, 60 * rate):
            t = np.arange(start, min(total, start + 60 * rate), dtype=np.float64) / rate
            x = (0.3 * np.sin(2 * np.pi * 440 * t) + 0.1 * np.sin(2 * np.pi * (200 + 100 * np.sin(0.1 * t)) * t)
                 + 0.05 * rng.standard_normal(len(t)))
            f.write(x.astype(np.float32))


def bench_spectrogram(cli, args):
    floor_tool = os.path.join(args.build_dir, "tests/bench/bench_stft_floor")
    reference = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference_spectrogram.py")
    with tempfile.TemporaryDirectory() as tmp:
        audio = os.path.join(tmp, "long.wav")
        write_long_audio(audio, args.audio_hours)
        ours_npy = os.path.join(tmp, "lockstep.npy")
        ref_npy = os.path.join(tmp, "torchaudio.npy")
        ours, python, floor = [], [], []
        for _ in range(args.repeat):
            ours.append(timed([cli, "spectrogram", audio, "--out", ours_npy, "--n-fft", "400", "--hop", "160",
                               "--n-mels", "80", "--log", "--quiet"]))
            python.append(timed(["/usr/bin/python3", reference, audio, ref_npy]))
            floor.append(timed_floor(floor_tool, audio))
        import numpy as np
        a, b = np.load(ours_npy), np.load(ref_npy)
        agreement = float(np.abs(a - b).max()) if a.shape == b.shape else None
    ours_s, python_s, floor_s = (statistics.median(v) for v in (ours, python, floor))
    r = {"audio_hours": args.audio_hours, "lockstep_s": ours_s, "torchaudio_s": python_s, "floor_s": floor_s,
         "speedup_vs_torchaudio": python_s / ours_s, "lockstep_over_floor": ours_s / floor_s,
         "max_abs_difference_db": agreement, "runs": {"lockstep": ours, "torchaudio": python, "floor": floor}}
    print(f"log-mel of {args.audio_hours:g} h of 16 kHz audio: lockstep-cli spectrogram {ours_s:.2f} s, "
          f"torchaudio {python_s:.2f} s ({r['speedup_vs_torchaudio']:.1f}x faster), KissFFT floor {floor_s:.2f} s "
          f"({r['lockstep_over_floor']:.2f}x the floor); largest difference {agreement:.2g} dB")
    return {"spectrogram": r}


def timed_floor(tool, audio):
    """The floor tool times its own compute loop (the decode before it is not part of the floor)."""
    out = subprocess.run([tool, audio], check=True, capture_output=True, text=True).stdout
    return float(out.split(" in ")[1].split(" s")[0])


def bench_import(cli, sqlite, args):
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
    return results


if __name__ == "__main__":
    main()
