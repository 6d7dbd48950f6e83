/**
 * Which way a metric improves, when mlops.yml `gate.metrics.<name>.direction` does not say: lower for
 * names that measure a cost (loss, error, latency, time, size, memory, RMSE/MAE/MSE, perplexity), and
 * higher for everything else (accuracy, F1, AUC, precision, recall, R², ...). The last dotted segment
 * decides (`eval.loss` is a loss), and a word matches inside it (`val_loss`, `latency_ms`, `error_rate`).
 */
import type { Direction, StatisticName } from './types.js';

const LOWER = /(^|[^a-z])(loss|logloss|error|err|latency|time|seconds|duration|ms|rmse|mse|mae|mape|perplexity|ppl|size|bytes|memory|mem|cost|wer|cer|brier|fpr|fnr)([^a-z]|$)/i;

/** The default direction of a metric named `name`. */
export function defaultDirection(name: string): Direction {
  const tail = name.slice(name.lastIndexOf('.') + 1);
  return LOWER.test(tail) ? 'lower' : 'higher';
}

/** Each statistic's own direction (a log loss or RMSE falls when the model improves). */
export const STATISTIC_DIRECTION: Record<StatisticName, Direction> = {
  accuracy: 'higher',
  f1: 'higher',
  auc: 'higher',
  log_loss: 'lower',
  rmse: 'lower',
};

const STATISTIC_NAMES: Record<string, StatisticName> = {
  accuracy: 'accuracy',
  acc: 'accuracy',
  f1: 'f1',
  f1_score: 'f1',
  f1_macro: 'f1',
  macro_f1: 'f1',
  log_loss: 'log_loss',
  logloss: 'log_loss',
  cross_entropy: 'log_loss',
  rmse: 'rmse',
  auc: 'auc',
  roc_auc: 'auc',
  auroc: 'auc',
};

/**
 * The per-example statistic a metric's interval is computed with, guessed from its name's last
 * segment (`eval.f1` -> f1, `roc_auc` -> auc); mlops.yml `gate.metrics.<name>.statistic` overrides.
 */
export function defaultStatistic(name: string): StatisticName | undefined {
  const tail = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return STATISTIC_NAMES[tail];
}
