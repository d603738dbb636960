import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageSession } from './page-session.js';

/** Runs within the script's evaluation, which the bench reads from a trace as a whole. */
export function startContent(ctx: ContentScriptContext): void {
  new PageSession(ctx).start();
}
