import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANG_STORAGE_KEY } from '../../src/components/use-settings';
import { PAGE_TIMEOUT, currentLocation, findPageHeading, realCatalog, renderApp } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const EN_TITLE = 'Zhejiang’s culture-services trade at a glance';
const ZH_TITLE = '浙江文化服务贸易一览';
const THEME_STORAGE_KEY = 'zj-culture-exports.theme';

beforeEach(() => {
  // The shell writes these on <html>; start every test from a page that has not.
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('data-theme');
});

function tradeCard(name: RegExp) {
  return screen.findByRole('article', { name }, { timeout: PAGE_TIMEOUT });
}

describe('language switch', () => {
  it('switches the page to Chinese, records it in the address, <html lang> and localStorage, and back', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en', { catalog: realCatalog() });

    expect(await findPageHeading(EN_TITLE)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(screen.queryByText('141.6')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '中文' }));

    expect(await findPageHeading(ZH_TITLE)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: EN_TITLE })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '中文' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'English' })).not.toBeChecked();
    // The page shows the choice at once; the router takes up the address in a transition after it.
    await waitFor(() => expect(currentLocation().searchParams.getAll('lang')).toEqual(['zh']));
    expect(currentLocation().pathname).toBe('/');
    // Both are written in an effect after the render that shows the heading.
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh');
    const card = await tradeCard(/^文化服务贸易进出口，2020年：141\.6亿元/);
    expect(within(card).getByText('141.6')).toBeInTheDocument();
    expect(within(card).getByText('亿元')).toBeInTheDocument();
    // The chrome follows too: navigation, the other radio groups, the footer.
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '深色' })).toBeInTheDocument();
    // The dataset now runs to the latest source of section E (21 October 2025).
    expect(screen.getByText('数据截至2025年10月21日发布。每个数字均链接至其来源。')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('概览 · 浙江文化出口'));

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await findPageHeading(EN_TITLE)).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().searchParams.getAll('lang')).toEqual(['en']));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(await tradeCard(/^Culture-services trade, 2020: 14\.16 billion yuan\./)).toBeInTheDocument();
    expect(screen.queryByText('141.6')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Overview · Zhejiang Culture Exports'));
  });

  it('the 中文 option is marked as Chinese for screen readers on an English page', async () => {
    renderApp('/?lang=en', { catalog: realCatalog() });
    await findPageHeading(EN_TITLE);
    expect(screen.getByRole('radio', { name: '中文' }).closest('label')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
  });

  it('switches a page whose strings load with its chunk, never showing a raw key', async () => {
    const user = userEvent.setup();
    renderApp('/exporters?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading('Exporting companies')).toBeInTheDocument();
    expect(screen.queryByText(/^exporters\./)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '中文' }));
    expect(await findPageHeading('出口企业')).toBeInTheDocument();
    expect(screen.queryByText(/^exporters\./)).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('出口企业 · 浙江文化出口'));
  });

  it('keeps the other parameters when switching', async () => {
    const user = userEvent.setup();
    renderApp('/sources?lang=en&currency=USD', { catalog: realCatalog() });
    // Every figure is on this page, section E's included: it is the slowest to load and draw.
    const slow = { timeout: 3 * PAGE_TIMEOUT };
    await screen.findByRole('heading', { level: 1, name: 'Sources and methods' }, slow);
    await user.click(screen.getByRole('radio', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '来源与方法' }, slow)).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().searchParams.get('lang')).toBe('zh'));
    const url = currentLocation();
    expect(url.pathname).toBe('/sources');
    expect(url.searchParams.get('currency')).toBe('USD');
  });

  it('an address without lang gets the remembered language written into it', async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'zh');
    renderApp('/', { catalog: realCatalog() });
    expect(await findPageHeading(ZH_TITLE)).toBeInTheDocument();
    expect(currentLocation().searchParams.get('lang')).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});

describe('theme switch', () => {
  it('Dark sets data-theme="dark" on <html>; System removes it; the choice is remembered', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en', { catalog: realCatalog() });
    await findPageHeading(EN_TITLE);
    const root = document.documentElement;
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(root).not.toHaveAttribute('data-theme');

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(root).toHaveAttribute('data-theme', 'light');

    await user.click(screen.getByRole('radio', { name: 'System' }));
    expect(root).not.toHaveAttribute('data-theme');
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('system');
    // The theme is not part of the address.
    expect(currentLocation().searchParams.has('theme')).toBe(false);
  });

  it('the radio group answers to the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en', { catalog: realCatalog() });
    await findPageHeading(EN_TITLE);
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });
});

describe('currency switch', () => {
  it('USD $ puts currency=USD in the address and the trade card shows US$2.19 billion', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en', { catalog: realCatalog() });
    await tradeCard(/^Culture-services trade, 2020: 14\.16 billion yuan\./);
    expect(screen.getByRole('radio', { name: 'CNY ¥' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'USD $' }));

    expect(currentLocation().searchParams.get('currency')).toBe('USD');
    expect(currentLocation().searchParams.get('lang')).toBe('en');
    expect(screen.getByRole('radio', { name: 'USD $' })).toBeChecked();
    const card = await tradeCard(/^Culture-services trade, 2020: US\$2\.19 billion\./);
    expect(within(card).getByText('2.19')).toBeInTheDocument();
    expect(within(card).queryByText('14.16')).not.toBeInTheDocument();
    expect(within(card).getByText('US dollar figure as stated by the article')).toBeInTheDocument();
    // The nav links carry the currency on to the next page.
    expect(screen.getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '/sources?lang=en&currency=USD');

    await user.click(screen.getByRole('radio', { name: 'CNY ¥' }));
    expect(currentLocation().searchParams.get('currency')).toBe('CNY');
    expect(await tradeCard(/^Culture-services trade, 2020: 14\.16 billion yuan\./)).toBeInTheDocument();
  });
});
