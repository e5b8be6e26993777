#!/usr/bin/python3
"""The pipeline a typical engineer writes for log-mel features, in one process: soundfile read, torchaudio
MelSpectrogram (n_fft 400, hop 160, 80 mels, HTK, power 2) + AmplitudeToDB (top_db None), numpy.save.
torch uses its default thread count. Prints the stage times on stderr.

Usage: /usr/bin/python3 tests/bench/reference_spectrogram.py AUDIO OUT.npy
"""
import sys
import time

start = time.perf_counter()
import numpy as np  # noqa: E402
import soundfile  # noqa: E402
import torch  # noqa: E402
import torchaudio  # noqa: E402

imported = time.perf_counter()
data, rate = soundfile.read(sys.argv[1], dtype="float32")
read = time.perf_counter()
waveform = torch.from_numpy(data)
mel = torchaudio.transforms.MelSpectrogram(sample_rate=rate, n_fft=400, hop_length=160, n_mels=80)(waveform)
db = torchaudio.transforms.AmplitudeToDB("power")(mel)
computed = time.perf_counter()
np.save(sys.argv[2], db.numpy())
saved = time.perf_counter()
print(f"import {imported - start:.2f} s, read {read - imported:.2f} s, compute {computed - read:.2f} s, "
      f"save {saved - computed:.2f} s, torch threads {torch.get_num_threads()}", file=sys.stderr)
