import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** What the runner reads in an embed frame once it has settled. */
export interface FrameView {
  state: string;
  theme: string;
  text: string;
  background: string;
  color: string;
  timedOut?: boolean;
}

const frames: HTMLIFrameElement[] = [];

/**
 * Loads `embed.html<hash>` from `origin` (the built site on its second origin, so the frame is
 * cross-origin as in Notion), sandboxed when `sandbox` is given, and returns its URL and what it
 * shows once settled. `removeEmbedFrames` takes every such frame away (call it after each test).
 */
export async function loadEmbed(origin: string, hash: string, options: { sandbox?: string; width?: number; height?: number } = {}): Promise<{ url: string; view: FrameView }> {
  const frame = document.createElement('iframe');
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.title = 'Preflight widget';
  frame.style.width = `${options.width ?? 600}px`;
  frame.style.height = `${options.height ?? 400}px`;
  const url = `${origin}/embed.html${hash}`;
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  const view = await executeServerCommand<FrameView, { url: string }>('site-frame', { url });
  expect(view.timedOut, `the embed settled: ${view.text}`).to.equal(undefined);
  return { url, view };
}

export function removeEmbedFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
