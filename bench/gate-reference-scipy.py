#!/usr/bin/env python3
"""The gate bench's reference: scipy.stats.bootstrap computing the same change intervals as the
gate, on the same per-example files (bench/gate-bootstrap.mjs runs it beside ours).

    /usr/bin/python3 bench/gate-reference-scipy.py CANDIDATE.csv BASELINE.csv \
        [--resamples 2000] [--seed 0] [--confidence 0.95] [--batch 20] [--metrics accuracy,f1,...]

For each metric: paired=True (the same resampled ids for both models), vectorized=True (the
statistic takes (batch, n) arrays along the last axis), method='percentile' (the gate's method:
BCa's jackknife would be O(n^2) here), and `batch` resamples at a time so memory stays bounded:
a batch holds batch x n int64 indexes plus the gathered columns (~20 x 200,000 x 8 bytes x 4, about
130 MB). Each statistic is a function of (label, candidate, baseline) columns: predictions for
accuracy, F1 and RMSE, scores for log loss and AUC (average ranks, so ties count one half).

Prints one JSON object: {"seconds": {...}, "intervals": {metric: {"low", "high", "point"}}}.
"""
import argparse
import json
import time

import numpy as np
from scipy import stats

EPS = 1e-15


def read(path):
    """id, label, prediction, score columns (the gate's per-example format, unquoted)."""
    data = np.genfromtxt(path, delimiter=",", names=True, dtype=None, encoding="utf-8")
    return data["id"], data["label"].astype(np.float64), data["prediction"].astype(np.float64), data["score"].astype(np.float64)


def accuracy(label, cand, base, axis=-1):
    return np.mean(cand == label, axis=axis) - np.mean(base == label, axis=axis)


def f1_of(label, pred, axis):
    tp = np.sum((pred == 1) & (label == 1), axis=axis)
    predicted = np.sum(pred == 1, axis=axis)
    labelled = np.sum(label == 1, axis=axis)
    return 2 * tp / (predicted + labelled)


def f1(label, cand, base, axis=-1):
    return f1_of(label, cand, axis) - f1_of(label, base, axis)


def log_loss_of(label, score, axis):
    q = np.clip(score, EPS, 1 - EPS)
    return -np.mean(label * np.log(q) + (1 - label) * np.log(1 - q), axis=axis)


def log_loss(label, cand, base, axis=-1):
    return log_loss_of(label, cand, axis) - log_loss_of(label, base, axis)


def rmse(label, cand, base, axis=-1):
    return np.sqrt(np.mean((cand - label) ** 2, axis=axis)) - np.sqrt(np.mean((base - label) ** 2, axis=axis))


def auc_of(label, score, axis):
    ranks = stats.rankdata(score, axis=axis)
    positives = np.sum(label, axis=axis)
    negatives = label.shape[axis] - positives
    return (np.sum(ranks * label, axis=axis) - positives * (positives + 1) / 2) / (positives * negatives)


def auc(label, cand, base, axis=-1):
    return auc_of(label, cand, axis) - auc_of(label, base, axis)


STATISTICS = {"accuracy": (accuracy, "prediction"), "f1": (f1, "prediction"), "log_loss": (log_loss, "score"), "rmse": (rmse, "prediction"), "auc": (auc, "score")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("candidate")
    parser.add_argument("baseline")
    parser.add_argument("--resamples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--confidence", type=float, default=0.95)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--metrics", default=",".join(STATISTICS))
    args = parser.parse_args()

    started = time.perf_counter()
    c_id, c_label, c_pred, c_score = read(args.candidate)
    b_id, b_label, b_pred, b_score = read(args.baseline)
    # Pair by id: the baseline's rows in the candidate's order.
    position = {key: i for i, key in enumerate(b_id)}
    order = np.fromiter((position[key] for key in c_id), dtype=np.int64, count=len(c_id))
    assert np.array_equal(b_label[order], c_label), "labels differ between the files"
    columns = {"prediction": (c_pred, b_pred[order]), "score": (c_score, b_score[order])}
    read_seconds = time.perf_counter() - started

    rng = np.random.default_rng(args.seed)
    intervals = {}
    seconds = {"read": read_seconds}
    for name in args.metrics.split(","):
        statistic, column = STATISTICS[name]
        cand, base = columns[column]
        t = time.perf_counter()
        result = stats.bootstrap((c_label, cand, base), statistic, n_resamples=args.resamples, batch=args.batch, vectorized=True, paired=True,
                                 confidence_level=args.confidence, method="percentile", random_state=rng)
        seconds[name] = time.perf_counter() - t
        intervals[name] = {"low": float(result.confidence_interval.low), "high": float(result.confidence_interval.high), "point": float(statistic(c_label, cand, base))}
    seconds["total"] = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "intervals": intervals}))


if __name__ == "__main__":
    main()
