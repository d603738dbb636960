// What every platform's campaign chunk holds beside its own page reading: the panel and the
// background's pushes. Each chunk is a script of its own (entrypoints/content-chunks/<platform>.ts)
// that the background injects once a campaign page is in view and settled (see content-build.ts
// and load-chunk.ts); the core's checks run in the background.
export { Overlay, removeLeftPanels } from '../overlay/overlay.js';
export { followFolds, followPlans } from './tab-pushes.js';
