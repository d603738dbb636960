import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { join, split, type StoredChunk } from './chunks.js';
import { toRecord } from './records.js';

const record = () => toRecord(makePlan({ id: 'big', blockers: Array.from({ length: 1200 }, (_, i) => makeBlocker({ id: `blk-${i}` })) }), 3, '2026-08-01T00:00:00Z');
const codes = (chunks: StoredChunk[]) => {
  const { head } = split(record(), 'w');
  const joined = join(head, chunks);
  return joined.ok ? [] : joined.damage.problems.map((p) => `${p.path} ${p.code}`);
};

test('a plan split into chunks joins back whole, whatever order the chunks come in', () => {
  const { head, chunks } = split(record(), 'w');
  const joined = join(head, [...chunks].reverse());
  assert.ok(joined.ok);
  assert.deepEqual(joined.record, record());
});

test('a missing chunk is damage, with what survived in order and the rest left out', () => {
  const { head, chunks } = split(record(), 'w');
  const joined = join(head, chunks.filter((c) => !(c.list === 'blockers' && c.index === 1)));
  assert.ok(!joined.ok);
  assert.deepEqual(joined.damage.problems, [{ path: 'blockers', code: 'missing_chunk', message: 'chunk 1 of 3 (records 501 to 1000) is missing' }]);
  assert.deepEqual(joined.damage.partial.plan.blockers.map((b) => b.id).slice(499, 501), ['blk-499', 'blk-1000']);
  assert.equal(joined.damage.partial.plan.blockers.length, 700);
});

test('a chunk past the count, of a list the head does not have, or of the wrong size is damage', () => {
  const { chunks } = split(record(), 'w');
  const blocker = makeBlocker({ id: 'stray' });
  assert.deepEqual(codes([...chunks, { planId: 'big', list: 'blockers', index: 3, items: [blocker] }]), ['blockers extra_chunk']);
  assert.deepEqual(codes([...chunks, { planId: 'big', list: 'approvals', index: 0, items: [blocker] }]), ['approvals extra_chunk']);
  const short = chunks.map((c) => (c.list === 'blockers' && c.index === 0 ? { ...c, items: c.items.slice(1) } : c));
  assert.deepEqual(codes(short), ['blockers chunk_size']);
  const emptyLast = chunks.map((c) => (c.list === 'blockers' && c.index === 2 ? { ...c, items: [] } : c));
  assert.deepEqual(codes(emptyLast), ['blockers chunk_size']);
  const notAList = chunks.map((c) => (c.list === 'blockers' && c.index === 2 ? { ...c, items: 'lost' as unknown as unknown[] } : c));
  assert.deepEqual(codes(notAList), ['blockers chunk_size']);
});

test('chunks of another plan are ignored', () => {
  const { head, chunks } = split(record(), 'w');
  const joined = join(head, [...chunks, { planId: 'other', list: 'blockers', index: 9, items: [] }]);
  assert.ok(joined.ok);
});
