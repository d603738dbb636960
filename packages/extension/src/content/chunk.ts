// The part of the content script loaded only once a campaign page is in view and settled: page
// reading, the core's checks and the panel. Built as its own module (see wxt.config.ts).
export { Overlay, OVERLAY_TAG } from '../overlay/overlay.js';
export { readFacts, verdictFor } from './verdict-steps.js';
export { savePanelFolded, watchPanelFolded } from '../storage/panel.js';
export { followPlans } from './plan-pushes.js';
