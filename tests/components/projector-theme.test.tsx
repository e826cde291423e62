import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { storedTheme, toggleProjector } from '../../src/components/use-theme';
import { findPageHeading, realCatalog, renderApp } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const THEME_STORAGE_KEY = 'zj-culture-exports.theme';
const root = document.documentElement;

beforeEach(() => {
  root.removeAttribute('lang');
  root.removeAttribute('data-theme');
});

describe('the projector theme', () => {
  it('is a choice of the theme switch, stored and applied as data-theme="projector", in both languages', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en', { catalog: realCatalog() });
    await findPageHeading('Zhejiang’s culture-services trade at a glance');
    const themes = screen.getByRole('group', { name: 'Theme' });
    expect(
      within(themes)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Light', 'Dark', 'System', 'Projector']);

    await user.click(within(themes).getByRole('radio', { name: 'Projector' }));
    expect(root).toHaveAttribute('data-theme', 'projector');
    expect(within(themes).getByRole('radio', { name: 'Projector' })).toBeChecked();
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('projector');
    expect(storedTheme()).toBe('projector');

    await user.click(screen.getByRole('radio', { name: '中文' }));
    await findPageHeading('浙江文化服务贸易一览');
    expect(screen.getByRole('radio', { name: '投影仪' })).toBeChecked();
  });

  it('the projector key turns it on and back to the theme chosen before, which is remembered', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en', { catalog: realCatalog() });
    await findPageHeading('Zhejiang’s culture-services trade at a glance');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    toggleProjector();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Projector' })).toBeChecked());
    expect(root).toHaveAttribute('data-theme', 'projector');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('projector');

    toggleProjector();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked());
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    // Chosen in the switch, the projector theme also goes back to the one before it.
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    await user.click(screen.getByRole('radio', { name: 'Projector' }));
    toggleProjector();
    await waitFor(() => expect(root).toHaveAttribute('data-theme', 'light'));

    // From System, back to System: no attribute, the stylesheet follows the operating system.
    await user.click(screen.getByRole('radio', { name: 'System' }));
    toggleProjector();
    expect(root).toHaveAttribute('data-theme', 'projector');
    toggleProjector();
    expect(root).not.toHaveAttribute('data-theme');
    expect(storedTheme()).toBe('system');
  });

  it('present mode turns it on and off with C', async () => {
    renderApp('/present?lang=en&slide=2', { catalog: realCatalog() });
    await screen.findByRole('progressbar', {}, { timeout: 5000 });
    const user = userEvent.setup();
    await user.keyboard('c');
    expect(root).toHaveAttribute('data-theme', 'projector');
    await user.keyboard('C');
    expect(root).not.toHaveAttribute('data-theme');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('system');
  });

  it('a stored choice survives a new visit; an unknown one reads as System', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'projector');
    expect(storedTheme()).toBe('projector');
    window.localStorage.setItem(THEME_STORAGE_KEY, 'neon');
    expect(storedTheme()).toBe('system');
  });
});
