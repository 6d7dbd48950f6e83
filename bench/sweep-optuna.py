#!/usr/bin/env python3
"""Optuna's TPE asked in batches, driven over stdin/stdout by bench/sweep-batch.mjs.

The objectives stay in bench/objectives/functions.mjs (one definition): this process only asks and
tells. One JSON request per line, one JSON answer per line:

  {"start": {"space": {...mlops.yml space...}, "seed": 3}}   -> {"ok": true}   (a new study)
  {"ask": 8}                                                  -> {"trials": [{"number": 0, "params": {...}}, ...]}
  {"tell": [[0, 1.23], [1, 4.5]]}                             -> {"ok": true}

Every trial of a batch is asked before any of it is told, so the batch's trials are RUNNING when
the later ones are sampled: TPESampler(constant_liar=True) sees them. With no Optuna installed the
first answer is {"missing": "..."} and the bench prints published figures instead.
"""
import json
import sys


def distributions(space, optuna):
    dists = {}
    for name, spec in space.items():
        kind = spec["type"]
        if kind == "uniform":
            dists[name] = optuna.distributions.FloatDistribution(spec["low"], spec["high"], step=spec.get("step"))
        elif kind == "loguniform":
            dists[name] = optuna.distributions.FloatDistribution(spec["low"], spec["high"], log=True)
        elif kind == "int":
            dists[name] = optuna.distributions.IntDistribution(spec["low"], spec["high"], log=bool(spec.get("log")), step=spec.get("step", 1))
        elif kind == "categorical":
            dists[name] = optuna.distributions.CategoricalDistribution(spec["choices"])
        else:
            raise ValueError(f"the Optuna reference does not handle {kind} parameters ({name})")
    return dists


def main():
    try:
        import optuna
    except ImportError as error:
        print(json.dumps({"missing": str(error)}), flush=True)
        return
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    print(json.dumps({"version": optuna.__version__}), flush=True)
    study = None
    dists = None
    pending = {}
    for line in sys.stdin:
        request = json.loads(line)
        if "start" in request:
            start = request["start"]
            dists = distributions(start["space"], optuna)
            sampler = optuna.samplers.TPESampler(seed=start["seed"], constant_liar=True)
            study = optuna.create_study(direction="minimize", sampler=sampler)
            pending = {}
            answer = {"ok": True}
        elif "ask" in request:
            trials = [study.ask(dists) for _ in range(request["ask"])]
            pending.update({t.number: t for t in trials})
            answer = {"trials": [{"number": t.number, "params": t.params} for t in trials]}
        elif "tell" in request:
            for number, value in request["tell"]:
                study.tell(pending.pop(number), value)
            answer = {"ok": True}
        else:
            answer = {"error": f"unknown request {line.strip()}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
