/** Escapes text for fixture HTML. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole fixture document, as the platform would serve it. */
export const page = (title: string, body: string, lang = 'en-US', head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head><body>${body}</body></html>`;

export interface FixturePage {
  url: string;
  html: string;
  description: string;
}
