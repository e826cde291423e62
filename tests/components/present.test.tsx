import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentLocation, realCatalog, renderApp } from './render';

vi.setConfig({ testTimeout: 15_000 });

function currentSlide(): HTMLElement {
  const slide = document.querySelector<HTMLElement>('section.slide--current');
  if (!slide) throw new Error('no slide on screen');
  return slide;
}

async function openDeck(path: string) {
  renderApp(path, { catalog: realCatalog() });
  await screen.findByRole('progressbar', {}, { timeout: 5000 });
}

describe('present mode: slide and address', () => {
  it('opens on the slide the address names, and writes each step back into it', async () => {
    await openDeck('/present?lang=en&slide=3');
    expect(currentSlide()).toHaveAttribute('aria-label', 'Slide 3 of 13: Culture-services exports');
    const user = userEvent.setup();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(currentLocation().searchParams.get('slide')).toBe('4'));
    await waitFor(() =>
      expect(currentSlide().getAttribute('aria-label')).toMatch(/^Slide 4 of 13: Rank of the Film and TV/),
    );
    await user.keyboard('{PageUp}{PageUp}');
    await waitFor(() => expect(currentLocation().searchParams.get('slide')).toBe('2'));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  });

  it('titles the bases slide with what the sources call them, not all national bases', async () => {
    await openDeck('/present?lang=en&slides=bases');
    expect(currentSlide().getAttribute('aria-label')).toBe('Slide 1 of 1: Export bases, zones and platform');
    expect(screen.queryByText('National culture export bases')).toBeNull();
  });

  it('announces the slide on screen to screen readers', async () => {
    await openDeck('/present?lang=en');
    const user = userEvent.setup();
    await user.keyboard('{End}');
    await waitFor(() =>
      expect(screen.getByText('Slide 13 of 13: Sources', { selector: '[aria-live]' })).toBeInTheDocument(),
    );
  });

  it('leaves keys typed into a field to the field', async () => {
    await openDeck('/present?lang=en&slide=2');
    const input = document.createElement('input');
    document.body.append(input);
    const user = userEvent.setup();
    await user.click(input);
    await user.keyboard('n{PageDown}');
    expect(input).toHaveValue('n');
    input.remove();
    // Out of the field the same keys work: one step from 2, not three.
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(currentLocation().searchParams.get('slide')).toBe('3'));
    expect(currentSlide()).toHaveAttribute('aria-label', expect.stringMatching(/^Slide 3 of 13: /));
  });

  it('says in Chinese which slide is on screen', async () => {
    await openDeck('/present?lang=zh&slide=2');
    expect(currentSlide()).toHaveAttribute('aria-label', '第2页，共13页：文化服务贸易进出口');
    expect(currentSlide()).toHaveTextContent('141.6');
  });
});
