#!/usr/bin/env node
/**
 * The penguins example's trainer: multinomial logistic (softmax) regression, trained with seeded
 * mini-batch gradient descent, predicting a penguin's species from its measurements.
 *
 * It follows the train-and-sweep trial protocol, so the sweep can run it once per trial:
 *   MLOPS_PARAMS       hyperparameters as a JSON object (nested objects stand for dotted names), or
 *   MLOPS_PARAMS_FILE  the same JSON in a file. Both optional: every parameter has a default.
 *   MLOPS_OUTPUT_DIR   where model.json is written (default: ./outputs).
 *   MLOPS_METRICS_FILE where the eval metrics are written as JSON (default: <output dir>/metrics.json).
 *   MLOPS_SEED         integer seed of the shuffling (default 0): one seed, one result.
 * Beside model.json it writes eval-outputs.csv, the per-example eval outputs evaluate-gate pairs with
 * the production model's (id,label,prediction; the id is the eval row, `eval-<line>`), so the gate
 * report gives each change an interval. It is part of the model folder, so it is registered with it.
 * Per epoch it prints `mlops:metric {"step": N, "loss": ..., ...}`; everything else is log.
 * Bad parameters end it with exit code 2 and a message on stderr that names the parameter.
 *
 * Hyperparameters:
 *   lr          learning rate of gradient descent, > 0 (default 0.1; sweep it on a log scale)
 *   epochs      passes over the training data, integer 1..10000 (default 30)
 *   l2          L2 penalty on the weights, >= 0 (default 0.0001; log scale)
 *   batch_size  rows per gradient step, integer >= 1 (default 16)
 *
 * Why no ML library: the model is small enough to write out in full, no dependency is added to the
 * repository, and training one epoch at a time reports the loss per epoch that a pruner watches
 * (ml-logistic-regression trains one-vs-rest in a single opaque call, without L2, seed or progress).
 *
 * `node train.mjs evaluate` is the gate's evaluate command (mlops.yml gate.evaluate): it loads the
 * model.json in MLOPS_MODEL_DIR, evaluates it on MLOPS_EVAL_DATA (default data/eval.csv) and writes
 * the metrics to MLOPS_METRICS_FILE and the per-example outputs to MLOPS_OUTPUTS_FILE.
 *
 * Run it by hand: `node examples/penguins/train.mjs`, or
 * `MLOPS_PARAMS='{"lr": 0.3, "epochs": 10}' MLOPS_SEED=7 node examples/penguins/train.mjs`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LABEL = 'species';
const NUMERIC = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];
const CATEGORICAL = ['island', 'sex'];
// `year` is left out on purpose: it tells when a penguin was measured, not what it is.

/** Parameter name -> [default, check]. A check returns an error message or undefined. */
const PARAMS = {
  lr: [0.1, (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'must be a number > 0')],
  epochs: [30, (v) => (Number.isInteger(v) && v >= 1 && v <= 10000 ? undefined : 'must be an integer from 1 to 10000')],
  l2: [1e-4, (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'must be a number >= 0')],
  batch_size: [16, (v) => (Number.isInteger(v) && v >= 1 ? undefined : 'must be an integer >= 1')],
};

class UsageError extends Error {}

// ---------------------------------------------------------------- protocol

/** `{a: {b: 1}}` -> `{"a.b": 1}`: the protocol nests dotted names. */
function flatten(object, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(object)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, name, out);
    else out[name] = value;
  }
  return out;
}

function readParams(env) {
  let text;
  let source;
  if (env.MLOPS_PARAMS !== undefined && env.MLOPS_PARAMS !== '') {
    text = env.MLOPS_PARAMS;
    source = 'MLOPS_PARAMS';
  } else if (env.MLOPS_PARAMS_FILE) {
    source = env.MLOPS_PARAMS_FILE;
    try {
      text = readFileSync(env.MLOPS_PARAMS_FILE, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read MLOPS_PARAMS_FILE ${source}: ${error.message}`);
    }
  } else {
    text = '{}';
  }
  let given;
  try {
    given = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${error.message}`);
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new UsageError(`${source} must hold a JSON object of hyperparameters`);
  }
  given = flatten(given);
  const unknown = Object.keys(given).filter((name) => !(name in PARAMS));
  if (unknown.length > 0) {
    throw new UsageError(`unknown hyperparameter(s) ${unknown.join(', ')}; known: ${Object.keys(PARAMS).join(', ')}`);
  }
  const params = {};
  for (const [name, [fallback, check]] of Object.entries(PARAMS)) {
    const value = name in given ? given[name] : fallback;
    const problem = check(value);
    if (problem) throw new UsageError(`bad hyperparameter ${name}: ${problem} (got ${JSON.stringify(value)})`);
    params[name] = value;
  }
  return params;
}

function readSeed(env) {
  const raw = env.MLOPS_SEED;
  if (raw === undefined || raw === '') return 0;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`MLOPS_SEED must be an integer (got ${JSON.stringify(raw)})`);
  return seed;
}

