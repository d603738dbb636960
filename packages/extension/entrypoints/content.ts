import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../src/hosts/hosts.js';
import { startContent } from '../src/content/start.js';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // Other copies of the script hear of a new one by a DOM event; the window message WXT also posts
  // would wake every `message` listener of the host page on each load.
  noScriptStartedPostMessage: true,
  main: startContent,
});
