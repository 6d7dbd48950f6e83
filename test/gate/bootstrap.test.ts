import { IndexStream, pairedBootstrap, percentile } from '../../src/gate/bootstrap.js';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { aucCells, logLoss, prepareKernels, weightedAuc } from '../../src/gate/paired-stats.js';
import { pairOutputs } from '../../src/gate/predictions.js';
import { SeededRandom } from '../../src/sweep/random.js';
import { config, knownAnswer, metrics, outputs, type Example } from './helpers.js';

const ALL = ['accuracy', 'f1', 'log_loss', 'rmse', 'auc'] as const;

/** A small binary eval set with scores, candidate and baseline loosely related. */
function smallSet(n: number, seed: number): { candidate: Example[]; baseline: Example[] } {
  const random = new SeededRandom(seed);
  const candidate: Example[] = [];
  const baseline: Example[] = [];
  for (let i = 0; i < n; i++) {
    const label = random.next() < 0.4 ? 1 : 0;
    // Rounded scores make ties, within a model and across the classes.
    const c = Math.round((0.3 * label + 0.7 * random.next()) * 20) / 20;
    const b = Math.round((0.2 * label + 0.8 * random.next()) * 20) / 20;
    candidate.push({ id: `x${i}`, label, prediction: c >= 0.5 ? 1 : 0, score: c });
    baseline.push({ id: `x${i}`, label, prediction: b >= 0.5 ? 1 : 0, score: b });
  }
  return { candidate, baseline };
}

/** The slow way: each statistic from a list of example objects, AUC over all pairs. */
function reference(rows: { label: number; c: Example; b: Example }[]): Record<(typeof ALL)[number], number> {
  const stat = (pick: (r: { label: number; c: Example; b: Example }) => Example) => {
    const correct = rows.filter((r) => Number(pick(r).prediction) === r.label).length;
    const tp = rows.filter((r) => r.label === 1 && Number(pick(r).prediction) === 1).length;
    const fp = rows.filter((r) => r.label === 0 && Number(pick(r).prediction) === 1).length;
    const fn = rows.filter((r) => r.label === 1 && Number(pick(r).prediction) === 0).length;
    const ll = rows.reduce((s, r) => s + logLoss(r.label === 1, pick(r).score!), 0) / rows.length;
    const se = rows.reduce((s, r) => s + (Number(pick(r).prediction) - r.label) ** 2, 0) / rows.length;
    let pairs = 0;
    let count = 0;
    for (const p of rows) {
      if (p.label !== 1) continue;
      for (const q of rows) {
        if (q.label !== 0) continue;
        count++;
        pairs += pick(p).score! > pick(q).score! ? 1 : pick(p).score! === pick(q).score! ? 0.5 : 0;
      }
    }
    return { accuracy: correct / rows.length, f1: 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn), log_loss: ll, rmse: Math.sqrt(se), auc: count === 0 ? NaN : pairs / count };
  };
  const c = stat((r) => r.c);
  const b = stat((r) => r.b);
  return { accuracy: c.accuracy - b.accuracy, f1: c.f1 - b.f1, log_loss: c.log_loss - b.log_loss, rmse: c.rmse - b.rmse, auc: c.auc - b.auc };
}

