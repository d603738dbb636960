/**
 * The embed page's way to load the sync client, built in place of `shared/team-sync/load.ts`: the
 * page is one classic script (a sandboxed frame has an opaque origin, where module scripts need
 * CORS), so the client is a second classic script, `embed-team-sync.js` beside `embed.js`, added
 * only when the link names a team plan. An embed that shows a snapshot or a stored plan never
 * downloads it.
 */
import type { TeamSyncModule } from '@preflight/components/team-sync/load';

/** Where `embed-team-sync.js` leaves the client (see `team-sync-script.ts`). */
export const GLOBAL = '__preflightTeamSync';

// Read while embed.js runs: later, `document.currentScript` is gone.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
let loading: Promise<TeamSyncModule> | undefined;

export function loadTeamSync(): Promise<TeamSyncModule> {
  loading ??= new Promise<TeamSyncModule>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('embed-team-sync.js', base).href;
    script.onload = () => {
      const client = (globalThis as Record<string, unknown>)[GLOBAL] as TeamSyncModule | undefined;
      if (client) resolve(client);
      else reject(new Error('embed-team-sync.js loaded but did not start the sync client.'));
    };
    script.onerror = () => reject(new Error(`The team sync client (${script.src}) could not be loaded: is embed-team-sync.js served beside embed.js?`));
    document.head.append(script);
  });
  // A failed load may be retried (the next hash change, or another element).
  loading.catch(() => (loading = undefined));
  return loading;
}
