import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Link } from 'react-router';
import { SEARCH_TO_ADDRESS_MS, useAddressNotice, useSearchState } from '../../src/components/use-search-state';
import { boundedInt, idList, searchParser, text } from '../../src/domain/search-schema';
import { currentLocation, renderWithProviders } from './render';

/*
 * The address module through what a reader notices: what the address becomes, what the
 * notice names, what a field shows, across typing, quick clicks and links.
 */

const PARSER = searchParser({
  q: text(50),
  city: idList((id) => (['hangzhou', 'yiwu'].includes(id) ? id : undefined)),
  n: boundedInt(1, 99),
});

function Notice() {
  const { ignored, dismiss } = useAddressNotice();
  if (ignored.length === 0) return null;
  return (
    <div role="status">
      {ignored.map((i) => `${i.key}=${i.value}`).join(', ')}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

function Page({ placement }: { placement?: 'grouped' | 'inPlace' }) {
  const { values, set, type, latest } = useSearchState(PARSER, { placement });
  return (
    <>
      <input aria-label="Search" value={values.q ?? ''} onChange={(e) => type({ q: e.currentTarget.value })} />
      <output aria-label="n">{values.n ?? 'none'}</output>
      <button type="button" onClick={() => set({ city: ['yiwu'] })}>
        Yiwu
      </button>
      {/* Three steps in one handler: each must start from the one before, not from the render. */}
      <button
        type="button"
        onClick={() => {
          for (let i = 0; i < 3; i++) set({ n: (latest().n ?? 1) + 1 });
        }}
      >
        Three up
      </button>
      <Link to="/elsewhere?lang=en">Elsewhere</Link>
      <Notice />
    </>
  );
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('the address module', () => {
  it('writes a page’s fields in their order after the other keys, leaving defaults out', async () => {
    renderWithProviders(<Page />, { path: '/?city=hangzhou&lang=en&q=' });
    fireEvent.click(screen.getByRole('button', { name: 'Yiwu' }));
    await waitFor(() => expect(currentLocation().search).toBe('?lang=en&city=yiwu'));
  });

  it('changes only the named field, where it stands, when the page writes in place', async () => {
    renderWithProviders(<Page placement="inPlace" />, { path: '/?n=2&lang=en&q=Net' });
    fireEvent.click(screen.getByRole('button', { name: 'Three up' }));
    await waitFor(() => expect(currentLocation().search).toBe('?n=5&lang=en&q=Net'));
    expect(screen.getByRole('status', { name: 'n' })).toHaveTextContent('5');
  });

  it('drops what it does not understand and names it in the notice, which can be dismissed', async () => {
    renderWithProviders(<Page />, { path: '/?lang=en&city=atlantis,yiwu&n=1e309' });
    const notice = await screen.findByRole('status', { name: '' });
    expect(notice).toHaveTextContent('city=atlantis, n=1e309');
    expect(currentLocation().search).toBe('?lang=en&city=yiwu');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/atlantis/)).not.toBeInTheDocument());
    expect(currentLocation().search).toBe('?lang=en&city=yiwu');
  });

  it('shows typing at once and writes it a moment after the last key', async () => {
    renderWithProviders(<Page />, { path: '/?lang=en' });
    const box = screen.getByRole('textbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'ne' } });
    fireEvent.change(box, { target: { value: 'net' } });
    expect(box).toHaveValue('net');
    expect(currentLocation().searchParams.has('q')).toBe(false);
    await waitFor(() => expect(currentLocation().search).toBe('?lang=en&q=net'));
    expect(box).toHaveValue('net');
  });

  it('a click right after typing writes both, and the typed text never flickers away', async () => {
    renderWithProviders(<Page />, { path: '/?lang=en' });
    const box = screen.getByRole('textbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'net' } });
    fireEvent.click(screen.getByRole('button', { name: 'Yiwu' }));
    expect(box).toHaveValue('net');
    await waitFor(() => expect(currentLocation().search).toBe('?lang=en&q=net&city=yiwu'));
    await wait(SEARCH_TO_ADDRESS_MS + 100);
    expect(currentLocation().search).toBe('?lang=en&q=net&city=yiwu');
  });

  it('a search typed just before a link is followed does not come back into the new address', async () => {
    renderWithProviders(<Page />, { path: '/?lang=en' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Search' }), { target: { value: 'net' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await waitFor(() => expect(currentLocation().pathname).toBe('/elsewhere'));
    await wait(SEARCH_TO_ADDRESS_MS + 100);
    expect(currentLocation().search).toBe('?lang=en');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('');
  });
});