describe('paired bootstrap', () => {
  test('the fast counts are the documented index stream', () => {
    const fast = new IndexStream(7, 1000);
    const slow = new IndexStream(7, 1000);
    const counts = new Uint16Array(1000);
    for (let r = 0; r < 3; r++) {
      fast.fillCounts(counts);
      const expected = new Uint16Array(1000);
      for (let k = 0; k < 1000; k++) expected[slow.next()]++;
      expect(counts).toEqual(expected);
    }
  });

  test('intervals equal a slow reference with the same resamples (all five statistics)', () => {
    const n = 60;
    const resamples = 300;
    const set = smallSet(n, 3);
    const paired = pairOutputs(outputs(set.candidate), outputs(set.baseline));
    const { kernels, unavailable } = prepareKernels(paired, ALL);
    expect(unavailable).toEqual([]);
    const fast = pairedBootstrap(kernels, n, { resamples, confidence: 0.9, seed: 11 });

    const stream = new IndexStream(11, n);
    const changes: Record<string, number[]> = Object.fromEntries(ALL.map((s) => [s, []]));
    for (let r = 0; r < resamples; r++) {
      const rows = Array.from({ length: n }, () => stream.next()).map((i) => ({ label: Number(set.candidate[i].label), c: set.candidate[i], b: set.baseline[i] }));
      const values = reference(rows);
      for (const s of ALL) if (!Number.isNaN(values[s])) changes[s].push(values[s]);
    }
    const full = reference(set.candidate.map((c, i) => ({ label: Number(c.label), c, b: set.baseline[i] })));
    for (const interval of fast) {
      const sorted = Float64Array.from(changes[interval.statistic]).sort();
      expect(interval.point).toBeCloseTo(full[interval.statistic], 12);
      expect(interval.low).toBeCloseTo(percentile(sorted, 0.05), 12);
      expect(interval.high).toBeCloseTo(percentile(sorted, 0.95), 12);
      expect(interval.resamples).toBe(sorted.length);
    }
  });

  test('AUC from score cells equals the O(n^2) pair count, ties and repeated rows included', () => {
    const random = new SeededRandom(5);
    for (const n of [1, 2, 37, 200]) {
      const scores = Float64Array.from({ length: n }, () => Math.round(random.next() * 10) / 10);
      const positive = Uint8Array.from({ length: n }, () => (random.next() < 0.5 ? 1 : 0));
      const counts = Uint16Array.from({ length: n }, () => Math.floor(random.next() * 3));
      let pairs = 0;
      let total = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (!positive[i] || positive[j]) continue;
          const w = counts[i] * counts[j];
          total += w;
          pairs += w * (scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0);
        }
      }
      const auc = weightedAuc(aucCells(scores, positive), counts);
      if (total === 0) expect(auc).toBeNaN();
      else expect(auc).toBeCloseTo(pairs / total, 12);
    }
  });

  test('macro F1 of multiclass labels, through the joint cells (3 classes) and the two matrices (20)', () => {
    for (const k of [3, 20]) {
      const random = new SeededRandom(k);
      const n = 400;
      const cls = () => `c${Math.floor(random.next() * k)}`;
      const rows = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, label: cls(), c: cls(), b: cls() }));
      const paired = pairOutputs(outputs(rows.map((r) => ({ id: r.id, label: r.label, prediction: r.c }))), outputs(rows.map((r) => ({ id: r.id, label: r.label, prediction: r.b }))));
      const counts = Uint16Array.from({ length: n }, () => Math.floor(random.next() * 3));
      const macro = (pick: (r: (typeof rows)[number]) => string) => {
        const classes = new Set(rows.flatMap((r) => [r.label, r.c, r.b]));
        let total = 0;
        for (const c of classes) {
          let tp = 0;
          let fp = 0;
          let fn = 0;
          rows.forEach((r, i) => {
            if (pick(r) === c && r.label === c) tp += counts[i];
            else if (pick(r) === c) fp += counts[i];
            else if (r.label === c) fn += counts[i];
          });
          total += 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
        }
        return total / classes.size;
      };
      const [kernel] = prepareKernels(paired, ['f1']).kernels;
      expect(kernel.delta(counts, n)).toBeCloseTo(macro((r) => r.c) - macro((r) => r.b), 12);
      expect(prepareKernels(paired, ['auc']).unavailable[0].reason).toMatch(/binary labels/);
    }
  });

  test('percentile interpolates as numpy does', () => {
    const sorted = Float64Array.from([1, 2, 3, 4]);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 0.5)).toBe(2.5);
    expect(percentile(sorted, 0.025)).toBeCloseTo(1.075, 12);
    expect(percentile(new Float64Array(0), 0.5)).toBeNaN();
  });
});

describe('known answers', () => {
  const rules = { rules: [{ metric: 'accuracy', min_gain: 0, significant: true }], bootstrap: { resamples: 500, seed: 2 } };
  const gate = (fixes: number, breaks: number) => {
    const set = knownAnswer(4000, fixes, breaks);
    const acc = (rows: Example[]) => rows.filter((r) => r.prediction === r.label).length / rows.length;
    return evaluateGate({
      config: config(rules),
      candidate: metrics({ accuracy: acc(set.candidate) }),
      baseline: metrics({ accuracy: acc(set.baseline) }, 'baseline.json'),
      outputs: { candidate: outputs(set.candidate), baseline: outputs(set.baseline, 'baseline.csv') },
    });
  };

  test('a small gain among many changed answers is within noise, and a gain rule requiring significance fails', () => {
    // +10 net of 4,000 (0.25 points) from 60 fixes and 50 breaks: the paired SE is ~0.26 points.
    const result = gate(60, 50);
    const row = result.metrics[0];
    expect(row.change).toBeCloseTo(10 / 4000, 12);
    expect(row.interval!.point).toBeCloseTo(10 / 4000, 12);
    expect(row.interval!.low).toBeLessThan(0);
    expect(row.interval!.high).toBeGreaterThan(0);
    expect(row.significance).toBe('within noise');
    expect(result.verdict).toBe('fail');
    expect(result.rules[0].reason).toMatch(/within noise/);
  });

  test('a real gain is significant and passes', () => {
    // +200 net of 4,000 (5 points) from 240 fixes and 40 breaks.
    const result = gate(240, 40);
    const row = result.metrics[0];
    expect(row.interval!.low).toBeGreaterThan(0);
    expect(row.significance).toBe('gain');
    expect(result.verdict).toBe('pass');
  });

  test('the same seed gives the same intervals; another seed moves them by Monte Carlo error only', () => {
    const set = knownAnswer(4000, 240, 40);
    const paired = pairOutputs(outputs(set.candidate), outputs(set.baseline));
    const { kernels } = prepareKernels(paired, ['accuracy']);
    const a = pairedBootstrap(kernels, paired.n, { resamples: 500, confidence: 0.95, seed: 1 });
    const b = pairedBootstrap(kernels, paired.n, { resamples: 500, confidence: 0.95, seed: 1 });
    const c = pairedBootstrap(kernels, paired.n, { resamples: 500, confidence: 0.95, seed: 2 });
    expect(a).toEqual(b);
    expect(c[0].low).not.toBe(a[0].low);
    expect(Math.abs(c[0].low - a[0].low)).toBeLessThan(0.005);
  });
});
