import { browser } from '../runtime/lazy-browser.js';

/**
 * The content script's hold on the extension. An update, reload or removal of the extension leaves
 * this copy of the script running in an open page with its API gone (`runtime.id` undefined): from
 * then on its timers and frame callbacks do nothing, and the first one to notice ends it, which
 * runs the cleanups (panel removed, observers and listeners let go).
 *
 * Kept this small on purpose: it is made on every matching page while the host page loads.
 */
export class ScriptLife {
  private readonly cleanups: (() => void)[] = [];
  private ended = false;

  /** True while the extension is still there; ends this life the first time it is not. */
  get alive(): boolean {
    if (!this.ended && !browser.runtime?.id) this.end();
    return !this.ended;
  }

  /** Runs once this life ends. */
  onEnd(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // One cleanup failing must not keep the others from running.
      }
    }
  }

  setTimeout(run: () => void, ms: number): number {
    return window.setTimeout(() => this.alive && run(), ms);
  }

  requestAnimationFrame(run: () => void): number {
    return window.requestAnimationFrame(() => this.alive && run());
  }
}
