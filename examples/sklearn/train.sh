#!/bin/sh
# Runs train.py with the first python3 that can import scikit-learn, wherever it is started from.
# On a machine with several pythons (say pyenv's first on PATH, Debian's python3-sklearn at
# /usr/bin/python3) the first one may lack sklearn. Set MLOPS_PYTHON to choose one yourself.
set -eu
case $0 in
  */*) here=${0%/*} ;;
  *) here=. ;;
esac
# find_spec looks for the packages without importing them: a probe costs milliseconds, not a second.
probe='import importlib.util as u, sys; sys.exit(0 if u.find_spec("sklearn") and u.find_spec("joblib") else 1)'
for python in ${MLOPS_PYTHON:-} python3 /usr/bin/python3 python; do
  if command -v "$python" >/dev/null 2>&1 && "$python" -c "$probe" >/dev/null 2>&1; then
    exec "$python" "$here/train.py" "$@"
  fi
done
echo "train.sh: no python3 with scikit-learn found (tried ${MLOPS_PYTHON:+$MLOPS_PYTHON, }python3, /usr/bin/python3, python);" >&2
echo "train.sh: install it (e.g. apt-get install python3-sklearn, or pip install scikit-learn) or set MLOPS_PYTHON" >&2
exit 127
