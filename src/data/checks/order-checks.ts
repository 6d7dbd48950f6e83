import type { CheckResult } from './result.js';

/** Failed checks first (errors, then warnings), then the passing ones in schema order. */
export function orderChecks(checks: CheckResult[]): CheckResult[] {
  const rank = (c: CheckResult) => (c.success ? 2 : c.severity === 'error' ? 0 : 1);
  return checks.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map(({ c }) => c);
}
