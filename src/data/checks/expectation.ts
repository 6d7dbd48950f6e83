/** A range as a report states it: `between 1 and 5`, `at least 1`, `at most 5`. */
export function rangeText(min: number | string | undefined, max: number | string | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max}`;
}
