// The workspace page: every widget, then the workspace around them.
import '@preflight/components/define/all';
import './workspace.js';
