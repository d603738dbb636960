// The workspace page: every widget, then the workspace around them.
import '../src/embed/define-all.js';
import './workspace.js';
