import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decode } from './qr-read';
import { realCatalog, renderApp } from './render';

// jsdom has no modal dialogs: opening one only shows it.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

/*
 * Role queries over the whole deck (fifteen slides, their tables) take seconds each in jsdom:
 * the button and the dialog are found by their text and element, then checked by role and name.
 */
async function button(name: string): Promise<HTMLElement> {
  const found = await screen.findByText(name, { selector: 'button' }, { timeout: 5000 });
  expect(found).toHaveRole('button');
  return found;
}

async function openDialog(name: string): Promise<HTMLElement> {
  const dialog = await waitFor(
    () => {
      const open = document.querySelector<HTMLElement>('dialog[open]');
      if (!open) throw new Error('no dialog open');
      return open;
    },
    { timeout: 5000 },
  );
  expect(dialog).toHaveRole('dialog');
  expect(dialog).toHaveAccessibleName(name);
  return dialog;
}

describe('present mode: sharing with the room', () => {
  it('the Share button opens a dialog with the code of this slide’s address, written below it', async () => {
    renderApp('/present?lang=en&slide=2&auto=30', { catalog: realCatalog() });
    const user = userEvent.setup();
    const share = await button('Share');
    await user.click(share);
    const dialog = await openDialog('Open this slide on a phone');
    const address = `${window.location.origin}/present?lang=en&currency=CNY&slide=2`;
    expect(dialog).toHaveTextContent(address);
    const code = await within(dialog).findByRole('img', { name: 'QR code of the address below' });
    expect(decode(code)).toBe(address);

    await user.click(within(dialog).getByRole('button', { name: 'Copy address' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Address copied.');
    expect(await navigator.clipboard.readText()).toBe(address);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(share).toHaveFocus();
  });

  it('says so when the browser refuses to copy', async () => {
    renderApp('/present?lang=zh&slide=3', { catalog: realCatalog() });
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(await button('分享'));
    const dialog = await openDialog('在手机上打开本页');
    expect(dialog).toHaveTextContent(`${window.location.origin}/present?lang=zh&currency=CNY&slide=3`);
    await user.click(within(dialog).getByRole('button', { name: '复制地址' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('浏览器不允许复制：请选中地址后手动复制。');
  });

  it('the title slide shows the code of its own address, in the currency chosen', async () => {
    renderApp('/present?lang=en&currency=USD', { catalog: realCatalog() });
    const slide = await waitFor(() => {
      const title = document.querySelector<HTMLElement>('section[data-slide="title"]');
      if (!title) throw new Error('no title slide');
      return title;
    });
    expect(slide).toHaveAccessibleName(/^Slide 1 of 15: /);
    const address = `${window.location.origin}/present?lang=en&currency=USD&slide=1`;
    const code = await within(slide).findByRole('img', { name: 'QR code of the address below' });
    expect(decode(code)).toBe(address);
    expect(within(slide).getByRole('figure')).toHaveTextContent(address);
  });
});

describe('present mode opened from a file', () => {
  it('says a file: address is no use to a phone, instead of a code, and the title slide has none', async () => {
    // The single-file copy of the dashboard, opened from disk (jsdom's own address cannot be file:).
    vi.spyOn(document, 'URL', 'get').mockReturnValue('file:///home/presenter/dashboard/index.html');
    renderApp('/present?lang=en', { catalog: realCatalog() });
    const user = userEvent.setup();
    await user.click(await button('Share'));
    const dialog = await openDialog('Open this slide on a phone');
    expect(dialog).toHaveTextContent('This copy is opened from a file on this computer');
    expect(within(dialog).queryByRole('img')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Copy address' })).toBeNull();
    expect(document.querySelector('section[data-slide="title"] figure')).toBeNull();
  });
});
