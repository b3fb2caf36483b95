import { matchItems } from '../src/core/item-identity.js';
import { identityKey, similarity, wordSet } from '../src/core/item-similarity.js';
import { progressDelta } from '../src/core/delta.js';
import { parsePlan } from '../src/core/plan.js';

const items = (...texts: string[]) => texts.map((text) => ({ text }));
const plan = (...lines: string[]) => parsePlan(['# T', '', '## Progress', '', ...lines, ''].join('\n'));

describe('identityKey', () => {
  test('drops a separator left after a timestamp, folds white space, case and a final stop', () => {
    expect(identityKey('：Wrote  the parser.')).toBe('wrote the parser');
    expect(identityKey('- Wrote the parser')).toBe('wrote the parser');
    expect(identityKey('— Wrote the parser')).toBe('wrote the parser');
    expect(identityKey('完成了解析器。')).toBe('完成了解析器');
  });
});

describe('wordSet and similarity', () => {
  test('stems words so that a rewrite in the past tense stays close', () => {
    const a = wordSet('Capture before/after perf evidence from synthetic sessions');
    const b = wordSet('Captured before/after perf evidence from the synthetic source');
    expect(similarity(a, b)).toBeGreaterThan(0.5);
  });
  test('reads Chinese and Korean by pairs of characters', () => {
    expect([...wordSet('实现解析器')]).toEqual(['实现', '现解', '解析', '析器']);
    expect(wordSet('API를 호출')).toEqual(new Set(['api', '를', '호출']));
    expect(similarity(wordSet('实现解析器和测试'), wordSet('完成解析器'))).toBeGreaterThan(0.3);
  });
  test('unrelated texts are far apart', () => {
    expect(similarity(wordSet('Write the release notes'), wordSet('Benchmark the parser on large plans'))).toBeLessThan(
      0.15,
    );
  });
});

describe('matchItems', () => {
  test('an item edited in place is the same item', () => {
    const m = matchItems(
      items('A one', 'Run the verification', 'C three'),
      items('A one', 'Verification run: 12 passed', 'C three'),
    );
    expect(m.pairs).toContainEqual({ base: 1, head: 1 });
    expect(m.added).toEqual([]);
    expect(m.removed).toEqual([]);
  });
  test('a split item is the item reworded plus one added', () => {
    const m = matchItems(
      items('Parse the file', 'Write the docs and the examples'),
      items('Parse the file', 'Wrote the docs', 'Write the examples'),
    );
    // Either half may be the item; the other is added.
    expect(m.pairs).toHaveLength(2);
    expect(m.pairs).toContainEqual({ base: 0, head: 0 });
    expect(m.removed).toEqual([]);
    expect(m.added).toHaveLength(1);
  });
  test('a moved item is the same item', () => {
    const m = matchItems(
      items('Alpha task', 'Beta task here', 'Gamma'),
      items('Beta task here', 'Gamma', 'Alpha task'),
    );
    expect(m.pairs).toHaveLength(3);
    expect(m.pairs).toContainEqual({ base: 0, head: 2 });
    expect(m.added).toEqual([]);
  });
  test('an item with nothing in common is removed, and its replacement added', () => {
    const m = matchItems(
      items('Keep', 'Write the release notes', 'Stay'),
      items('Keep', 'Benchmark large plans', 'Stay'),
    );
    expect(m.removed).toEqual([1]);
    expect(m.added).toEqual([1]);
  });
});

describe('progressDelta with identity', () => {
  test('a reworded item that became done is completed and reworded, not added or removed', () => {
    const delta = progressDelta(
      plan('- [x] (2026-01-01 10:00Z) First.', '- [ ] Milestone 3: run the verification.'),
      plan(
        '- [x] (2026-01-01 10:00Z) First.',
        '- [x] (2026-01-02 10:00Z) Milestone 3 complete: ran the verification, 40 passed.',
      ),
    );
    expect(delta.completed.map((i) => i.line)).toEqual([6]);
    expect(delta.reworded).toEqual([
      expect.objectContaining({ line: 6, baseLine: 6, baseText: 'Milestone 3: run the verification.', status: 'done' }),
    ]);
    expect(delta.added).toEqual([]);
    expect(delta.removed).toEqual([]);
  });
  test('a separator after the timestamp does not make an item new', () => {
    const delta = progressDelta(plan('- [ ] 2026-07-25：写测试'), plan('- [x] (2026-07-26 10:00Z) 写测试'));
    expect(delta.completed).toHaveLength(1);
    expect(delta.reworded).toEqual([]);
    expect(delta.added).toEqual([]);
  });
});

describe('hostile input', () => {
  test('10,000 items, every one rewritten, are matched in bounded time', () => {
    const base = Array.from({ length: 10_000 }, (_, i) => ({ text: `Step ${i} of the migration: move table t${i}` }));
    const head = Array.from({ length: 10_000 }, (_, i) => ({ text: `Moved table t${i * 7} (step ${i})` }));
    const started = performance.now();
    const m = matchItems(base, head);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(m.pairs.length + m.added.length).toBe(10_000);
    expect(m.pairs.length + m.removed.length).toBe(10_000);
  });
});

describe('item texts after a timestamp', () => {
  test('a full-width colon or a dash right after the timestamp is not part of the text', async () => {
    const { summariseProgress } = await import('../src/core/progress.js');
    const texts = summariseProgress(
      plan(
        '- [x] 2026-07-25：写测试',
        '- [x] (2026-07-25 10:00Z)—Wrote docs',
        '- [ ] 2026-07-26 - Plan B',
        '- [x] (2026-07-27 09:00Z) -5 °C test',
      ),
    ).items.map((i) => i.text);
    expect(texts).toEqual(['写测试', 'Wrote docs', 'Plan B', '-5 °C test']);
  });
});
