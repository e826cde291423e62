import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PAGE_TIMEOUT, realCatalog, renderApp } from './render';

// Whole-app renders load lazy pages; the sources page, every figure on one page, is the
// slowest of them: leave room for a cold, busy run.
vi.setConfig({ testTimeout: 30_000 });

/** The page's h1; the sources page is long, and its chunk is slow to load on a cold, busy run. */
function findSourcesPage(title: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name: title }, { timeout: 3 * PAGE_TIMEOUT });
}

/** The entry of the sources list whose name (its headline or description) is `name`. */
function sourceEntry(name: string, list = 'Sources'): HTMLElement {
  const region = screen.getByRole('region', { name: list });
  const entry = within(region).getByText(name, { selector: 'cite' }).closest('li');
  if (!entry) throw new Error(`no source entry for ${name}`);
  return entry;
}

/** What an entry says after one of its terms (Publisher, Date, Grade…). */
function fieldOf(entry: HTMLElement, term: string): string | null | undefined {
  const dt = within(entry)
    .getAllByRole('term')
    .find((t) => t.textContent === term);
  return dt?.nextElementSibling?.textContent;
}

describe('sources page: grades', () => {
  it('gives each source its grade: the publisher’s own page, or a secondary copy with its outlet', async () => {
    renderApp('/sources?lang=en', { catalog: realCatalog() });
    await findSourcesPage('Sources and methods');
    expect(fieldOf(sourceEntry("National honor spotlights Zhejiang's culture exports"), 'Grade')).toBe(
      'primary: the publisher’s own page',
    );
    expect(fieldOf(sourceEntry('Jimu News report of 30 August 2021 (copy)'), 'Grade')).toBe(
      'secondary copy (outlet: Jimu News (极目新闻))',
    );
    // A copy that does not name what it copies says so.
    expect(fieldOf(sourceEntry('Copy of a report on the second batch of bases, September 2021'), 'Grade')).toBe(
      'secondary copy (outlet: not named in the copy)',
    );
    // A primary source with a caution about it carries its note.
    expect(fieldOf(sourceEntry('AnimationXpress interview at MIPCOM 2025'), 'Grade')).toBe(
      'primary: the publisher’s own pagetrade press, company-sourced',
    );
    // Every source has the line.
    const list = within(screen.getByRole('region', { name: 'Sources' }));
    expect(list.getAllByText('Grade', { selector: 'dt' })).toHaveLength(realCatalog().dataset.sources.length);
  });

  it('says it in Chinese', async () => {
    renderApp('/sources?lang=zh', { catalog: realCatalog() });
    await findSourcesPage('来源与方法');
    expect(fieldOf(sourceEntry('极目新闻2021年8月30日报道（转载）', '来源'), '来源等级')).toBe(
      '二手转载（原载：极目新闻）',
    );
    expect(fieldOf(sourceEntry('《浙江工人日报》电子版2021年2月25日报道', '来源'), '来源等级')).toBe(
      '一手：发布者本身的网页',
    );
  });
});

describe('sources page: where later sources differ', () => {
  it('sets the conflicting figures side by side, each with its source and grade, never reconciled', async () => {
    renderApp('/sources?lang=en', { catalog: realCatalog() });
    await findSourcesPage('Sources and methods');
    const region = within(screen.getByRole('region', { name: 'Where later sources differ' }));
    const table = within(region.getByRole('table'));
    expect(table.getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'Hangzhou’s listings on the national key enterprise lists',
      'Zoland’s animation: hours, minutes and countries',
      'Countries and regions reached',
    ]);
    const listings = within(
      table
        .getByRole('rowheader', { name: 'Hangzhou’s listings on the national key enterprise lists' })
        .closest('tr') as HTMLElement,
    );
    // 85 from Zhejiang Daily's own page, 95 from a copy of a Hangzhou Daily feature: both shown.
    expect(listings.getByRole('link', { name: '85' })).toHaveAttribute(
      'href',
      '/sources?lang=en#hangzhou-key-listings-2025',
    );
    expect(listings.getByRole('link', { name: '95' })).toHaveAttribute(
      'href',
      '/sources?lang=en#hangzhou-key-listings-copy',
    );
    expect(
      listings.getByText('Hangzhou Daily (copy) · secondary copy (outlet: Hangzhou Daily (杭州日报))'),
    ).toBeInTheDocument();
    expect(listings.getByText('Zhejiang Daily')).toBeInTheDocument();
    expect(listings.getByText(/both are shown, neither is chosen/)).toBeInTheDocument();
    // The province's series by year is set out on the growth page.
    expect(region.getByRole('link', { name: 'published figures over time' })).toHaveAttribute(
      'href',
      '/growth?lang=en#published-title',
    );
  });
});
