import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BenchProbe } from './bench-probe.js';
import { PageSession } from './page-session.js';

export function startContent(ctx: ContentScriptContext): void {
  const probe = BenchProbe.fromPage();
  const start = () => new PageSession(ctx).start();
  if (probe) probe.time(start);
  else start();
}
