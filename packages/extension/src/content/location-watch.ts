import type { ScriptLife } from './script-life.js';

interface NavigateEvent extends Event {
  destination: { url: string };
}
interface Navigation {
  addEventListener(type: 'navigate', listener: (event: NavigateEvent) => void): void;
  removeEventListener(type: 'navigate', listener: (event: NavigateEvent) => void): void;
}

const POLL_MS = 1000;

/**
 * Calls back with the new URL on every in-app navigation (pushState, replaceState, back, forward,
 * hash routes), for as long as the script lives. The Navigation API tells of each one as it starts;
 * where it is missing, the URL is compared once a second.
 */
export function watchLocation(life: ScriptLife, onChange: (url: URL) => void): void {
  let last = location.href;
  const changed = (href: string) => {
    if (href === last || !life.alive) return;
    last = href;
    onChange(new URL(href));
  };
  const navigation = (globalThis as { navigation?: Partial<Navigation> }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    const listener = (event: NavigateEvent) => changed(event.destination.url);
    navigation.addEventListener('navigate', listener);
    life.onEnd(() => navigation.removeEventListener?.('navigate', listener));
    return;
  }
  const poll = window.setInterval(() => changed(location.href), POLL_MS);
  life.onEnd(() => window.clearInterval(poll));
}
