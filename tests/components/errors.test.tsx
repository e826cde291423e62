import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi, type MockInstance } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { Layout } from '../../src/app/layout';
import { RouteError } from '../../src/app/route-error';
import { ErrorBoundary } from '../../src/components/error-boundary';
import { untrustedCatalog } from '../../src/api/catalog';
import type { Catalog } from '../../src/domain/figures';
import { figureRecord, withFigure } from '../fixtures/dataset';
import { PAGE_TIMEOUT, currentLocation, findPageHeading, realCatalog, renderApp, renderWithProviders } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const OVERVIEW_TITLE = 'Zhejiang’s culture-services trade at a glance';

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;

beforeEach(() => {
  // The boundary logs what it caught and React reports it too; keep the output readable.
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  warn.mockRestore();
  error.mockRestore();
});

/** The real dataset with the trade figure citing a source that does not exist. */
function brokenDataset() {
  return withFigure('trade-total', (f) => {
    f.sourceIds = ['no-such-source'];
  });
}

/** The broken dataset arriving from outside the build (the dev server's module, an HTTP source). */
function brokenLoader(): () => Promise<Catalog> {
  const broken = brokenDataset();
  return () => untrustedCatalog(broken);
}

function Boom(): never {
  throw new Error('the chart exploded');
}

