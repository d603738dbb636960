import { test } from 'node:test';
import fc from 'fast-check';
import { createMemoryStore } from './index.js';
import { commands, runAgainstModel } from './testing/model.js';

test('any sequence of puts, deletes and imports leaves the memory store equal to a model map', async () => {
  await fc.assert(fc.asyncProperty(commands, (list) => runAgainstModel(createMemoryStore(), list)), { numRuns: 150 });
});
