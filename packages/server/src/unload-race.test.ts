import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '@preflight/core';
import { clientState, connect, synced, until } from './testing/clients.js';
import { api, liveServer } from './testing/server.js';

const PLAN = 'unload-race';

describe('team server: a plan unloaded as a client connects', () => {
  const live = liveServer(PLAN);

  it('stores every edit of a client that connected while HTTP reads kept loading and unloading its plan', async () => {
    const { server, admin } = live;
    const editor = (await server.signToken({ plan: PLAN, role: 'editor', name: 'Alice' })).token;
    // Each read opens the plan and, as no client holds it, unloads it again: a client connecting then can be
    // handed the document being unloaded.
    let reading = true;
    const reads = (async () => {
      while (reading) await api(server, 'GET', `/plans/${PLAN}`, admin);
    })();
    try {
      for (let i = 0; i < 30; i++) {
        const name = `2026q3_emea_event_webinar_${i}`;
        const client = connect(server.wsUrl, PLAN, editor);
        await synced(client);
        const next = structuredClone(client.plan()!);
        next.campaign.name = name;
        client.write(next);
        await until(() => client.provider.isSynced && client.provider.unsyncedChanges === 0 && (server.hocuspocus.getConnectionsCount() > 0), {
          label: `edit ${i} acknowledged by the open plan`,
          report: () => `${clientState(client)}; server connections ${server.hocuspocus.getConnectionsCount()}, plans ${server.hocuspocus.getDocumentsCount()}`,
        });
        client.close();
        await until(async () => (await api<Plan>(server, 'GET', `/plans/${PLAN}`, admin)).json.campaign?.name === name, {
          label: `edit ${i} stored after its client left`,
          report: () => clientState(client),
        });
      }
    } finally {
      reading = false;
      await reads;
    }
    assert.equal((await api<Plan>(server, 'GET', `/plans/${PLAN}`, admin)).json.campaign.name, '2026q3_emea_event_webinar_29');
  });
});
