import { groupDigits } from '../../src/shared/format.js';

test('groupDigits writes whole numbers as toLocaleString("en-US") does', () => {
  const values = [0, 7, -7, 999, 1000, -1000, 12345, 999999, 1000000, 3000000, -1234567, 2 ** 53 - 1, -(2 ** 53 - 1), 1e21, 1.5];
  for (const n of values) expect([n, groupDigits(n)]).toEqual([n, n.toLocaleString('en-US')]);
});
