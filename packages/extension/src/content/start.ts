import type { PlatformDetector } from '../platforms/types.js';
import { PageSession } from './page-session.js';
import { ScriptLife } from './script-life.js';

/** The content script of one platform: its session follows the page until the extension goes. */
export function startContent(detector: PlatformDetector): void {
  new PageSession(new ScriptLife(), detector).start();
}
