import { hashStringPair, hashTextPair, pair } from '../../../src/data/hash/cell-hash.js';

/** Both halves of a string's hash as one BigInt-free key. */
function key(s: string): string {
  const a = hashStringPair(s);
  return `${a}:${pair.b}`;
}

describe('string cell hashes', () => {
  it('hash a cell in place exactly as its string, whatever its length and characters', () => {
    const samples = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'naïve', 'Zürich café', '東京', 'x東', 'ab東', '😀 emoji', 'price good, please'];
    const text = `«${samples.join('|')}»`;
    let at = 1;
    for (const s of samples) {
      const a = hashTextPair(text, at, at + s.length);
      const b = pair.b;
      expect(`${a}:${b}`).toBe(key(s));
      at += s.length + 1;
    }
  });

  it('give 300,000 distinct short values (ASCII, Latin-1 and wide characters) 300,000 distinct 64-bit hashes', () => {
    const alphabet = ['a', 'b', 'Z', '0', ' ', ',', 'é', 'ß', 'Ā', '東', '😀'];
    const seen = new Set<string>();
    const values = new Set<string>();
    let x = 12345;
    while (values.size < 300_000) {
      const length = 1 + (x % 9);
      let s = '';
      for (let i = 0; i < length; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        s += alphabet[(x >>> 16) % alphabet.length];
      }
      if (values.has(s)) continue;
      values.add(s);
      seen.add(key(s));
    }
    expect(seen.size).toBe(values.size);
  });

  it('tell apart values that differ only in one wide character or in where a group of four ends', () => {
    expect(key('abc東')).not.toBe(key('abc束'));
    expect(key('abcd東')).not.toBe(key('abc東d'));
    expect(key('\u0100')).not.toBe(key('\u0001\u0001'));
  });
});
