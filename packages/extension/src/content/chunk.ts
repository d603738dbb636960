// The part of the content script loaded only once a campaign page is in view and settled: page
// reading and the panel (the core's checks run in the background). Built as a script of its own that
// the background injects (see content-build.ts and load-chunk.ts).
export { Overlay, removeLeftPanels } from '../overlay/overlay.js';
export { readFacts } from './read-facts.js';
export { followFolds, followPlans } from './tab-pushes.js';