/** mulberry32: a small, fast, seeded generator; uniform in [0, 1). */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- data

/** The example's CSVs: a header, no quoting, `NA` for a missing value. */
function readCsv(file) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const row = {};
    header.forEach((name, i) => {
      const cell = cells[i];
      row[name] = cell === undefined || cell === '' || cell === 'NA' ? null : cell;
    });
    return row;
  });
}

/** Learns the preprocessing from the training rows only: classes, category levels, means and stds. */
function fitPreprocessing(rows) {
  const classes = [...new Set(rows.map((row) => row[LABEL]))].sort();
  const levels = {};
  for (const column of CATEGORICAL) {
    levels[column] = [...new Set(rows.map((row) => row[column]).filter((v) => v !== null))].sort();
  }
  const mean = {};
  const std = {};
  for (const column of NUMERIC) {
    const values = rows.map((row) => row[column]).filter((v) => v !== null).map(Number);
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    // Imputed values equal the mean, so they add nothing to the spread: the std of the known values.
    const variance = values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length;
    mean[column] = m;
    std[column] = Math.sqrt(variance) || 1;
  }
  const features = [...NUMERIC, ...CATEGORICAL.flatMap((column) => levels[column].map((level) => `${column}=${level}`))];
  return { label: LABEL, classes, numeric: NUMERIC, categorical: CATEGORICAL, levels, mean, std, features };
}

/** A row -> its feature vector: numerics imputed and standardized, categories one-hot (missing: all 0). */
function transform(prep, row) {
  const x = prep.numeric.map((column) => {
    const value = row[column] === null ? prep.mean[column] : Number(row[column]);
    return (value - prep.mean[column]) / prep.std[column];
  });
  for (const column of prep.categorical) {
    for (const level of prep.levels[column]) x.push(row[column] === level ? 1 : 0);
  }
  return x;
}

function encode(prep, rows, file) {
  const X = rows.map((row) => transform(prep, row));
  const y = rows.map((row, i) => {
    const k = prep.classes.indexOf(row[LABEL]);
    if (k < 0) throw new Error(`${file} row ${i + 2}: unknown ${LABEL} ${JSON.stringify(row[LABEL])}`);
    return k;
  });
  return { X, y };
}

// ---------------------------------------------------------------- model

