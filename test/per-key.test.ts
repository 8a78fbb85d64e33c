import { perKey } from '../shared/per-key.js';

test('perKey asks once per distinct key and gives back the same answer', () => {
  const asked: string[] = [];
  const length = perKey((text: string) => {
    asked.push(text);
    return text.length;
  });
  expect(['Page 1', 'Page 1', 'Total', 'Page 1'].map(length)).toEqual([6, 6, 5, 6]);
  expect(asked).toEqual(['Page 1', 'Total']);
  // Falsy answers are remembered too.
  const none = perKey((text: string) => {
    asked.push(text);
    return null;
  });
  expect([none('x'), none('x')]).toEqual([null, null]);
  expect(asked.filter((t) => t === 'x')).toHaveLength(1);
});
