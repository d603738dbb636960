// The embed page: one widget, configured entirely by the URL hash.
import '../src/embed/define-all.js';
import { startEmbed } from '../src/embed/page.js';

void startEmbed(document.getElementById('embed')!);
