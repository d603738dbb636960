import { unsafeCSS, type CSSResult } from 'lit';
import { COLUMN_TEMPLATE, COLUMNS } from './columns.js';

// CSS made from the column model, apart from the stylesheet: the build minifies the css literals of
// a module only when it does not call unsafeCSS (the minifier cannot see what the call inserts).

/** The table's grid columns. */
export const columnTemplate = unsafeCSS(COLUMN_TEMPLATE);

/** Each cell's area in a card, in column order (the card templates in the stylesheet name them). */
export const cardAreas = unsafeCSS(COLUMNS.map((c, i) => `.row > :nth-child(${i + 1}) { grid-area: ${c.cardArea}; }`).join('\n'));

/** What a bare value in a card is, by column; `/ ''` keeps it out of the accessible name (the column header says it). */
export const cardLabels = unsafeCSS(
  COLUMNS.flatMap((c, col) => (c.cardLabel ? [`.row:not(.header) [data-c='${col}']::before { content: '${c.cardLabel} ' / ''; }`] : [])).join('\n'),
);

/** A length in rem, for a container query's bound. */
export const rem = (n: number): CSSResult => unsafeCSS(`${n}rem`);
