import {
  applyTeamSettingsEdit,
  DEFAULT_DIGEST_HOUR,
  DEFAULT_SCHEDULE_SECONDS,
  parseTeamConfig,
  resolveTeamSecrets,
  type TeamConfig,
  type TeamSettingsSource,
} from '@preflight/core/team-config';
import { DEFAULT_CONFIG, type Problem } from '@preflight/core';
import type { Database } from '../storage/database.js';
import { webhookId } from './redact.js';

// One row: the team's settings as edited in the workspace (null after a reset to team.json), and a
// revision that only grows, so every instance sees a change by reading one number.
const SCHEMA = `
create table if not exists preflight_team_settings (
  name text primary key,
  settings jsonb,
  revision integer not null,
  updated_at timestamptz not null,
  updated_by text not null
);
`;
const ROW = 'team';

const DEFAULT_TEAM: TeamConfig = { rules: DEFAULT_CONFIG, notify: { webhooks: [], businessHoursOnly: false, digestHour: DEFAULT_DIGEST_HOUR }, people: [], scheduleSeconds: DEFAULT_SCHEDULE_SECONDS };

/** The team's settings in force on this instance. */
export interface CurrentSettings {
  /** As written: `${NAME}` references unresolved (what is stored, and what an edit applies to). */
  written: TeamConfig;
  /** With the secrets put in from the environment; undefined when this instance cannot (see problems). */
  config: TeamConfig | undefined;
  problems: Problem[];
  /** The id the workspace knows each written webhook by (the outbox's destination). */
  webhookIds: string[];
  source: TeamSettingsSource;
  revision: number;
  updatedAt?: string;
  updatedBy?: string;
}

export type SaveResult = { ok: true; current: CurrentSettings } | { ok: false; status: 400 | 409; message: string; problems: Problem[] };

type Row = { settings: unknown; revision: number; updated_at: Date | string; updated_by: string };

/**
 * Where the team's settings come from: the server's team.json (or the defaults) until an admin
 * edits them in the workspace; then the edit, kept in the database and read by every instance,
 * until an admin resets them to team.json.
 */
export class TeamSettingsStore {
  private cached: CurrentSettings | undefined;

  private constructor(
    private readonly database: Database,
    /** team.json as written, or undefined when the server was started without one. */
    private readonly start: TeamConfig | undefined,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  static async open(database: Database, start: TeamConfig | undefined, env: Readonly<Record<string, string | undefined>>): Promise<TeamSettingsStore> {
    await database.exec(SCHEMA);
    return new TeamSettingsStore(database, start, env);
  }

  /** The settings in force now, read again from the database only when another edit was made. */
  async current(): Promise<CurrentSettings> {
    const { rows } = await this.database.query<{ revision: number }>('select revision from preflight_team_settings where name = $1', [ROW]);
    const revision = rows[0]?.revision ?? 0;
    if (this.cached?.revision === revision) return this.cached;
    const row = revision ? (await this.database.query<Row>('select settings, revision, updated_at, updated_by from preflight_team_settings where name = $1', [ROW])).rows[0] : undefined;
    this.cached = this.settle(row);
    return this.cached;
  }

  private settle(row: Row | undefined): CurrentSettings {
    const revision = row?.revision ?? 0;
    const edited = row?.settings ? parseTeamConfig(typeof row.settings === 'string' ? JSON.parse(row.settings) : row.settings) : undefined;
    const stamp = row?.settings ? { updatedAt: new Date(row.updated_at).toISOString(), updatedBy: row.updated_by } : {};
    if (edited && !edited.ok) {
      // Written by a newer server or by hand: nothing is sent rather than something guessed.
      return { written: this.start ?? DEFAULT_TEAM, config: undefined, problems: edited.problems, webhookIds: [], source: 'workspace', revision, ...stamp };
    }
    const written = edited?.value ?? this.start ?? DEFAULT_TEAM;
    const resolved = resolveTeamSecrets(written, this.env);
    // Each webhook alone, so one whose secret is missing here still keeps its id.
    const webhookIds = written.notify.webhooks.map((url) => {
      const one = resolveTeamSecrets({ ...written, notify: { ...written.notify, webhooks: [url] } }, this.env);
      return webhookId(one.ok ? one.value.notify.webhooks[0]! : url);
    });
    const source: TeamSettingsSource = edited ? 'workspace' : this.start ? 'team.json' : 'defaults';
    return { written, config: resolved.ok ? resolved.value : undefined, problems: resolved.problems, webhookIds, source, revision, ...stamp };
  }

  /**
   * Applies an admin's edit (see TeamSettingsEdit). `revision`, when given, is the one the edit was
   * made on: a later edit by someone else refuses it. A refused edit changes nothing.
   */
  async save(edit: unknown, by: string, now: Date, revision?: number): Promise<SaveResult> {
    const current = await this.current();
    if (revision !== undefined && revision !== current.revision) return this.stale(current);
    const applied = applyTeamSettingsEdit(current.written, current.webhookIds, edit);
    if (!applied.ok) return { ok: false, status: 400, message: 'the settings are not valid: nothing was changed', problems: applied.problems };
    const resolved = resolveTeamSecrets(applied.value, this.env);
    if (!resolved.ok) return { ok: false, status: 400, message: 'the settings are not valid: nothing was changed', problems: resolved.problems };
    return this.write(JSON.stringify(applied.value), current, by, now);
  }

  /** Drops the workspace's edit: team.json (or the defaults) is in force again. */
  async reset(by: string, now: Date): Promise<SaveResult> {
    const current = await this.current();
    return current.source === 'workspace' ? this.write(null, current, by, now) : { ok: true, current };
  }

  private async write(settings: string | null, current: CurrentSettings, by: string, now: Date): Promise<SaveResult> {
    // Written only over the revision this edit was made on, so two admins saving at once never lose one silently.
    const { rows } = current.revision
      ? await this.database.query<{ revision: number }>(
          'update preflight_team_settings set settings = $2, revision = revision + 1, updated_at = $3, updated_by = $4 where name = $1 and revision = $5 returning revision',
          [ROW, settings, now.toISOString(), by, current.revision],
        )
      : await this.database.query<{ revision: number }>(
          'insert into preflight_team_settings (name, settings, revision, updated_at, updated_by) values ($1, $2, 1, $3, $4) on conflict (name) do nothing returning revision',
          [ROW, settings, now.toISOString(), by],
        );
    if (!rows.length) return this.stale(await this.current());
    return { ok: true, current: await this.current() };
  }

  private stale(current: CurrentSettings): SaveResult {
    const who = current.updatedBy ? ` by ${current.updatedBy}` : '';
    return { ok: false, status: 409, message: `the settings were changed${who} since they were read: read them again and redo the edit`, problems: [] };
  }
}
