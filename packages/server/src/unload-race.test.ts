import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '@preflight/core';
import { clientState, synced, until } from './testing/clients.js';
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
      while (reading) {
        const read = await api(server, 'GET', `/plans/${PLAN}`, admin);
        if (read.status !== 200) throw new Error(`a read answered ${read.status}: ${JSON.stringify(read.json)}`);
      }
    })();
    // A failed read ends the loop; the test reports it at its end rather than leaving it unhandled.
    reads.catch(() => (reading = false));
    try {
      for (let i = 0; i < 30; i++) {
        const name = `2026q3_emea_event_webinar_${i}`;
        const client = live.open(editor);
        await synced(client);
        const next = structuredClone(client.plan()!);
        next.campaign.name = name;
        client.write(next);
        // Acknowledged by the copy of the plan the server has open (not an unloaded one), with this client on it.
        await until(() => client.provider.isSynced && client.provider.unsyncedChanges === 0 && (server.hocuspocus.documents.get(PLAN)?.getConnections().length ?? 0) > 0, {
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
