import type { Database } from '../storage/database.js';

/**
 * Revoked token ids, kept in the database so every instance refuses them. Each instance reads the
 * list at start and then every `pollMs`, and drops live connections of newly revoked tokens.
 */
export class Revocations {
  private ids = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly database: Database,
    private readonly pollMs: number,
    private readonly onRevoked: (ids: Set<string>) => void,
  ) {}

  async start(): Promise<void> {
    this.ids = await this.database.revoked();
    this.timer = setInterval(() => void this.refresh(), this.pollMs);
    this.timer.unref();
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  async revoke(id: string): Promise<void> {
    await this.database.revoke(id);
    this.ids.add(id);
    this.onRevoked(new Set([id]));
  }

  private async refresh(): Promise<void> {
    try {
      const next = await this.database.revoked();
      const added = new Set([...next].filter((id) => !this.ids.has(id)));
      this.ids = next;
      if (added.size) this.onRevoked(added);
    } catch {
      // Storage down: keep the list we have; the health route reports storage.
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
