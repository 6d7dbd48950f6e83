/**
 * p-values of the two-sample tests used on small samples. Hand-written: two short numerical
 * routines do not justify a statistics dependency.
 */

/**
 * p-value of the two-sample Kolmogorov-Smirnov statistic d for sample sizes n1 and n2, from the
 * asymptotic Kolmogorov distribution with Stephens' small-sample correction (Numerical Recipes
 * `probks`); accurate to a few percent of p for n >= ~20, which is all a drift warning needs.
 */
export function ksPValue(d: number, n1: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1;
  const ne = Math.sqrt((n1 * n2) / (n1 + n2));
  return kolmogorovQ((ne + 0.12 + 0.11 / ne) * d);
}

/** Q(lambda) = 2 sum_{j>=1} (-1)^(j-1) exp(-2 j^2 lambda^2). */
function kolmogorovQ(lambda: number): number {
  if (lambda < 0.2) return 1; // the series converges slowly there, and Q is 1 to 1e-9 precision
  const a2 = -2 * lambda * lambda;
  let fac = 2;
  let sum = 0;
  let previous = 0;
  for (let j = 1; j <= 100; j++) {
    const term = fac * Math.exp(a2 * j * j);
    sum += term;
    if (Math.abs(term) <= 1e-3 * previous || Math.abs(term) <= 1e-10 * sum) return Math.min(1, Math.max(0, sum));
    fac = -fac;
    previous = Math.abs(term);
  }
  return 1;
}

/** Upper-tail p-value of a chi-squared statistic x with `df` degrees of freedom. */
export function chiSquaredPValue(x: number, df: number): number {
  if (df <= 0) return 1;
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** Q(a, x) = Gamma(a, x) / Gamma(a): series below a + 1, continued fraction above (NR 6.2). */
function regularizedGammaQ(a: number, x: number): number {
  const lnFront = -x + a * Math.log(x) - lnGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(lnFront));
  }
  // Lentz's method for the continued fraction.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(lnFront) * h);
}

/** ln Gamma(x) for x > 0 (Lanczos, g = 7, 9 coefficients; ~1e-15 relative). */
function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