/** Class probabilities for one feature vector (a numerically stable softmax). */
function predictProba(model, x) {
  const logits = model.W.map((w, k) => w.reduce((sum, wj, j) => sum + wj * x[j], model.b[k]));
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

function argmax(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Mean cross-entropy; with `l2`, plus the penalty the gradient descent minimizes. */
function loss(model, X, y, l2 = 0) {
  let total = 0;
  for (let i = 0; i < X.length; i++) total -= Math.log(Math.max(predictProba(model, X[i])[y[i]], 1e-15));
  const penalty = (l2 / 2) * model.W.reduce((s, w) => s + w.reduce((t, v) => t + v * v, 0), 0);
  return total / X.length + penalty;
}

function evaluate(model, X, y) {
  const K = model.b.length;
  const predicted = X.map((x) => argmax(predictProba(model, x)));
  const correct = predicted.filter((p, i) => p === y[i]).length;
  // Macro F1: the F1 of each class, averaged with equal weights (a class never predicted nor present counts 0).
  let f1Sum = 0;
  for (let k = 0; k < K; k++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < y.length; i++) {
      if (predicted[i] === k && y[i] === k) tp++;
      else if (predicted[i] === k) fp++;
      else if (y[i] === k) fn++;
    }
    f1Sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return { accuracy: correct / y.length, f1: f1Sum / K };
}

/** The per-example outputs CSV (src/gate/predictions.ts): one row per eval example, ids by CSV line. */
function evalOutputs(model, { X, y }, classes) {
  const rows = X.map((x, i) => `eval-${i + 2},${classes[y[i]]},${classes[argmax(predictProba(model, x))]}`);
  return `id,label,prediction\n${rows.join('\n')}\n`;
}

/** Mini-batch gradient descent on the L2-penalized cross-entropy; calls onEpoch after each epoch. */
function train(X, y, K, params, random, onEpoch) {
  const D = X[0].length;
  const model = { W: Array.from({ length: K }, () => new Array(D).fill(0)), b: new Array(K).fill(0) };
  const order = X.map((_, i) => i);
  for (let epoch = 1; epoch <= params.epochs; epoch++) {
    // Fisher-Yates with the seeded generator: the only randomness, so the seed fixes the result.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let start = 0; start < order.length; start += params.batch_size) {
      const batch = order.slice(start, start + params.batch_size);
      const gW = Array.from({ length: K }, () => new Array(D).fill(0));
      const gb = new Array(K).fill(0);
      for (const i of batch) {
        const p = predictProba(model, X[i]);
        for (let k = 0; k < K; k++) {
          const error = p[k] - (y[i] === k ? 1 : 0);
          gb[k] += error;
          for (let j = 0; j < D; j++) gW[k][j] += error * X[i][j];
        }
      }
      for (let k = 0; k < K; k++) {
        model.b[k] -= (params.lr * gb[k]) / batch.length;
        for (let j = 0; j < D; j++) model.W[k][j] -= params.lr * (gW[k][j] / batch.length + params.l2 * model.W[k][j]);
      }
    }
    const trainLoss = loss(model, X, y, params.l2);
    if (!Number.isFinite(trainLoss)) throw new UsageError(`training diverged at epoch ${epoch} (loss ${trainLoss}); try a smaller lr`);
    onEpoch(epoch, model, trainLoss);
  }
  return model;
}

// ---------------------------------------------------------------- main

function main(env) {
  const started = process.hrtime.bigint();
  const params = readParams(env);
  const seed = readSeed(env);
  const outputDir = path.resolve(env.MLOPS_OUTPUT_DIR || 'outputs');
  const metricsFile = path.resolve(env.MLOPS_METRICS_FILE || path.join(outputDir, 'metrics.json'));

  const trainFile = path.join(HERE, 'data', 'train.csv');
  const evalFile = path.join(HERE, 'data', 'eval.csv');
  const trainRows = readCsv(trainFile);
  const evalRows = readCsv(evalFile);
  const prep = fitPreprocessing(trainRows);
  const trainSet = encode(prep, trainRows, trainFile);
  const evalSet = encode(prep, evalRows, evalFile);
  console.log(`penguins: ${trainRows.length} train rows, ${evalRows.length} eval rows, ${prep.features.length} features, classes ${prep.classes.join('/')}`);
  console.log(`params ${JSON.stringify(params)} seed ${seed}`);

  const model = train(trainSet.X, trainSet.y, prep.classes.length, params, seededRandom(seed), (epoch, current, trainLoss) => {
    const { accuracy } = evaluate(current, evalSet.X, evalSet.y);
    const evalLoss = loss(current, evalSet.X, evalSet.y);
    console.log(`mlops:metric ${JSON.stringify({ step: epoch, loss: trainLoss, eval_loss: evalLoss, eval_accuracy: accuracy })}`);
  });

  const { accuracy, f1 } = evaluate(model, evalSet.X, evalSet.y);
  const metrics = {
    accuracy,
    f1,
    loss: loss(model, evalSet.X, evalSet.y),
    train_accuracy: evaluate(model, trainSet.X, trainSet.y).accuracy,
    train_loss: loss(model, trainSet.X, trainSet.y, params.l2),
  };

  mkdirSync(outputDir, { recursive: true });
  const saved = { format: 'mlops-penguins-softmax/1', params, seed, preprocessing: prep, weights: model.W, bias: model.b };
  writeFileSync(path.join(outputDir, 'model.json'), `${JSON.stringify(saved, null, 2)}\n`);
  writeFileSync(path.join(outputDir, 'eval-outputs.csv'), evalOutputs(model, evalSet, prep.classes));
  mkdirSync(path.dirname(metricsFile), { recursive: true });
  writeFileSync(metricsFile, `${JSON.stringify(metrics, null, 2)}\n`);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`eval accuracy ${accuracy.toFixed(4)} macro-F1 ${f1.toFixed(4)}; model -> ${path.join(outputDir, 'model.json')} (${ms.toFixed(0)} ms)`);
}

/** Evaluates a saved model (the gate's evaluate command). */
function evaluateSaved(env) {
  const saved = JSON.parse(readFileSync(path.join(env.MLOPS_MODEL_DIR, 'model.json'), 'utf8'));
  const evalFile = (env.MLOPS_EVAL_DATA || '').split('\n').find(Boolean) || path.join(HERE, 'data', 'eval.csv');
  const evalSet = encode(saved.preprocessing, readCsv(evalFile), evalFile);
  const model = { W: saved.weights, b: saved.bias };
  const { accuracy, f1 } = evaluate(model, evalSet.X, evalSet.y);
  writeFileSync(env.MLOPS_METRICS_FILE, `${JSON.stringify({ accuracy, f1, loss: loss(model, evalSet.X, evalSet.y) }, null, 2)}\n`);
  if (env.MLOPS_OUTPUTS_FILE) writeFileSync(env.MLOPS_OUTPUTS_FILE, evalOutputs(model, evalSet, saved.preprocessing.classes));
  console.log(`evaluated ${env.MLOPS_MODEL_DIR} on ${evalFile}: accuracy ${accuracy.toFixed(4)}`);
}

try {
  if (process.argv[2] === 'evaluate') evaluateSaved(process.env);
  else main(process.env);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`train.mjs: ${error.message}`);
    process.exit(2);
  }
  console.error(`train.mjs: ${error.stack ?? error}`);
  process.exit(1);
}
