/** Test helpers of the gate suites: generated outputs, metric sets and configs from plain values. */
import { parseGateConfig, type GateConfig } from '../../src/gate/gate-config.js';
import { parseMetricText, type MetricSet } from '../../src/gate/metric-file.js';
import { parsePredictions, type PredictionTable } from '../../src/gate/predictions.js';
import { SeededRandom } from '../../src/sweep/random.js';

/** One example of a per-example outputs file. */
export interface Example {
  id: string;
  label: string | number;
  prediction: string | number;
  score?: number;
}

/** The CSV text of a per-example outputs file. */
function outputsCsv(examples: Example[]): string {
  const withScore = examples.some((e) => e.score !== undefined);
  const header = withScore ? 'id,label,prediction,score' : 'id,label,prediction';
  return [header, ...examples.map((e) => [e.id, e.label, e.prediction, ...(withScore ? [e.score] : [])].join(','))].join('\n') + '\n';
}

export function outputs(examples: Example[], file = 'outputs.csv'): PredictionTable {
  return parsePredictions(outputsCsv(examples), file);
}

export function metrics(values: Record<string, unknown>, file = 'metrics.json'): MetricSet {
  return parseMetricText(JSON.stringify(values), file);
}

export function config(gate: unknown): GateConfig {
  return parseGateConfig(gate);
}

/**
 * A paired binary eval set with a known answer: `n` examples, the baseline right on a share `base`
 * of them; the candidate fixes `fixes` of the baseline's errors and breaks `breaks` of its right
 * answers, so its accuracy changes by exactly (fixes - breaks) / n. Scores agree with predictions.
 */
export function knownAnswer(n: number, fixes: number, breaks: number, seed = 1, base = 0.8): { candidate: Example[]; baseline: Example[] } {
  const random = new SeededRandom(seed);
  const candidate: Example[] = [];
  const baseline: Example[] = [];
  let fixed = 0;
  let broken = 0;
  for (let i = 0; i < n; i++) {
    const label = random.next() < 0.5 ? 1 : 0;
    const baseRight = random.next() < base;
    let candRight = baseRight;
    if (!baseRight && fixed < fixes && random.next() < (2 * fixes) / (n * (1 - base))) {
      candRight = true;
      fixed++;
    } else if (baseRight && broken < breaks && random.next() < (2 * breaks) / (n * base)) {
      candRight = false;
      broken++;
    }
    const predict = (right: boolean) => (right ? label : 1 - label);
    const score = (right: boolean) => Number((right === (label === 1) ? 0.5 + 0.5 * random.next() : 0.5 * random.next()).toFixed(3));
    baseline.push({ id: `e${i}`, label, prediction: predict(baseRight), score: clampScore(score(baseRight)) });
    candidate.push({ id: `e${i}`, label, prediction: predict(candRight), score: clampScore(score(candRight)) });
  }
  if (fixed !== fixes || broken !== breaks) throw new Error(`knownAnswer: made ${fixed} fixes and ${broken} breaks; raise n`);
  return { candidate, baseline };
}

// A score of exactly 0.5 would predict the positive class; keep scores consistent with predictions.
function clampScore(score: number): number {
  return score === 0.5 ? 0.501 : score;
}
