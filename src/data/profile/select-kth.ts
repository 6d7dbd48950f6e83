/**
 * The value that would stand at index `k` if `a` were sorted ascending, found by quickselect
 * (Hoare partitions around a median of three; `a` is reordered). Misra-Gries needs one order
 * statistic per reduction of its 2049 counts, and quickselect finds it in about a tenth of a full
 * sort's time. Counts repeat a lot (many are 1),
 * and Hoare's partition splits runs of equal values evenly, so they do not degrade it.
 */
export function selectKth(a: Float64Array, k: number): number {
  if (!(k >= 0 && k < a.length)) throw new RangeError(`index ${k} is outside 0..${a.length - 1}`);
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < a[lo]) swap(a, lo, mid);
    if (a[hi] < a[lo]) swap(a, lo, hi);
    if (a[hi] < a[mid]) swap(a, mid, hi);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // a[lo..j] <= pivot <= a[i..hi]; anything strictly between j and i equals the pivot
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
