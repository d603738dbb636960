// Every Preflight element, each registered when its tag first appears in the page (`@preflight/components/define/lazy`);
// the drop-in is built from it (dist/dropin/preflight.js). A page with one badge loads the badge's code only.

/** Each tag and the module that defines it, fetched the first time the tag is in the document. */
const MODULES = new Map<string, () => Promise<unknown>>(
  Object.entries({
    'preflight-raci': () => import('./preflight-raci.js'),
    'preflight-blocker-log': () => import('./preflight-blocker-log.js'),
    'preflight-checklist': () => import('./preflight-checklist.js'),
    'preflight-badge': () => import('./preflight-badge.js'),
    'preflight-brief': () => import('./preflight-brief.js'),
    'preflight-approvals': () => import('./preflight-approvals.js'),
    'preflight-actions': () => import('./preflight-actions.js'),
    'preflight-timeline': () => import('./preflight-timeline.js'),
    'preflight-team-settings': () => import('./preflight-team-settings.js'),
    'preflight-metrics': () => import('./preflight-metrics.js'),
    'preflight-agenda': () => import('./preflight-agenda.js'),
  }),
);

/** The tags this module registers. */
export const TAGS = [...MODULES.keys()];

const SELECTOR = TAGS.join(',');
const loading = new Map<string, Promise<CustomElementConstructor>>();
let observer: MutationObserver | undefined;

/**
 * Loads and registers the given elements (every one when none is named), whether or not their tags are
 * in the document yet; resolves with their classes. For tags the page writes inside its own shadow roots,
 * which the document's observer does not see. An unknown tag rejects.
 */
export function define(...tags: string[]): Promise<CustomElementConstructor[]> {
  return Promise.all((tags.length ? tags : TAGS).map(defineOne));
}

function defineOne(tag: string): Promise<CustomElementConstructor> {
  let pending = loading.get(tag);
  if (!pending) {
    const load = MODULES.get(tag);
    if (!load) return Promise.reject(new Error(`${tag} is not a Preflight element (${TAGS.join(', ')})`));
    pending = load().then(
      () => customElements.whenDefined(tag),
      (error: unknown) => {
        // A chunk that did not arrive (the network, a deploy in between) is fetched again the next time the tag is seen.
        loading.delete(tag);
        observer?.observe(document, { childList: true, subtree: true });
        throw error;
      },
    );
    loading.set(tag, pending);
    // Every element asked for: nothing left to watch the page for.
    if (loading.size === TAGS.length) observer?.disconnect();
  }
  return pending;
}

/** Registers the elements whose tags are in `root` (itself or below it). */
function scan(root: Element | Document): void {
  if (root instanceof Element && MODULES.has(root.localName)) void defineOne(root.localName);
  // No element with children added: nothing below it to look at.
  if (root.firstElementChild) for (const el of root.querySelectorAll(SELECTOR)) void defineOne(el.localName);
}

if (typeof document !== 'undefined') {
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
}
