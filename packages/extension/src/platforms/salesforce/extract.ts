import { isVisible, safely, textOf, visible } from '../dom.js';
import { FIELD_PREFIX, isUrlField, SALESFORCE } from './selectors.js';

/** A Campaign field as its record page shows it: its API name, its text, and a URL field's link. */
export interface ShownField {
  name: string;
  text: string;
  href?: string;
}

/**
 * The page script's half of Salesforce's reading: the visible record's fields by API name, as
 * shown (the background makes the facts of them, facts.ts). Cached, hidden records of other
 * campaigns are skipped. In the active view every field is the record's own, a collapsed
 * section's or a hidden tab's too; without one, only the fields on screen are.
 */
export function readSalesforcePage(doc: Document): ShownField[] {
  return safely(() => shownFields(doc)) ?? [];
}

function shownFields(doc: Document): ShownField[] {
  const fields: ShownField[] = [];
  const seen = new Set<string>();
  const view = visible(doc, SALESFORCE.activeView);
  for (const el of (view ?? doc).querySelectorAll(SALESFORCE.anyField)) {
    // The selector matched the prefix: what follows it is the field's API name.
    const name = el.getAttribute('data-target-selection-name')?.slice(FIELD_PREFIX.length);
    if (!name || seen.has(name) || (!view && !isVisible(el))) continue;
    seen.add(name);
    const valueEl = el.querySelector(SALESFORCE.value);
    const text = valueEl ? textOf(valueEl) : textOf(el).replace(textOf(el.querySelector(SALESFORCE.label)), '').trim();
    const href = text && isUrlField(name) ? (valueEl ?? el).querySelector('a')?.getAttribute('href') : undefined;
    fields.push(href ? { name, text, href } : { name, text });
  }
  return fields;
}
