/** Distances between two discrete distributions given as probability vectors over the same bins. */

/**
 * Population Stability Index: sum (q - p) ln(q / p), with probabilities below `epsilon` raised to
 * it (see DriftOptions.psiEpsilon). Symmetric, 0 for identical distributions.
 */
export function psi(p: ArrayLike<number>, q: ArrayLike<number>, epsilon: number): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const a = Math.max(p[i], epsilon);
    const b = Math.max(q[i], epsilon);
    sum += (b - a) * Math.log(b / a);
  }
  return sum;
}

/**
 * Jensen-Shannon distance with base-2 logarithms: sqrt of the JS divergence, in [0, 1]; 1 means
 * disjoint supports. Empty bins need no epsilon (0 log 0 = 0). Inputs are renormalised.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const sp = total(p);
  const sq = total(q);
  if (sp <= 0 || sq <= 0) return NaN;
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    const m = (a + b) / 2;
    if (a > 0) divergence += 0.5 * a * Math.log2(a / m);
    if (b > 0) divergence += 0.5 * b * Math.log2(b / m);
  }
  return Math.sqrt(Math.min(1, Math.max(0, divergence)));
}

/** L-infinity distance: the largest absolute difference of one bin's probability. */
export function lInfinity(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i] - q[i]));
  return max;
}

function total(p: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += p[i];
  return s;
}
