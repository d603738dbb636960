import { DEFAULT_CONFIG, parseConfig, type Problem, type RulesConfig, type RulesConfigInput } from '@preflight/core';
import { configChanges } from '@preflight/core/config-form';

/** Bump when the stored shape changes; an older or newer record is reported, never guessed at. */
const VERSION = 1;

/** One record per team space (plan database), so two spaces in one browser keep their own rules. */
export const settingsKey = (dbName: string | undefined): string => `preflight-team-settings:v${VERSION}${dbName ? `:${dbName}` : ''}`;

export type LoadedSettings =
  /** `changes` is what differs from the defaults (empty when nothing is saved). */
  | { ok: true; config: RulesConfig; changes: RulesConfigInput }
  /** What was saved cannot be used: the defaults apply and the saved text is left for the user to replace. */
  | { ok: false; config: RulesConfig; changes: RulesConfigInput; problems: Problem[] };

const defaults = (problems: Problem[]): LoadedSettings => ({ ok: false, config: DEFAULT_CONFIG, changes: {}, problems });

/** Reads the team's rules config saved in this browser. Never throws: damage comes back as problems. */
export function loadSettings(dbName: string | undefined): LoadedSettings {
  let text: string | null;
  try {
    text = localStorage.getItem(settingsKey(dbName));
  } catch (error) {
    return defaults([{ path: '(storage)', code: 'unavailable', message: `this browser refused to read saved settings (${(error as Error).message})` }]);
  }
  if (text === null) return { ok: true, config: DEFAULT_CONFIG, changes: {} };
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return defaults([{ path: '(root)', code: 'invalid_json', message: 'is not JSON: the saved text was cut or altered' }]);
  }
  const stored = typeof record === 'object' && record !== null ? (record as { version?: unknown; config?: unknown }) : {};
  if (stored.version !== VERSION) {
    return defaults([{ path: 'version', code: 'invalid_version', message: `is ${JSON.stringify(stored.version) ?? 'missing'}; this workspace reads version ${VERSION}` }]);
  }
  const parsed = parseConfig(stored.config);
  if (!parsed.ok) return defaults(parsed.problems.map((p) => ({ ...p, path: `config.${p.path}` })));
  return { ok: true, config: parsed.value, changes: configChanges(parsed.value) };
}

/** Saves a config that parseConfig accepted, as what differs from the defaults; throws only when the browser refuses to store it. */
export function saveSettings(dbName: string | undefined, config: RulesConfig): void {
  localStorage.setItem(settingsKey(dbName), JSON.stringify({ version: VERSION, config: configChanges(config) }));
}
