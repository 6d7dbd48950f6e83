#!/usr/bin/env python3
"""The sklearn example's trainer: a scikit-learn GradientBoostingClassifier on the wine data.

It follows the train-and-sweep trial protocol, so the sweep can run it once per trial:
  MLOPS_PARAMS        hyperparameters as a JSON object (nested objects stand for dotted names), or
  MLOPS_PARAMS_FILE   the same JSON in a file. Both optional: every parameter has a default.
  MLOPS_OUTPUT_DIR    where the model is written: model.joblib and model.json (default: ./outputs).
  MLOPS_METRICS_FILE  where the eval metrics are written as JSON (default: <output dir>/metrics.json).
  MLOPS_SEED          integer seed (the model's random_state; default 0): one seed, one result.
After training it prints one `mlops:metric {"step": N, ...}` line per boosting stage (the model
with its first N trees), computed with staged_predict_proba; everything else is log.
Bad parameters end it with exit code 2 and a message on stderr that names the parameter.

Hyperparameters:
  n_estimators   boosting stages (trees per class), integer 1..2000 (default 100)
  learning_rate  shrinkage of each tree, > 0 (default 0.1; sweep it on a log scale)
  max_depth      depth of each tree, integer 1..32 (default 3)

Data: data/train.csv and data/eval.csv beside this file (written by export_data.py), label `cultivar`.
Run it by hand with a python3 that has scikit-learn (see README.md), e.g.
  MLOPS_PARAMS='{"learning_rate": 0.05}' MLOPS_SEED=3 /usr/bin/python3 examples/sklearn/train.py
"""
import csv
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LABEL = "cultivar"


def positive_number(v):
    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and v == v and 0 < v < float("inf")
    return None if ok else "must be a number > 0"


def integer_in(low, high):
    def check(v):
        ok = isinstance(v, int) and not isinstance(v, bool) and low <= v <= high
        return None if ok else f"must be an integer from {low} to {high}"

    return check


# Parameter name -> (default, check). A check returns an error message or None.
PARAMS = {
    "n_estimators": (100, integer_in(1, 2000)),
    "learning_rate": (0.1, positive_number),
    "max_depth": (3, integer_in(1, 32)),
}


class UsageError(Exception):
    pass


def flatten(obj, prefix="", out=None):
    """{"a": {"b": 1}} -> {"a.b": 1}: the protocol nests dotted names."""
    out = {} if out is None else out
    for key, value in obj.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            flatten(value, name, out)
        else:
            out[name] = value
    return out


def read_params(env):
    if env.get("MLOPS_PARAMS"):
        text, source = env["MLOPS_PARAMS"], "MLOPS_PARAMS"
    elif env.get("MLOPS_PARAMS_FILE"):
        source = env["MLOPS_PARAMS_FILE"]
        try:
            with open(source, encoding="utf-8") as f:
                text = f.read()
        except OSError as error:
            raise UsageError(f"cannot read MLOPS_PARAMS_FILE {source}: {error}")
    else:
        text, source = "{}", "defaults"
    try:
        given = json.loads(text)
    except ValueError as error:
        raise UsageError(f"{source} is not valid JSON: {error}")
    if not isinstance(given, dict):
        raise UsageError(f"{source} must hold a JSON object of hyperparameters")
    given = flatten(given)
    unknown = [name for name in given if name not in PARAMS]
    if unknown:
        raise UsageError(f"unknown hyperparameter(s) {', '.join(unknown)}; known: {', '.join(PARAMS)}")
    params = {}
    for name, (default, check) in PARAMS.items():
        value = given.get(name, default)
        problem = check(value)
        if problem:
            raise UsageError(f"bad hyperparameter {name}: {problem} (got {json.dumps(value)})")
        params[name] = value
    return params


def read_seed(env):
    raw = env.get("MLOPS_SEED", "")
    if raw == "":
        return 0
    try:
        seed = int(raw)
    except ValueError:
        raise UsageError(f"MLOPS_SEED must be an integer (got {json.dumps(raw)})")
    # numpy's random_state takes 0 .. 2**32 - 1; fold any other integer into that range.
    return seed % (2**32)


