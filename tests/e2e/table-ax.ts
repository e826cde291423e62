import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/*
 * What Chromium itself exposes of a table to assistive technology. Playwright's role queries
 * compute roles from the DOM, so they would still find a table whose semantics Chromium
 * dropped when the stacked layout changed its display: this reads Chromium's tree instead.
 */

export interface AxTable {
  columnHeaders: string[];
  /** Per body row: its row header's name and its cells' names. */
  rows: { header: string; cells: string[] }[];
}

interface AxNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
}

export async function chromiumTable(page: Page, name: string): Promise<AxTable> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const roleOf = (n: AxNode) => n.role?.value ?? '';
    const nameOf = (n: AxNode) => (n.name?.value ?? '').replace(/\s+/g, ' ').trim();
    /** The descendants with one of these roles, looking through ignored and generic nodes. */
    const find = (n: AxNode, roles: readonly string[], stop: readonly string[] = []): AxNode[] =>
      (n.childIds ?? []).flatMap((id) => {
        const c = byId.get(id);
        if (!c) return [];
        if (!c.ignored && roles.includes(roleOf(c))) return [c];
        if (!c.ignored && stop.includes(roleOf(c))) return [];
        return find(c, roles, stop);
      });
    const table = nodes.find((n) => !n.ignored && roleOf(n) === 'table' && nameOf(n) === name);
    expect(table, `Chromium exposes a table named "${name}"`).toBeDefined();
    if (!table) return { columnHeaders: [], rows: [] };
    const rows = find(table, ['row'], ['table']);
    const columnHeaders = rows.flatMap((r) => find(r, ['columnheader'], ['row'])).map(nameOf);
    const body = rows
      .map((r) => ({ header: find(r, ['rowheader'], ['row']), cells: find(r, ['cell'], ['row']) }))
      .filter((r) => r.header.length > 0)
      .map((r) => ({ header: r.header.map(nameOf).join(' '), cells: r.cells.map(nameOf) }));
    return { columnHeaders, rows: body };
  } finally {
    await cdp.detach();
  }
}

/** Each row is a block: its row header on top, across the block, and every cell below it. */
export async function expectRowBlocks(table: Locator): Promise<number> {
  const rows = table.getByRole('row').filter({ has: table.page().getByRole('rowheader') });
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const rowBox = await row.boundingBox();
    const headBox = await row.getByRole('rowheader').boundingBox();
    expect(rowBox && headBox, `row ${i + 1} is laid out`).toBeTruthy();
    if (!rowBox || !headBox) continue;
    expect(headBox.y - rowBox.y, `row ${i + 1}: the name opens the block`).toBeLessThan(16);
    expect(headBox.width, `row ${i + 1}: the name spans the block`).toBeGreaterThan(rowBox.width * 0.9);
    const cells = row.getByRole('cell');
    for (let j = 0; j < (await cells.count()); j++) {
      const cellBox = await cells.nth(j).boundingBox();
      expect(cellBox?.y ?? 0, `row ${i + 1}, cell ${j + 1} is below the name`).toBeGreaterThanOrEqual(
        headBox.y + headBox.height - 1,
      );
      expect(cellBox?.width ?? 0, `row ${i + 1}, cell ${j + 1} spans the block`).toBeGreaterThan(rowBox.width * 0.9);
    }
  }
  return count;
}

/** The narrowest value box of the table's cells (or the cell itself in the wide layout), in ems. */
export async function narrowestValue(table: Locator): Promise<number> {
  return table.evaluate((el) => {
    let min = Infinity;
    for (const cell of el.querySelectorAll<HTMLElement>('tbody td[data-label]')) {
      const box = cell.querySelector<HTMLElement>('.data-table__value') ?? cell;
      const width = box.getBoundingClientRect().width / parseFloat(getComputedStyle(box).fontSize);
      if (box.textContent.trim()) min = Math.min(min, width);
    }
    return min;
  });
}
