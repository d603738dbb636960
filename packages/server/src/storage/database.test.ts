import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, type PostgresService } from '../../../../test/support/services.js';
import { Database } from './database.js';

/** The same suite for both back ends: the embedded database and a real Postgres run the very same SQL. */
function storageSuite(name: string, open: () => Promise<Database>) {
  describe(`storage: ${name}`, () => {
    let db: Database;
    before(async () => (db = await open()));
    after(() => db.close());

    it('saves, loads and lists documents as bytes, replacing on save', async () => {
      assert.equal(await db.load('missing'), undefined);
      await db.save('plan-a', new Uint8Array([1, 2, 3]));
      await db.save('plan-b', new Uint8Array([0, 255]));
      await db.save('plan-a', new Uint8Array([4, 5, 6, 7]));
      assert.deepEqual(await db.load('plan-a'), new Uint8Array([4, 5, 6, 7]));
      assert.equal(await db.size('plan-a'), 4);
      const rows = await db.list();
      assert.deepEqual(rows.map((r) => r.name), ['plan-a', 'plan-b']);
      assert.ok(rows.every((r) => !Number.isNaN(Date.parse(r.updatedAt))));
    });

    it('keeps a history per plan, newest first, with who and when', async () => {
      await db.addHistory('plan-a', { at: '2026-09-01T09:00:00.000Z', actor: 'Alice', tokenId: 't1', changes: [{ section: 'plan', action: 'added' }] });
      await db.addHistory('plan-a', { at: '2026-09-01T09:05:00.000Z', actor: 'Bob', changes: [{ section: 'blockers', id: 'b1', name: 'Broken form', action: 'changed', fields: ['severity'] }] });
      await db.addHistory('plan-b', { at: '2026-09-01T09:06:00.000Z', actor: 'Carol', changes: [] });
      const history = await db.history('plan-a');
      assert.deepEqual(history.map((h) => h.actor), ['Bob', 'Alice']);
      assert.equal(history[1]!.tokenId, 't1');
      assert.equal(history[0]!.at, '2026-09-01T09:05:00.000Z');
      assert.deepEqual(history[0]!.changes[0]!.fields, ['severity']);
      assert.equal((await db.history('plan-a', 1)).length, 1);
    });

    it('remembers revoked token ids, once each', async () => {
      await db.revoke('t1');
      await db.revoke('t1');
      await db.revoke('t2');
      assert.deepEqual([...(await db.revoked())].sort(), ['t1', 't2']);
      assert.equal(await db.ping(), true);
    });
  });
}

const dirs: string[] = [];
let postgres: PostgresService | undefined;
after(async () => {
  await postgres?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

storageSuite('embedded (PGlite in the data folder)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-db-'));
  dirs.push(dir);
  const db = await Database.open({ dataDir: dir });
  assert.equal(db.kind, 'embedded');
  return db;
});

storageSuite('Postgres (DATABASE_URL)', async () => {
  postgres = await startPostgres();
  const db = await Database.open({ dataDir: '/nonexistent', databaseUrl: await postgres.createDatabase('preflight_storage') });
  assert.equal(db.kind, 'postgres');
  return db;
});
