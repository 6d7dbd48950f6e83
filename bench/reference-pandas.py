#!/usr/bin/env python3
"""Optional reference: pandas read_csv + describe(include='all').

    /usr/bin/python3 bench/reference-pandas.py bench/out/data.csv [--print]

Needs pandas (Debian: apt-get install -y python3-pandas, for /usr/bin/python3).
Prints read and describe times separately, then the total.
"""
import sys
import time

try:
    import pandas as pd
except ImportError:
    print("pandas not available for " + sys.executable, file=sys.stderr)
    sys.exit(3)

args = [a for a in sys.argv[1:] if not a.startswith("--")]
if not args:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
path = args[0]
t0 = time.perf_counter()
df = pd.read_csv(path, parse_dates=["signup_date"])
t1 = time.perf_counter()
desc = df.describe(include="all", datetime_is_numeric=True)
nunique_id = df["id"].is_unique
t2 = time.perf_counter()
if "--print" in sys.argv:
    with pd.option_context("display.max_columns", None, "display.width", 250):
        print(desc)
print(f"pandas {pd.__version__}: read_csv {t1 - t0:.3f} s, describe {t2 - t1:.3f} s, "
      f"total {t2 - t0:.3f} s ({len(df)} rows, id unique={nunique_id})")