def read_csv(path):
    """The example's CSVs: a header, numeric features, the label last."""
    import numpy as np

    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], [r for r in rows[1:] if r]
    label_at = header.index(LABEL)
    features = [name for i, name in enumerate(header) if i != label_at]
    X = np.array([[float(v) for i, v in enumerate(r) if i != label_at] for r in body])
    y = np.array([r[label_at] for r in body])
    return features, X, y


def main(env):
    started = time.perf_counter()
    params = read_params(env)
    seed = read_seed(env)
    output_dir = os.path.abspath(env.get("MLOPS_OUTPUT_DIR") or "outputs")
    metrics_file = os.path.abspath(env.get("MLOPS_METRICS_FILE") or os.path.join(output_dir, "metrics.json"))

    # Imported after the parameters are checked: a bad trial fails fast, without loading sklearn.
    import joblib
    import numpy as np
    import sklearn
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import accuracy_score, f1_score, log_loss

    features, X_train, y_train = read_csv(os.path.join(HERE, "data", "train.csv"))
    eval_features, X_eval, y_eval = read_csv(os.path.join(HERE, "data", "eval.csv"))
    if eval_features != features:
        raise UsageError("data/eval.csv does not have the columns of data/train.csv")
    print(f"wine: {len(y_train)} train rows, {len(y_eval)} eval rows, {len(features)} features; "
          f"sklearn {sklearn.__version__}, python {sys.version.split()[0]}")
    print(f"params {json.dumps(params)} seed {seed}")

    model = GradientBoostingClassifier(random_state=seed, **params)
    model.fit(X_train, y_train)
    classes = list(model.classes_)

    # Intermediates: the model after each stage, on the eval split (train_score_ is the train loss).
    for stage, proba in enumerate(model.staged_predict_proba(X_eval), start=1):
        predicted = model.classes_[np.argmax(proba, axis=1)]
        values = {
            "step": stage,
            "loss": float(model.train_score_[stage - 1]),
            "eval_loss": float(log_loss(y_eval, proba, labels=classes)),
            "eval_accuracy": float(accuracy_score(y_eval, predicted)),
        }
        print("mlops:metric " + json.dumps(values))

    predicted = model.predict(X_eval)
    metrics = {
        "accuracy": float(accuracy_score(y_eval, predicted)),
        "f1": float(f1_score(y_eval, predicted, average="macro")),
        "loss": float(log_loss(y_eval, model.predict_proba(X_eval), labels=classes)),
        "train_accuracy": float(accuracy_score(y_train, model.predict(X_train))),
    }

    os.makedirs(output_dir, exist_ok=True)
    joblib.dump(model, os.path.join(output_dir, "model.joblib"))
    card = {
        "format": "mlops-sklearn-wine/1",
        "model": "model.joblib",
        "estimator": type(model).__name__,
        "sklearn": sklearn.__version__,
        "params": params,
        "seed": seed,
        "features": features,
        "label": LABEL,
        "classes": classes,
    }
    with open(os.path.join(output_dir, "model.json"), "w", encoding="utf-8") as f:
        json.dump(card, f, indent=2)
        f.write("\n")
    os.makedirs(os.path.dirname(metrics_file), exist_ok=True)
    with open(metrics_file, "w", encoding="utf-8") as f:
        json.dump(metrics, f, indent=2)
        f.write("\n")
    took = time.perf_counter() - started
    print(f"eval accuracy {metrics['accuracy']:.4f} macro-F1 {metrics['f1']:.4f}; "
          f"model -> {os.path.join(output_dir, 'model.joblib')} ({took:.2f} s)")


if __name__ == "__main__":
    try:
        main(os.environ)
    except UsageError as error:
        print(f"train.py: {error}", file=sys.stderr)
        sys.exit(2)
