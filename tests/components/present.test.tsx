import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
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
    expect(currentSlide()).toHaveAttribute('aria-label', 'Slide 3 of 15: Culture-services exports');
    const user = userEvent.setup();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(currentLocation().searchParams.get('slide')).toBe('4'));
    await waitFor(() =>
      expect(currentSlide().getAttribute('aria-label')).toMatch(/^Slide 4 of 15: Rank of the Film and TV/),
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
      expect(screen.getByText('Slide 15 of 15: Sources', { selector: '[aria-live]' })).toBeInTheDocument(),
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
    expect(currentSlide()).toHaveAttribute('aria-label', expect.stringMatching(/^Slide 3 of 15: /));
  });

  it('shows the published figures after the growth charts, with the break that explains them', async () => {
    await openDeck('/present?lang=en&slide=10');
    const slide = currentSlide();
    expect(slide).toHaveAttribute('aria-label', 'Slide 10 of 15: Published figures over time');
    expect(within(slide).getByRole('heading', { level: 2, name: 'Published figures over time' })).toBeInTheDocument();
    const why = within(slide).getByRole('region', { name: 'Why these years are not one series' });
    expect(why).toHaveTextContent('1.664 ÷ 1.10 ≈ 1.51 billion yuan');
    expect(why).toHaveTextContent('14.157 ÷ 1.1445 ≈ 12.37 billion yuan');
    expect(within(slide).getByRole('region', { name: 'Published in yuan, report by report' })).toBeInTheDocument();
  });

  it('shows what later sources published, newest first, each card with its date and source, in both languages', async () => {
    await openDeck('/present?lang=en&slide=11');
    const slide = currentSlide();
    expect(slide).toHaveAttribute('aria-label', 'Slide 11 of 15: Since the article');
    const items = within(slide).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Hangzhou’s listings on the national key enterprise lists');
    expect(items[0]).toHaveTextContent('21 October 2025');
    expect(items.at(-1)).toHaveTextContent('The province’s second national culture export base');
    expect(within(slide).getByText(/Jimu News \(copy\) \(secondary copy\)/)).toBeInTheDocument();
  });

  it('names the since-the-article slide in Chinese, ?slides=since', async () => {
    await openDeck('/present?lang=zh&slides=since');
    const slide = currentSlide();
    expect(slide).toHaveAttribute('aria-label', '第1页，共1页：原文之后');
    expect(within(slide).getByText('2025—2026年度国家文化出口重点企业和重点项目')).toBeInTheDocument();
    expect(within(slide).getByText(/转载未注明日期/)).toBeInTheDocument();
  });

  it('opens the published slide by name, in Chinese', async () => {
    await openDeck('/present?lang=zh&slides=published');
    const slide = currentSlide();
    expect(slide).toHaveAttribute('aria-label', '第1页，共1页：历年公布数据');
    const why = within(slide).getByRole('region', { name: '为什么这些年份不能连成一个序列' });
    expect(why).toHaveTextContent('16.64 ÷ 1.10 ≈ 15.1亿元');
    expect(why).toHaveTextContent('141.57 ÷ 1.1445 ≈ 123.7亿元');
    expect(within(slide).getByRole('link', { name: /二手转载（原载：浙江省商务厅）/ })).toBeInTheDocument();
  });

  it('says in Chinese which slide is on screen', async () => {
    await openDeck('/present?lang=zh&slide=2');
    expect(currentSlide()).toHaveAttribute('aria-label', '第2页，共15页：文化服务贸易进出口');
    expect(currentSlide()).toHaveTextContent('141.6');
  });
});
