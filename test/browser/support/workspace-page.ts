import { pageStyles } from '@preflight/components/page-styles';
import { settingsKey } from '../../../packages/workspace/src/settings-storage.js';

/** Loads the workspace page's stylesheets into the test page, as `npm start` serves them: preflight.css (built from `pageStyles`), then its own. */
export async function loadWorkspaceStyles(): Promise<void> {
  const tokens = document.createElement('style');
  tokens.textContent = pageStyles();
  document.head.append(tokens);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/workspace/workspace.css';
  const loaded = new Promise((resolve) => (link.onload = resolve));
  document.head.append(link);
  await loaded;
}

/** Forgets what workspaces on these databases kept in this browser: the plans, the first-run mark, the team settings, who you are, the team server. */
export function forgetWorkspaces(names: readonly string[]): void {
  for (const name of names) {
    indexedDB.deleteDatabase(name);
    for (const key of [`preflight-workspace-seeded:${name}`, settingsKey(name), `preflight-identity:${name}`, `preflight-team-server:${name}`]) localStorage.removeItem(key);
  }
}
