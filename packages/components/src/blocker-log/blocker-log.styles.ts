import { css } from 'lit';
import { visuallyHidden } from '../shared/tokens.js';
import { cardAreas, cardLabels, columnTemplate, rem } from './column-css.js';

/**
 * Card lines by the log's width in rem: below `table` rows are cards, of `lines.narrow` lines below
 * `narrow` and `lines.wide` from there. The element starts the virtualizer from the same figures,
 * so its first guess of a row's height is the card's.
 */
export const CARDS = { narrow: 30, table: 48, lines: { narrow: 7, wide: 5 } } as const;
/** A card's height for a number of lines, in px (24 px lines, 2 px between, 6 px padding above and below). */
export const cardHeight = (lines: number) => lines * 24 + (lines - 1) * 2 + 2 * 6;

export const blockerLogStyles = css`
  :host {
    --row-height: 2.75rem;
    --max-height: 24rem;
    --columns: ${columnTemplate};
    /* The title column's width when the rows scroll sideways (the least of its minmax): what stays in sight at the left. */
    --_sticky-width: 12rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: end;
    margin-bottom: var(--_space-2);
  }
  .toolbar label,
  .field {
    display: grid;
    gap: var(--_space-half);
    min-width: 0;
    max-width: 100%;
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
  }
  /* A select is as wide as its longest option (a step's or an owner's name): let it shrink to the frame. */
  .toolbar select,
  .toolbar input,
  .field input,
  .field select {
    min-width: 0;
    max-width: 100%;
    color: var(--_on-surface);
    font-size: var(--_font-size-md);
  }
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    align-items: end;
  }
  .jump label {
    flex: 1 1 8rem;
  }
  .jump input {
    width: 8rem;
  }
  #jump-message {
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
  }
  .count {
    margin: 0 0 var(--_space-1);
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  /*
   * The log lays its rows out by its own width, not the viewport's: a table from 48rem, a card per
   * row below. The container is this wrapper (it fills the host's width whatever the content), not
   * :host, so the host keeps the toolbar's and the form's width as its own in a flex row or a table cell.
   * A table narrower than its columns scrolls sideways inside the rows' scroller (the virtualizer's),
   * the column headers following in their own box, and the title column stays at the left edge.
   */
  .table {
    container: log / inline-size;
    overflow: clip;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [role='grid'] {
    --_row-height: var(--row-height);
  }
  .head {
    overflow: hidden;
    /* As wide inside as the rows' scroller beside its scrollbar, so the columns line up. */
    scrollbar-gutter: stable;
    background: var(--_surface-muted);
  }
  .head,
  .body {
    /* A focused cell scrolled into view stays clear of the sticky title column. */
    scroll-padding-left: var(--_sticky-width);
  }
  .row {
    display: grid;
    grid-template-columns: var(--columns);
    align-items: center;
    width: 100%;
    /* Never narrower than the columns' least widths: the scroller scrolls sideways instead. */
    min-width: min-content;
    height: var(--_row-height);
    border-bottom: 1px solid var(--_outline-subtle);
  }
  .row > * {
    padding: 0 var(--_space-1);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-height: var(--_target);
    line-height: var(--_target);
  }
  /* A button's focus ring shows in full around it; its label may shorten instead. */
  .button-cell {
    overflow: visible;
  }
  .button-cell > * {
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .button-cell > button {
    padding-inline: var(--_space-1);
  }
  /* The focus ring inside the cell: a sticky title or the scroller's edge never hides part of it. */
  .row > [data-c]:focus-visible {
    outline-offset: -2px;
  }
  .header {
    background: var(--_surface-muted);
    font-weight: var(--_font-weight-semibold);
  }
  .sortable {
    cursor: pointer;
    text-decoration: underline dotted;
  }
  .sortable[aria-sort='ascending']::after {
    content: ' ▲';
  }
  .sortable[aria-sort='descending']::after {
    content: ' ▼';
  }
  /* The virtualizer's sizer marks the rows' total height; at the host's line height it would stand 1px below it and make the scroller scroll. */
  .body > [virtualizer-sizer] {
    line-height: 1;
  }
  .body {
    max-height: var(--max-height);
    overflow: auto;
    /* A scrollbar appearing must not resize the rows the virtualizer measures. */
    scrollbar-gutter: stable;
  }
  @container log (width >= ${rem(CARDS.table)}) {
    /* The title covers the row's full height, so nothing scrolling under it shows above or below. */
    .row > :first-child {
      position: sticky;
      left: 0;
      z-index: 1;
      align-self: stretch;
      line-height: calc(var(--_row-height) - 1px);
      background: var(--_surface);
      box-shadow: inset -1px 0 0 var(--_outline-subtle);
    }
    .header > :first-child {
      background: var(--_surface-muted);
    }
    /* Overdue and escalation, a category, what it blocks and a column's name wrap to a second line rather than hide behind an ellipsis. */
    .wraps {
      display: flex;
      align-items: center;
      font-size: var(--_font-size-sm);
    }
    .wraps > *,
    .header > * {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      white-space: normal;
      line-height: 1.2;
    }
    /* A column's name sits centred in the cell's target height, as the single-line cells beside it (names take at most two lines). */
    .header > * {
      padding-block: calc((var(--_target) - 1.2em) / 2);
    }
  }
  .row[data-status='resolved'] .title {
    color: var(--_on-surface-muted);
    text-decoration: line-through;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .missing {
    color: var(--_blocked);
    font-style: italic;
  }
  .severity {
    text-transform: capitalize;
  }
  .severity[data-severity='critical'] {
    color: var(--_blocked);
    font-weight: var(--_font-weight-semibold);
  }
  .row[data-overdue='true'] [part~='escalation'] {
    color: var(--_blocked);
    font-weight: var(--_font-weight-semibold);
  }
  .empty {
    margin: 0;
    padding: var(--_space-2);
    color: var(--_on-surface-muted);
  }
  .add {
    margin-top: var(--_space-2);
  }
  /* Fields flow into as many columns as fit; a fieldset is as wide as its content unless told otherwise. */
  .add fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(11rem, 100%), 1fr));
    gap: var(--_space-2);
    align-items: start;
    min-inline-size: 0;
    margin: 0;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .add .field input,
  .add .field select {
    width: 100%;
  }
  .add-actions {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
    align-self: end;
  }
  .add-button {
    margin-top: var(--_space-2);
  }
  .field-error {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
  }
  [aria-invalid='true'] {
    border-color: var(--_blocked);
    border-width: 2px;
  }
  .form-problems {
    color: var(--_blocked);
  }
  [part~='editor'] {
    background: var(--_surface);
    color: var(--_on-surface);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow-raised);
    padding: var(--_space-4);
    width: min(24rem, calc(100vw - 2rem));
  }
  [part~='editor'] input,
  [part~='editor'] select {
    width: 100%;
  }
  [part~='editor']::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  [part~='editor'] form {
    display: grid;
    gap: var(--_space-2);
  }
  .editor-heading {
    font-size: var(--_font-size-lg);
    margin: 0;
  }
  .editor-actions {
    display: flex;
    gap: var(--_space-2);
  }

  /*
   * Narrower than the table: each row is a card of fixed lines (every cell keeps its place in the grid, its
   * aria-rowindex and its keys); title and severity, then the overdue and escalation line, then
   * due and owner, then the rest. Every card has the same height, which the scroller is sized by.
   * The column headers are hidden until focus reaches them (Ctrl+Home, ArrowUp from the first row).
   */
  @container log (width < ${rem(CARDS.table)}) {
    [role='grid'] {
      --_line: var(--_target);
      --_gap: var(--_space-half);
      --_pad: 0.375rem;
      --_lines: ${CARDS.lines.wide};
      --_row-height: calc(var(--_lines) * var(--_line) + (var(--_lines) - 1) * var(--_gap) + 2 * var(--_pad));
    }
    .row:not(.header) {
      min-width: 0;
      grid-template-columns: repeat(12, minmax(0, 1fr));
      grid-template-rows: repeat(var(--_lines), var(--_line));
      grid-template-areas:
        't t t t t t t t t s s s'
        'e e e e e e e d d d d d'
        'e e e e e e e o o o o o'
        'c c c c b b b b r r r r'
        'y y y y E E A A A F F F';
      align-items: stretch;
      gap: var(--_gap) 0;
      padding: var(--_pad) 0;
    }
    ${cardAreas}
    .row > :nth-child(1) {
      font-weight: var(--_font-weight-semibold);
    }
    .row > :nth-child(3) {
      text-align: end;
    }
    /* Overdue and escalation may take two lines: it is what the reader came for. */
    .status {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      white-space: normal;
    }
    .row > :nth-child(n + 9) {
      font-size: var(--_font-size-sm);
      color: var(--_on-surface-muted);
    }
    /* What each bare value is; the grid's column headers already say so to assistive technology. */
    .row:not(.header) > * {
      padding: 0 var(--_space-half);
    }
    .row:not(.header) [data-c]::before {
      color: var(--_on-surface-muted);
      font-size: var(--_font-size-xs);
    }
    ${cardLabels}
    .header {
      display: flex;
      flex-wrap: wrap;
      height: auto;
    }
    .header:not(:focus-within) {
      ${visuallyHidden}
    }
  }
  @container log (width < ${rem(CARDS.narrow)}) {
    [role='grid'] {
      --_lines: ${CARDS.lines.narrow};
    }
    .row:not(.header) {
      grid-template-areas:
        't t t t t t t t t s s s'
        'e e e e e e e e e e e e'
        'e e e e e e e e e e e e'
        'd d d d d o o o o o o o'
        'c c c c c c b b b b b b'
        'r r r r r r y y y y y y'
        'E E E A A A A F F F F F';
    }
  }
`;
