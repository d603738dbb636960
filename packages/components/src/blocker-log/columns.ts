import type { BlockerSort } from '@preflight/core';
import type { BlockerField } from './edits.js';

interface BlockerColumn {
  /** The column's header. */
  header: string;
  /** Its track in the table's `--columns` template. */
  width: string;
  /** Its cell's area in a card (narrow logs), as the card templates in the styles name them. */
  cardArea: string;
  /** What a bare value in a card is (the header says it in the table). */
  cardLabel?: string;
  /** The core's sort key its header sorts by. */
  sort?: BlockerSort;
  /** The field the editor focuses when the cell is opened (Enter, F2 or a double click). */
  edit?: BlockerField;
}

/**
 * The blocker log's columns, in DOM, visual and keyboard order: what a reader acts on first (the
 * blocker, its overdue and escalation status, severity, due, owner and the row's buttons), then the
 * context. Everything positional (cell indexes, sorting and editing headers, card areas and labels,
 * the default column template) comes from here, so a reorder is one edit.
 */
const BLOCKER_COLUMNS = {
  title: { header: 'Blocker', width: 'minmax(12rem, 2fr)', cardArea: 't' },
  status: { header: 'Status', width: '10rem', cardArea: 'e' },
  severity: { header: 'Severity', width: '5rem', cardArea: 's', sort: 'severity', edit: 'severity' },
  due: { header: 'Due', width: '6.75rem', cardArea: 'd', cardLabel: 'Due', sort: 'due', edit: 'due' },
  owner: { header: 'Owner', width: 'minmax(7rem, 1fr)', cardArea: 'o', cardLabel: 'Owner', edit: 'owner' },
  edit: { header: 'Edit', width: '3.25rem', cardArea: 'E', edit: 'owner' },
  action: { header: 'Action', width: '5.25rem', cardArea: 'A' },
  findings: { header: 'Findings', width: '6.75rem', cardArea: 'F' },
  category: { header: 'Category', width: 'minmax(7rem, 1fr)', cardArea: 'c', edit: 'category' },
  blocks: { header: 'Blocks', width: 'minmax(9rem, 1fr)', cardArea: 'b', cardLabel: 'Blocks' },
  raised: { header: 'Raised', width: '6.75rem', cardArea: 'r', cardLabel: 'Raised', sort: 'raised' },
  daysBlocked: { header: 'Days blocked', width: '7rem', cardArea: 'y', cardLabel: 'Blocked', sort: 'days-blocked' },
} satisfies Record<string, BlockerColumn>;

export type ColumnKey = keyof typeof BLOCKER_COLUMNS;

/** The columns in order. */
export const COLUMNS: readonly BlockerColumn[] = Object.values(BLOCKER_COLUMNS);

/** Each column's index, by key: the `data-c` of its cells. */
export const COL = Object.fromEntries(Object.keys(BLOCKER_COLUMNS).map((key, i) => [key, i])) as Record<ColumnKey, number>;

/** The default `--columns` template. */
export const COLUMN_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');