describe('a dataset that fails its checks', () => {
  it('shows what failed, record and field, with a Reload button, inside the page shell', async () => {
    renderApp('/?lang=en', { queryFn: brokenLoader() });

    const heading = await findPageHeading('The dataset failed its checks');
    const alert = heading.closest('[role="alert"]');
    expect(alert).not.toBeNull();
    const panel = within(alert as HTMLElement);

    const record = figureRecord(brokenDataset(), 'trade-total');
    expect(record).toMatch(/^figures\[\d+\] "trade-total"$/);
    const recordCode = panel.getByText(record);
    expect(recordCode.tagName).toBe('CODE');
    const item = recordCode.closest('li');
    expect(item).not.toBeNull();
    expect(within(item as HTMLElement).getByText('sourceIds[0]').tagName).toBe('CODE');
    expect(item).toHaveTextContent('cites source "no-such-source", which does not exist');
    expect(panel.getAllByRole('listitem')).toHaveLength(1);

    expect(panel.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(panel.getByText(/No figures are shown/)).toBeInTheDocument();
    // Never a blank page: the header and navigation are still there, and no figure is shown.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '中文' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: OVERVIEW_TITLE })).not.toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText(/14\.16/)).not.toBeInTheDocument();
    // The cause stays visible to whoever opens the console.
    expect(warn).toHaveBeenCalledWith(
      'A part of the page failed to draw:',
      expect.objectContaining({ name: 'DatasetError' }),
      expect.anything(),
    );
  });

  it('is shown in Chinese on a Chinese page, with the same record and field', async () => {
    renderApp('/?lang=zh', { queryFn: brokenLoader() });
    await findPageHeading('数据集未通过校验');
    expect(screen.getByText(figureRecord(brokenDataset(), 'trade-total'))).toBeInTheDocument();
    expect(screen.getByText('sourceIds[0]')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新载入' })).toBeInTheDocument();
  });

  it('in dev, the bundled module is checked by the app itself, and the same page names the problem', async () => {
    // The app's own query function, not a replacement: in dev the module is whatever was just saved.
    vi.doMock('../../src/data/dataset', () => ({ dataset: brokenDataset() }));
    onTestFinished(() => {
      vi.doUnmock('../../src/data/dataset');
    });
    renderApp('/?lang=en');
    await findPageHeading('The dataset failed its checks');
    expect(screen.getByText(figureRecord(brokenDataset(), 'trade-total'))).toBeInTheDocument();
    expect(screen.getByText('sourceIds[0]')).toBeInTheDocument();
  });

  it('is shown on the sources page too, which reads the same figures', async () => {
    renderApp('/sources?lang=en', { queryFn: brokenLoader() });
    await findPageHeading('The dataset failed its checks');
    expect(screen.getByText('sourceIds[0]')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Sources and methods' })).not.toBeInTheDocument();
  });
});

describe('a page that throws', () => {
  it('a failed load shows "Something went wrong on this page", the message and a way back', async () => {
    renderApp('/?lang=en', {
      queryFn: () => Promise.reject(new Error('the network is down')),
    });
    await findPageHeading('Something went wrong on this page');
    expect(screen.getByText('the network is down')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    const back = screen.getByRole('link', { name: 'Back to the overview' });
    expect(back).toHaveAttribute('href', '/?lang=en');
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('ErrorBoundary + RouteError: a component that throws is replaced by the error page', () => {
    renderWithProviders(
      <ErrorBoundary fallback={(e) => <RouteError error={e} />}>
        <p>before</p>
        <Boom />
      </ErrorBoundary>,
      { path: '/sources?lang=en&currency=USD&x=1' },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(screen.getByText('the chart exploded')).toBeInTheDocument();
    expect(screen.queryByText('before')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute(
      'href',
      '/?lang=en&currency=USD',
    );
    expect(warn).toHaveBeenCalledWith('A part of the page failed to draw:', expect.any(Error), expect.anything());
  });

  it('ErrorBoundary leaves the children alone when nothing throws', () => {
    renderWithProviders(
      <ErrorBoundary fallback={(e) => <RouteError error={e} />}>
        <p>all fine</p>
      </ErrorBoundary>,
      { path: '/?lang=en' },
    );
    expect(screen.getByText('all fine')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a chunk that fails to download gets its own message and no raw error text', () => {
    function Chunk(): never {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/sources-page-abc.js');
    }
    renderWithProviders(
      <ErrorBoundary fallback={(e) => <RouteError error={e} />}>
        <Chunk />
      </ErrorBoundary>,
      { path: '/?lang=en' },
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'This part of the dashboard could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/assets\/sources-page/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('inside the real layout, the error stays on its page: the header remains, and leaving clears it', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<p>The overview is fine.</p>} />
          <Route path="boom" element={<Boom />} />
        </Route>
      </Routes>,
      { path: '/boom?lang=en', catalog: realCatalog() },
    );
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Something went wrong on this page' },
        { timeout: PAGE_TIMEOUT },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All sources and formulas' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to the overview' }));

    expect(await screen.findByText('The overview is fine.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong on this page' })).not.toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/');
  });
});

describe('unknown addresses and values', () => {
  it('an unknown path shows "Page not found" with the path and a way back', async () => {
    renderApp('/no-such-page?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
    expect(screen.getByText('There is no page at /no-such-page.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/?lang=en');
    await waitFor(() => expect(document.title).toBe('Page not found · Zhejiang Culture Exports'));
  });

  it('?lang=fr: a status notice names lang=fr, the page renders in a language it knows, and the address is cleaned', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=fr', { catalog: realCatalog() });

    const message = await screen.findByText(/lang=fr/);
    expect(message).toHaveTextContent(
      'The address had a value this page does not understand, so it was ignored: lang=fr.',
    );
    const notice = message.closest('[role="status"]');
    expect(notice).not.toBeNull();
    expect(await findPageHeading(OVERVIEW_TITLE)).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: /14\.16 billion yuan/ })).toBeInTheDocument();
    expect(currentLocation().searchParams.getAll('lang')).toEqual(['en']);
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();

    await user.click(within(notice as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/lang=fr/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: OVERVIEW_TITLE })).toBeInTheDocument();
  });

  it('?currency=EUR is ignored and named as well, and yuan are shown', async () => {
    renderApp('/?lang=en&currency=EUR', { catalog: realCatalog() });
    expect(await screen.findByText(/currency=EUR/)).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: /14\.16 billion yuan/ })).toBeInTheDocument();
    expect(currentLocation().searchParams.has('currency')).toBe(false);
    expect(screen.getByRole('radio', { name: 'CNY ¥' })).toBeChecked();
  });
});
