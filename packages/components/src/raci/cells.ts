import { noChange, type ChildPart } from 'lit';
import { directive, Directive, PartType, type PartInfo } from 'lit/directive.js';
import { RACI_BY_LETTER, type RaciLetter } from '@preflight/core';

/** A blank cell with everything that never changes; each new cell is a shallow clone of it. */
let prototype: HTMLTableCellElement | undefined;
function blankCell(): HTMLTableCellElement {
  if (!prototype) {
    prototype = document.createElement('td');
    prototype.setAttribute('role', 'gridcell');
    prototype.setAttribute('part', 'cell');
    prototype.className = 'cell';
    prototype.tabIndex = -1;
  }
  return prototype.cloneNode() as HTMLTableCellElement;
}

function setIfChanged(cell: Element, name: string, value: string): void {
  if (cell.getAttribute(name) !== value) cell.setAttribute(name, value);
}

/**
 * The role cells of one RACI row, made and patched directly instead of one template instance
 * per cell: a 200 × 20 matrix has 4,000 of them, and this is most of its first render.
 * Every cell can take focus (tabindex -1); only the active one is in the tab order (0).
 */
class RowCells extends Directive {
  private readonly cells: HTMLTableCellElement[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('rowCells() belongs in a row’s content');
  }

  render(_row: number, _stepName: string, _roles: readonly string[], _letters: ReadonlyMap<string, RaciLetter>, _activeCol: number): unknown {
    return noChange;
  }

  override update(part: ChildPart, [row, stepName, roles, letters, activeCol]: Parameters<this['render']>): unknown {
    const { cells } = this;
    const added = document.createDocumentFragment();
    const rowText = String(row);
    for (let i = 0; i < roles.length; i++) {
      const letter = letters.get(roles[i]!);
      let cell = cells[i];
      if (!cell) {
        cell = cells[i] = blankCell();
        cell.setAttribute('data-c', String(i + 1));
        added.append(cell);
      }
      setIfChanged(cell, 'data-r', rowText);
      setIfChanged(cell, 'data-l', letter ?? '');
      // The whole name ("Creative production, Legal: Consulted"): a cell read alone, as screen readers
      // do when a letter is typed, must still say which step and role it is.
      setIfChanged(cell, 'aria-label', `${stepName}, ${roles[i]!}: ${letter ? RACI_BY_LETTER[letter].name : 'none'}`);
      if (cell.textContent !== (letter ?? '')) cell.textContent = letter ?? '';
      const tab = activeCol === i + 1 ? 0 : -1;
      if (cell.tabIndex !== tab) cell.tabIndex = tab;
    }
    for (const extra of cells.splice(roles.length)) extra.remove();
    if (added.childNodes.length) part.parentNode.insertBefore(added, part.endNode);
    return noChange;
  }
}

export const rowCells = directive(RowCells);
