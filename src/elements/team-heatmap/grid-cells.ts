import type { GroupPosition } from '../../shared/focus-group-controller.js';

/*
 * Where a cell of the heatmap's tables is, in the whole table: a large table draws only some rows and
 * columns, each of which says its place (aria-rowindex, aria-colindex); the counts table, drawn whole,
 * is counted as drawn. The header row and the column of names are 0.
 */

/** A row's place in the whole table, drawn or not. */
function rowOf(row: HTMLTableRowElement): number {
  const index = row.getAttribute('aria-rowindex');
  return index ? Number(index) - 1 : row.rowIndex;
}

/** A cell's column in the whole table, drawn or not. */
function columnOf(cell: HTMLTableCellElement): number {
  const index = cell.getAttribute('aria-colindex');
  return index ? Number(index) - 1 : cell.cellIndex;
}

/** The place of the cell an event target is (or is in); undefined outside a table's cells. */
export function positionOf(target: EventTarget | null): GroupPosition | undefined {
  const cell = target instanceof Element ? target.closest<HTMLTableCellElement>('th, td') : null;
  const row = cell?.parentElement;
  return cell && row instanceof HTMLTableRowElement && cell.closest('table') ? [rowOf(row), columnOf(cell)] : undefined;
}

/** The cell drawn at a place in the whole table; undefined when it is not drawn (spacers stand for those). */
export function cellAt(table: HTMLTableElement | null, row: number, column: number): HTMLTableCellElement | undefined {
  const cells = [...(table?.rows ?? [])].find((one) => !one.classList.contains('gap') && rowOf(one) === row)?.cells;
  return [...(cells ?? [])].find((cell) => !cell.classList.contains('gap') && columnOf(cell) === column);
}

/** The tabindex of each cell: 0 for the one at `active`, the table's one tab stop. */
export const tabIndexAt =
  ([row, column]: GroupPosition) =>
  (r: number, c: number): string =>
    r === row && c === column ? '0' : '-1';
