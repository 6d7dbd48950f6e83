#!/usr/bin/env python3
"""Writes data/train.csv and data/eval.csv from the wine data set that scikit-learn ships.

Run once (the CSVs are committed); running it again writes the same files. Needs scikit-learn:
    /usr/bin/python3 examples/sklearn/export_data.py [--out DIR]    (default DIR: data/ beside this file)

The wine data (Forina et al., UCI): 178 wines from three cultivars of one Italian region, 13
chemical measurements each. The label column `cultivar` is class_0, class_1 or class_2.
A stratified 75/25 split with a fixed seed, so the eval rows keep the class proportions.
"""
import argparse
import csv
import os

from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))
# Column names safe for every tool: the data set's `od280/od315_of_diluted_wines` loses its slash.
RENAME = {"od280/od315_of_diluted_wines": "od280_od315"}
INTEGER = {"magnesium", "proline"}


def cell(name, value):
    return str(int(value)) if name in INTEGER else f"{value:g}"


def write(path, header, X, y, target_names):
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header + ["cultivar"])
        for row, label in zip(X, y):
            out.writerow([cell(n, v) for n, v in zip(header, row)] + [target_names[label]])


def main():
    parser = argparse.ArgumentParser(description="Write the wine data's train/eval split as CSV.")
    parser.add_argument("--out", default=os.path.join(HERE, "data"), help="folder for train.csv and eval.csv")
    out = parser.parse_args().out
    wine = load_wine()
    header = [RENAME.get(name, name) for name in wine.feature_names]
    X_train, X_eval, y_train, y_eval = train_test_split(
        wine.data, wine.target, test_size=0.25, stratify=wine.target, random_state=0
    )
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "train.csv"), header, X_train, y_train, wine.target_names)
    write(os.path.join(out, "eval.csv"), header, X_eval, y_eval, wine.target_names)
    print(f"wrote {len(y_train)} train and {len(y_eval)} eval rows to {out}")


if __name__ == "__main__":
    main()
