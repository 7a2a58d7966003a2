"""Who is speaking, from the voices: a voice print per segment and a two-voice split of the visit.

No offline diarisation model is installable here (pyannote and its kin download their weights from a
hub), so this is the classic unsupervised route: each segment's voice is summarised by its median pitch
and the mean of its mel-frequency cepstral coefficients over its louder frames (vocal tract, not
words), the visit's segments are split into two voices with k-means, and the split is used only when it
is clear (silhouette) and when the two voices line up with what the words say (the text model's
clinician probabilities differ between them, and at least ``MIN_AGREEMENT`` of the segments' words side
with their voice's role). Each voice is then given the role its segments' words
mostly have, and every segment's text evidence is nudged toward its voice's role
(``combine``; engine/transcribe/roles.py runs turn-taking on the result).

Nothing here is trained, so nothing is tuned to one voice. Synthetic voices (espeak-ng) are far easier
to tell apart than two people in one room: docs/models.md reports both what it does on rendered audio
and that it is unmeasured on real speech.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

SR = 16_000
MIN_S = 0.8  # shorter stretches say too little about a voice
N_FFT, HOP, N_CEPS = 400, 160, 12
PITCH_WEIGHT = 3.0  # pitch tells two people apart better than any one cepstral coefficient
MIN_SEGMENTS = 6
MIN_SILHOUETTE = 0.12  # below it the "two voices" are one voice split in two
MIN_ROLE_GAP = 0.25  # the two voices' mean P(clinician) must differ this much to name them
# and the split must explain the words' roles: on two espeak voices of one pitch, pitch-tracking errors
# made a clear (silhouette 0.6) split that matched the roles on only about 60 % of segments
MIN_AGREEMENT = 0.8
WEIGHT = 2.0  # logit added for a segment firmly in a voice


@cache
def _mel_filters() -> np.ndarray:
    from faster_whisper.feature_extractor import FeatureExtractor

    return np.asarray(FeatureExtractor.get_mel_filters(SR, N_FFT, n_mels=80), dtype=np.float32)


@cache
def _dct() -> np.ndarray:
    n = 80
    k = np.arange(N_CEPS + 1)[:, None]
    return np.cos(math.pi / n * (np.arange(n)[None, :] + 0.5) * k).astype(np.float32)


def pitch(pcm: np.ndarray) -> float | None:
    """Median fundamental frequency (Hz, 60-400) of the voiced, louder 40-ms frames, by autocorrelation."""
    n, hop = 640, 320
    if pcm.size < 4 * n:
        return None
    idx = np.arange(n)[None, :] + hop * np.arange(1 + (pcm.size - n) // hop)[:, None]
    frames = pcm[idx] * np.hanning(n).astype(np.float32)
    energy = (frames**2).sum(axis=1)
    frames = frames[energy >= np.median(energy)]
    ac = np.fft.irfft(np.abs(np.fft.rfft(frames, 2 * n, axis=1)) ** 2, axis=1)[:, :n]
    lo, hi = SR // 400, SR // 60
    lag = lo + np.argmax(ac[:, lo:hi], axis=1)
    voiced = ac[np.arange(len(ac)), lag] / (ac[:, 0] + 1e-9) > 0.3
    if voiced.sum() < 5:
        return None
    return float(np.median(SR / lag[voiced]))


def voice_print(pcm: np.ndarray) -> list[float] | None:
    """log2 of the median pitch, then the mean of cepstral coefficients 1..12 over the louder half of the
    frames of one stretch of 16 kHz speech; None when it is too short to say."""
    if pcm.size < MIN_S * SR:
        return None
    n = 1 + (pcm.size - N_FFT) // HOP
    idx = np.arange(N_FFT)[None, :] + HOP * np.arange(n)[:, None]
    frames = pcm[idx] * np.hanning(N_FFT).astype(np.float32)
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    energy = power.sum(axis=1)
    loud = energy >= np.median(energy)
    if loud.sum() < 20:
        return None
    logmel = np.log(np.maximum(power[loud] @ _mel_filters().T, 1e-10))
    ceps = logmel @ _dct().T  # (frames, 21): coefficient 0 is loudness, left out
    f0 = pitch(pcm)
    if f0 is None:
        return None
    return [math.log2(f0)] + [float(x) for x in ceps[:, 1:].mean(axis=0)]


def two_means(x: np.ndarray, starts: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """k-means with k=2 (Lloyd's algorithm from ``starts`` seeded random pairs; the lowest inertia wins):
    the labels and the two centres. Written out because the app does not ship scikit-learn."""
    rng = np.random.default_rng(0)
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    for _ in range(starts):
        centres = x[rng.choice(len(x), 2, replace=False)]
        for _ in range(100):
            d = ((x[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
            labels = d.argmin(axis=1)
            if labels.min() == labels.max():
                break
            moved = np.stack([x[labels == k].mean(axis=0) for k in (0, 1)])
            if np.allclose(moved, centres):
                break
            centres = moved
        inertia = float(d.min(axis=1).sum())
        if best is None or inertia < best[0]:
            best = (inertia, labels, centres)
    return best[1], best[2]


def silhouette(x: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette of a two-way split: near 1 when the two groups are far apart and tight, near 0
    when the split is arbitrary."""
    sq = (x**2).sum(axis=1)  # |a-b|^2 = |a|^2 + |b|^2 - 2ab: n x n, not n x n x features, in memory
    d = np.sqrt(np.maximum(sq[:, None] + sq[None, :] - 2 * x @ x.T, 0.0))
    same = labels[:, None] == labels[None, :]
    n_same = same.sum(axis=1) - 1
    a = np.where(n_same > 0, (d * same).sum(axis=1) / np.maximum(n_same, 1), 0.0)
    b = (d * ~same).sum(axis=1) / np.maximum((~same).sum(axis=1), 1)
    s = np.where(n_same > 0, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(s.mean())


def combine(prints: list[list[float] | None], p_text: list[float]) -> tuple[list[float], dict]:
    """The text model's P(clinician) per segment, nudged toward the role of each segment's voice; and
    what was decided (``used``, ``silhouette``, the voices' mean P(clinician)) for the log and the docs."""
    have = [i for i, v in enumerate(prints) if v is not None]
    info: dict = {"used": False, "segments_with_voice": len(have)}
    if len(have) < MIN_SEGMENTS:
        return p_text, info
    x = np.asarray([prints[i] for i in have], dtype=np.float64)
    x = (x - x.mean(axis=0)) / (x.std(axis=0) + 1e-9)
    x[:, 0] *= PITCH_WEIGHT
    labels, centres = two_means(x)
    if len(set(labels.tolist())) < 2:
        return p_text, info
    sil = silhouette(x, labels)
    means = [float(np.mean([p_text[have[j]] for j in range(len(have)) if labels[j] == k])) for k in (0, 1)]
    info |= {"silhouette": round(sil, 3), "voice_p_clinician": [round(m, 3) for m in means]}
    if sil < MIN_SILHOUETTE or abs(means[0] - means[1]) < MIN_ROLE_GAP:
        return p_text, info
    clin = int(means[1] > means[0])
    agree = float(np.mean([(p_text[i] >= 0.5) == (labels[j] == clin) for j, i in enumerate(have)]))
    info["agreement"] = round(agree, 3)
    if agree < MIN_AGREEMENT:
        return p_text, info
    d = np.sqrt(((x[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2))  # distance to each voice's centre
    out = list(p_text)
    for j, i in enumerate(have):
        d_c, d_o = d[j, clin], d[j, 1 - clin]
        firm = (d_o - d_c) / (d_o + d_c + 1e-9)  # +1 at the clinician's voice, -1 at the other
        p = min(max(p_text[i], 1e-6), 1 - 1e-6)
        out[i] = 1.0 / (1.0 + math.exp(-(math.log(p / (1 - p)) + WEIGHT * 2 * firm)))
    info["used"] = True
    return out, info
