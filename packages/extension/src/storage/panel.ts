import { browser } from 'wxt/browser';

/**
 * Whether the user folded the on-page panel, kept per browser profile so every panel drawn
 * afterwards, in any tab, opens the way it was left. Unfolded until the user folds it.
 *
 * Only the background reads and writes it: the page script sends the user's choice and is told
 * of choices made in other tabs, so a host page never pays for the storage API's first use. Read with the
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
