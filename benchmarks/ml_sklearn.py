#!/usr/bin/python3
"""scikit-learn and Python xgboost on the features and split MlCompare wrote (docs/benchmarks.md,
"Machine learning against scikit-learn"). Debian packages: python3-sklearn, python3-xgboost.

    /usr/bin/python3 benchmarks/ml_sklearn.py [folder]   # Debian's Python; default folder benchmarks/target/ml-compare

Hyperparameters follow Retort's Evaluate node where the libraries allow: XGBoost 100 rounds, eta 0.3,
depth 6, one thread, seed 42; CART unlimited depth, at least 5 rows a leaf (Tribuo's minimum child
weight 5), all features; linear SGD: squared loss, 10 epochs, no shuffle of its own (sklearn's SGD has no
AdaGrad: its default invscaling learning rate). Prints the held-out RMSE and the median of 5 timed fits
(+ predictions) after 3 warm-up ones.
"""
import csv
import os
import statistics
import sys
import time

import numpy as np
from sklearn.linear_model import SGDRegressor
from sklearn.metrics import mean_squared_error
from sklearn.tree import DecisionTreeRegressor
from xgboost import XGBRegressor

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "target", "ml-compare")
with open(os.path.join(folder, "features.csv")) as f:
    rows = list(csv.reader(f))[1:]
records = np.array([int(r[0]) for r in rows])
y = np.array([float(r[1]) for r in rows])
x = np.array([[float(v) for v in r[2:]] for r in rows])
test_records = {int(line) for line in open(os.path.join(folder, "test-records.txt")) if line.strip()}
test = np.array([r in test_records for r in records])
print(f"{len(y)} compounds, {x.shape[1]} bits, {test.sum()} held out")

models = {
    "LINEAR_SGD": lambda: SGDRegressor(loss="squared_error", max_iter=10, tol=None, shuffle=False, random_state=42),
    "CART": lambda: DecisionTreeRegressor(min_samples_leaf=5, random_state=42),
    "XGBOOST": lambda: XGBRegressor(n_estimators=100, learning_rate=0.3, max_depth=6, n_jobs=1, random_state=42,
                                    tree_method="exact"),
}
for name, make in models.items():
    times = []
    for i in range(8):
        start = time.perf_counter()
        model = make().fit(x[~test], y[~test])
        predicted = model.predict(x[test])
        if i >= 3:
            times.append(time.perf_counter() - start)
    rmse = mean_squared_error(y[test], predicted) ** 0.5
    print(f"sklearn/xgboost {name:10} test RMSE {rmse:.3f}  median {statistics.median(times) * 1000:.0f} ms (of {len(times)} runs)")
