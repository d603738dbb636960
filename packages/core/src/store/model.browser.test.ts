import fc from 'fast-check';
import { openPlanStore } from './index.js';
import { deleteDatabase, freshName } from './testing/databases.js';
import { commands, runAgainstModel } from './testing/model.js';

describe('the IndexedDB store against a model', () => {
  it('any sequence of puts, deletes and imports leaves the database equal to a model map', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (list) => {
        const name = freshName('model');
        const store = await openPlanStore({ name });
        try {
          await runAgainstModel(store, list);
        } finally {
          store.close();
          await deleteDatabase(name);
        }
      }),
      { numRuns: 20 },
    );
  });
});
