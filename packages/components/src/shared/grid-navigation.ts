/** A cell position in a grid: row 0 is the header row, column 0 the row headers. */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Rows moved by PageUp / PageDown. */
  pageSize: number;
}

/**
 * The APG data-grid keyboard map as data: where a key takes focus, or null when the key is
 * not a navigation key. Arrows stop at the edges (no wrapping), as the APG recommends.
 */
export function gridMove(key: string, ctrl: boolean, at: GridPosition, shape: GridShape): GridPosition | null {
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const clampRow = (row: number) => Math.max(0, Math.min(lastRow, row));
  const clampCol = (col: number) => Math.max(0, Math.min(lastCol, col));
  switch (key) {
    case 'ArrowUp':
      return { row: clampRow(at.row - 1), col: at.col };
    case 'ArrowDown':
      return { row: clampRow(at.row + 1), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clampCol(at.col - 1) };
    case 'ArrowRight':
      return { row: at.row, col: clampCol(at.col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case 'PageUp':
      return { row: clampRow(at.row - shape.pageSize), col: at.col };
    case 'PageDown':
      return { row: clampRow(at.row + shape.pageSize), col: at.col };
    default:
      return null;
  }
}
