import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanChangeEntry } from '@preflight/core/sync';

/** The SQL both back ends run: PGlite in the data folder, or a real Postgres through DATABASE_URL. */
interface Sql {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

const SCHEMA = `
create table if not exists preflight_documents (
  name text primary key,
  state bytea not null,
  updated_at timestamptz not null default now()
);
create table if not exists preflight_history (
  id bigserial primary key,
  plan text not null,
  at timestamptz not null,
  actor text not null,
  token_id text,
  changes jsonb not null
);
create index if not exists preflight_history_plan on preflight_history (plan, id desc);
create table if not exists preflight_revoked (
  token_id text primary key,
  revoked_at timestamptz not null default now()
);
`;

export interface HistoryEntry {
  at: string;
  /** Who made the change: the name in their token. */
  actor: string;
  tokenId?: string;
  changes: PlanChangeEntry[];
}

export interface StoredPlanRow {
  name: string;
  state: Uint8Array;
  updatedAt: string;
}

/** Where team plans, their history and revoked tokens are kept. */
export class Database {
  private constructor(
    private readonly sql: Sql,
    /** `embedded` (PGlite in the data folder) or `postgres`. */
    readonly kind: 'embedded' | 'postgres',
  ) {}

  static async open(options: { dataDir: string; databaseUrl?: string }): Promise<Database> {
    const sql = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openEmbedded(options.dataDir);
    await sql.exec(SCHEMA);
    return new Database(sql, options.databaseUrl ? 'postgres' : 'embedded');
  }

  async load(name: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.sql.query<{ state: Uint8Array }>('select state from preflight_documents where name = $1', [name]);
    return rows[0] ? new Uint8Array(rows[0].state) : undefined;
  }

  async save(name: string, state: Uint8Array): Promise<void> {
    await this.sql.query(
      `insert into preflight_documents (name, state, updated_at) values ($1, $2, now())
       on conflict (name) do update set state = excluded.state, updated_at = now()`,
      [name, state],
    );
  }

  async list(): Promise<StoredPlanRow[]> {
    const { rows } = await this.sql.query<{ name: string; state: Uint8Array; updated_at: Date | string }>(
      'select name, state, updated_at from preflight_documents order by name',
    );
    return rows.map((r) => ({ name: r.name, state: new Uint8Array(r.state), updatedAt: new Date(r.updated_at).toISOString() }));
  }

  /** Each plan's name and when it was last stored (to the microsecond, as text), without the documents. */
  async stamps(): Promise<Array<{ name: string; stamp: string }>> {
    const { rows } = await this.sql.query<{ name: string; stamp: string }>('select name, updated_at::text as stamp from preflight_documents');
    return rows;
  }

  /** The stored documents of these plans, with their stamps, in one round trip. */
  async loadMany(names: string[]): Promise<Array<{ name: string; state: Uint8Array; stamp: string }>> {
    if (!names.length) return [];
    const { rows } = await this.sql.query<{ name: string; state: Uint8Array; stamp: string }>(
      'select name, state, updated_at::text as stamp from preflight_documents where name = any($1::text[])',
      [names],
    );
    return rows.map((r) => ({ name: r.name, state: new Uint8Array(r.state), stamp: r.stamp }));
  }

  /** For the tables other parts of the server keep (the notification outbox): the same SQL on both back ends. */
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> {
    return this.sql.query<T>(sql, params);
  }

  exec(sql: string): Promise<unknown> {
    return this.sql.exec(sql);
  }

  async size(name: string): Promise<number | undefined> {
    const { rows } = await this.sql.query<{ size: number }>('select octet_length(state) as size from preflight_documents where name = $1', [name]);
    return rows[0] ? Number(rows[0].size) : undefined;
  }

  async addHistory(plan: string, entry: HistoryEntry): Promise<void> {
    await this.sql.query('insert into preflight_history (plan, at, actor, token_id, changes) values ($1, $2, $3, $4, $5)', [
      plan,
      entry.at,
      entry.actor,
      entry.tokenId ?? null,
      JSON.stringify(entry.changes),
    ]);
  }

  async history(plan: string, limit = 50): Promise<HistoryEntry[]> {
    const { rows } = await this.sql.query<{ at: Date | string; actor: string; token_id: string | null; changes: unknown }>(
      'select at, actor, token_id, changes from preflight_history where plan = $1 order by id desc limit $2',
      [plan, limit],
    );
    return rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      actor: r.actor,
      ...(r.token_id ? { tokenId: r.token_id } : {}),
      changes: (typeof r.changes === 'string' ? JSON.parse(r.changes) : r.changes) as PlanChangeEntry[],
    }));
  }

  async revoke(tokenId: string): Promise<void> {
    await this.sql.query('insert into preflight_revoked (token_id) values ($1) on conflict do nothing', [tokenId]);
  }

  async revoked(): Promise<Set<string>> {
    const { rows } = await this.sql.query<{ token_id: string }>('select token_id from preflight_revoked');
    return new Set(rows.map((r) => r.token_id));
  }

  /** A cheap round trip, for the health route. */
  async ping(): Promise<boolean> {
    try {
      await this.sql.query('select 1');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

async function openEmbedded(dataDir: string): Promise<Sql> {
  const dir = join(dataDir, 'postgres');
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  return { query: (sql, params) => db.query(sql, params), exec: (sql) => db.exec(sql), close: () => db.close() };
}

async function openPostgres(url: string): Promise<Sql> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5000 });
  // A pool's idle client losing its server emits 'error'; without a listener that would end the process.
  pool.on('error', () => {});
  await pool.query('select 1');
  return {
    query: async <T,>(sql: string, params?: unknown[]) => (await pool.query(sql, params)) as unknown as { rows: T[] },
    exec: (sql) => pool.query(sql),
    close: () => pool.end(),
  };
}
