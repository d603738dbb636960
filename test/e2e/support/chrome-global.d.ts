import type { browser } from 'wxt/browser';

declare global {
  /** The extension API inside the service worker, where functions passed to `worker.evaluate` run. */
  const chrome: typeof browser;
}
