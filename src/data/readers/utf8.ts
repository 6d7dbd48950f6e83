/**
 * UTF-8 helpers for the chunked text reader. The happy path uses Node's native validators
 * (buffer.isAscii / buffer.isUtf8, SIMD in recent Node); these JS functions only run at a chunk's
 * last few bytes, or once when a file turns out to be invalid and we need the exact byte.
 */

/**
 * Number of bytes (0-3) at the end of bytes[0, end) that start a multi-byte character whose
 * remaining bytes are not there yet, so a chunk can be decoded up to a character boundary and the
 * rest carried over to the next read.
 */
export function incompleteUtf8Tail(bytes: Uint8Array, end: number): number {
  let i = end - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return 0;
  const lead = bytes[i];
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  const have = end - i;
  return have < need ? have : 0;
}

/**
 * Index of the first byte in bytes[start, end) that is not part of a valid UTF-8 character
 * (WHATWG rules: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence),
 * or -1 when the whole span is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    // a sequence cut short by the end of the span is invalid here: callers hold back an
    // incomplete tail with incompleteUtf8Tail before asking
    if (i + need >= end) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}
