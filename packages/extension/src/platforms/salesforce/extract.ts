import { isVisible, safely, visible } from '../dom.js';
import { FIELD_PREFIX, isUrlField, SALESFORCE } from './selectors.js';

/**
 * A Campaign field as its record page shows it: its API name, its text as it is in the DOM (the
 * value's, or the whole field's and its label's where the value has no element of its own), and a
 * URL field's link.
 */
export interface ShownField {
  name: string;
  text: string;
  label?: string;
  href?: string;
}

/**
 * The page script's half of Salesforce's reading: the visible record's fields by API name, as
 * shown (the background collapses their white space and makes the facts of them, facts.ts).
 * Cached, hidden records of other campaigns are skipped. In the active view every field is the
 * record's own, a collapsed section's or a hidden tab's too; without one, only the fields on
 * screen are.
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
    const field: ShownField = { name, text: (valueEl ?? el).textContent ?? '' };
    if (!valueEl) field.label = el.querySelector(SALESFORCE.label)?.textContent ?? '';
    const href = isUrlField(name) ? (valueEl ?? el).querySelector('a')?.getAttribute('href') : undefined;
    if (href) field.href = href;
    fields.push(field);
  }
  return fields;
}
