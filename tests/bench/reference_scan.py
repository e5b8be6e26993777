#!/usr/bin/python3
"""The Python pipeline a typical engineer writes to measure the same things `lockstep-cli scan` measures:
pandas for the index, cv2 for images, soundfile for audio, numpy for the arithmetic, one process.
It is the reference the scan benchmark is compared with. Usage: reference_scan.py DATASET
"""
import hashlib
import os
import re
import sys
import unicodedata

import cv2
import numpy as np
import pandas as pd
import soundfile as sf

MERSENNE = (1 << 61) - 1
rng = np.random.RandomState(1)
PERM_A = rng.randint(1, 1 << 31, size=128).astype(np.uint64)
PERM_B = rng.randint(0, 1 << 31, size=128).astype(np.uint64)


def image_metrics(path):
    img = cv2.imread(path, cv2.IMREAD_COLOR)
    if img is None:
        return None
    h, w = img.shape[:2]
    b, g, r = [c.astype(np.float32) for c in cv2.split(img)]
    brightness = np.sqrt(0.241 * r * r + 0.691 * g * g + 0.068 * b * b) / 255.0
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    hist = np.bincount(gray.ravel(), minlength=256) / gray.size
    nz = hist[hist > 0]
    small = cv2.resize(gray, (32, 32), interpolation=cv2.INTER_AREA).astype(np.float32)
    dct = cv2.dct(small)[:8, :8]
    bits = (dct > np.median(dct)).ravel()
    small64 = cv2.resize(gray, (64, 64), interpolation=cv2.INTER_AREA)
    edges = cv2.Laplacian(small64, cv2.CV_64F)
    return {
        "width": w, "height": h,
        "brightness_mean": float(brightness.mean()),
        "brightness_p5": float(np.percentile(brightness, 5)),
        "brightness_p99": float(np.percentile(brightness, 99)),
        "contrast_rms": float(gray.std() / 255.0),
        # Lockstep's definition: the Laplacian at the picture's own size, normalised by long side / 512
        "sharpness_laplacian": float(cv2.Laplacian(gray, cv2.CV_64F).var() * max(h, w) / 512.0),
        "blur_score": float(np.sqrt(edges.var()) / 255.0 + gray.std() / 255.0),
        "entropy": float(-(nz * np.log2(nz)).sum()),
        "phash": int("".join("1" if x else "0" for x in bits), 2),
        "pixel_hash": hashlib.blake2b(img.tobytes(), digest_size=16).hexdigest(),
    }


def audio_metrics(path):
    try:
        data, rate = sf.read(path, dtype="float32", always_2d=True)
    except Exception:
        return None
    x = data
    mono = x.mean(axis=1)
    peak = float(np.abs(x).max()) if x.size else 0.0
    rms = float(np.sqrt(np.mean(x.astype(np.float64) ** 2))) if x.size else 0.0
    full = np.abs(x) >= (32767 / 32768)
    clipped = 0
    for c in range(x.shape[1]):
        f = full[:, c].astype(np.int8)
        d = np.diff(np.concatenate(([0], f, [0])))
        starts, ends = np.where(d == 1)[0], np.where(d == -1)[0]
        runs = ends - starts
        clipped += int(runs[runs >= 3].sum())
    frame = int(rate * 0.01)
    n = len(mono) // frame
    frames = mono[: n * frame].reshape(n, frame) if n else np.zeros((0, frame))
    frame_rms = np.sqrt((frames.astype(np.float64) ** 2).mean(axis=1)) if n else np.zeros(0)
    silence = float((20 * np.log10(np.maximum(frame_rms, 1e-10)) < -40).mean()) if n else 1.0
    hop = int(rate * 0.01)
    nfft = 512
    window = np.hanning(nfft + 1)[:-1]
    padded = np.pad(mono, nfft // 2, mode="reflect") if len(mono) > nfft // 2 else np.pad(mono, (0, nfft))
    count = 1 + (len(padded) - nfft) // hop
    idx = np.arange(nfft)[None, :] + hop * np.arange(count)[:, None]
    spec = np.abs(np.fft.rfft(padded[idx] * window, axis=1)) ** 2
    level = 10 * np.log10(np.maximum(spec.mean(axis=0), 1e-20))
    above = np.where(level > level.max() - 50)[0]
    bandwidth = float(above.max() * rate / nfft) if above.size else 0.0
    return {
        "sample_rate": rate, "channels": x.shape[1], "duration_s": len(x) / rate,
        "peak_dbfs": 20 * np.log10(max(peak, 1e-10)), "rms_dbfs": 20 * np.log10(max(rms, 1e-10)),
        "clipped_samples": clipped, "silence_ratio": silence, "dc_offset": float(mono.mean()) if mono.size else 0.0,
        "bandwidth_hz": bandwidth,
        "pcm_hash": hashlib.blake2b(x.tobytes(), digest_size=16).hexdigest(),
    }


def text_metrics(path):
    try:
        raw = open(path, "rb").read()
    except OSError:
        return None
    text = raw.decode("utf-8", errors="replace")
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()
    words = norm.split(" ")
    shingles = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))] if norm else []
    if shingles:
        h = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") >> 3
                      for s in shingles], dtype=np.uint64)
        minhash = ((h[:, None] * PERM_A[None, :] + PERM_B[None, :]) % np.uint64(MERSENNE)).min(axis=0)
    else:
        minhash = None
    return {
        "chars": len(text), "words": len(text.split()), "lines": text.count("\n") + (1 if text else 0),
        "control_chars": sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r"),
        "content_hash": hashlib.blake2b(norm.encode(), digest_size=16).hexdigest(),
        "minhash": minhash,
    }


def main():
    root = sys.argv[1]
    index = pd.read_csv(os.path.join(root, "metadata.csv"), dtype=str, keep_default_na=False)
    rows = []
    for rec in index.itertuples(index=False):
        row = {"id": rec.ID}
        for column, fn in (("Image_Path", image_metrics), ("Audio_Path", audio_metrics), ("Text_Path", text_metrics)):
            rel = getattr(rec, column)
            if rel:
                m = fn(os.path.join(root, rel))
                if m:
                    row.update({f"{column[:5].lower()}_{k}": v for k, v in m.items()})
        rows.append(row)
    table = pd.DataFrame(rows)
    print(f"{len(table)} samples, {table.shape[1]} columns")


if __name__ == "__main__":
    main()
