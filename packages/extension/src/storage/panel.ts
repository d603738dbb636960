import { browser } from 'wxt/browser';

/**
 * Whether the user folded the on-page panel, kept per browser profile so every panel drawn
 * afterwards, in any tab, opens the way it was left. Unfolded until the user folds it.
 *
 * Only the background reads, writes and watches it: the content script sends the user's choice
 * and is told of changes, so a host page never pays for the storage API's first use. Read with the
 * storage area itself rather than a wxt storage item, which reads its value as soon as it is defined.
 */
const PANEL_FOLDED = 'panel-folded';

/** Storage is input: anything but `true` reads as unfolded. */
const isFolded = (value: unknown): boolean => value === true;

export async function readPanelFolded(): Promise<boolean> {
  const saved = await browser.storage.local.get(PANEL_FOLDED);
  return isFolded(saved[PANEL_FOLDED]);
}

export function savePanelFolded(folded: boolean): Promise<void> {
  return browser.storage.local.set({ [PANEL_FOLDED]: folded });
}

/** Calls back when the choice changes, from this tab or any other; returns the unwatch function. */
export function watchPanelFolded(onChange: (folded: boolean) => void): () => void {
  const area = browser.storage.local;
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (PANEL_FOLDED in changes) onChange(isFolded(changes[PANEL_FOLDED]!.newValue));
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
