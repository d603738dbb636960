import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { gridMove, type GridPosition, type GridShape } from './grid-navigation.js';

export interface GridFocusOptions {
  /** The cell that holds the tab stop before the user moves it. */
  initial: GridPosition;
  /** The element whose descendants are the cells (`data-r` and `data-c` on each). */
  grid(): HTMLElement | null;
  /**
   * Brings a cell that is not in the DOM into it before it is focused (a virtualized grid renders
   * only the rows on screen); resolves once it is there, or has given up.
   */
  reveal?(at: GridPosition): Promise<void>;
  /**
   * Scrolls a focused cell into view. Plain focus scrolls only until the cell is on screen, which can
   * leave it under a sticky header row or column; scrollIntoView honours the scroll-padding that clears them.
   */
  scrollIntoView?(cell: HTMLElement): void;
}

/**
 * The APG grid's focus for an element's cells: one tab stop (the active cell, `tabIndex`), the
 * active cell following focus wherever it lands (a click, a tab in), and the navigation keys
 * (`gridMove`). Cells are found by their `data-r` / `data-c`, which survive a virtualizer
 * recycling rows better than element references.
 */
export class GridFocusController implements ReactiveController {
  private current: GridPosition;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridFocusOptions,
  ) {
    this.current = options.initial;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The cell with the tab stop. */
  get active(): GridPosition {
    return this.current;
  }

  set active(at: GridPosition) {
    if (at.row === this.current.row && at.col === this.current.col) return;
    this.current = at;
    this.host.requestUpdate();
  }

  /** The position of the cell an event came from, or undefined outside the cells. */
  positionOf(target: EventTarget | null): GridPosition | undefined {
    const el = (target as Element | null)?.closest?.('[data-r][data-c]');
    return el ? { row: Number(el.getAttribute('data-r')), col: Number(el.getAttribute('data-c')) } : undefined;
  }

  /** For the grid's `@focusin`: the focused cell becomes the tab stop. */
  readonly onFocusIn = (e: FocusEvent): void => {
    const at = this.positionOf(e.target);
    if (at) this.active = at;
  };

  /** Handles a navigation key from a cell (arrows, Home, End, PageUp, PageDown, with Ctrl); false for any other key. */
  navigate(e: KeyboardEvent, shape: GridShape): boolean {
    const at = this.positionOf(e.target);
    const to = at && gridMove(e.key, e.ctrlKey || e.metaKey, at, shape);
    if (!to) return false;
    e.preventDefault();
    void this.focusCell(to);
    return true;
  }

  /** Moves the tab stop and focus to a cell, bringing it into the DOM and into view first. */
  async focusCell(at: GridPosition): Promise<void> {
    this.active = at;
    await this.host.updateComplete;
    const find = () => this.options.grid()?.querySelector<HTMLElement>(`[data-r="${at.row}"][data-c="${at.col}"]`) ?? null;
    if (!find()) await this.options.reveal?.(at);
    const cell = find();
    if (!cell) return;
    cell.focus({ preventScroll: true });
    (this.options.scrollIntoView ?? ((c: HTMLElement) => c.scrollIntoView({ block: 'nearest', inline: 'nearest' })))(cell);
  }
}
