import { CHART_IDS, type ChartId } from './chart-series';
import { isHeadlineFigure, type Catalog } from './figures';
import type { IgnoredParam } from './params';

/*
 * The deck of present mode, from the figures: which slides, in which order, and where the
 * address says to start. `?slides=title,trade-total,chart-trade` chooses and orders them;
 * `?slide=3` (from 1) is the one on screen. Nothing here throws on a bad address.
 */

export type Slide =
  | { id: 'title'; kind: 'title' }
  | { id: string; kind: 'figure'; figureId: string }
  | { id: `chart-${ChartId}`; kind: 'chart'; chartId: ChartId }
  | { id: 'bases' | 'exporters' | 'works' | 'sources'; kind: 'bases' | 'exporters' | 'works' | 'sources' };

/** Every slide the figures allow, in the default order. */
export function allSlides(catalog: Catalog): Slide[] {
  const figures = catalog.dataset.figures;
  const entities = catalog.dataset.entities;
  const slides: Slide[] = [{ id: 'title', kind: 'title' }];
  for (const f of figures) if (isHeadlineFigure(f, figures)) slides.push({ id: f.id, kind: 'figure', figureId: f.id });
  for (const chartId of CHART_IDS) slides.push({ id: `chart-${chartId}` as const, kind: 'chart', chartId });
  if (entities.some((e) => e.kind === 'base' || e.kind === 'platform')) slides.push({ id: 'bases', kind: 'bases' });
  if (entities.some((e) => e.kind === 'exporter')) slides.push({ id: 'exporters', kind: 'exporters' });
  if (entities.some((e) => e.kind === 'work')) slides.push({ id: 'works', kind: 'works' });
  slides.push({ id: 'sources', kind: 'sources' });
  return slides;
}

/** The default deck leaves out the two charts that repeat what the first two show in other terms. */
const NOT_BY_DEFAULT = new Set(['chart-share', 'chart-balance']);

const MAX_SHOWN = 60;
const clip = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

export interface Deck {
  slides: Slide[];
  /** 0-based index of the slide on screen. */
  index: number;
  /** True when the slides are the address's choice, not the default deck. */
  chosen: boolean;
  ignored: IgnoredParam[];
}

/** The deck and the slide on screen, as the address asks, with whatever it asked that does not exist. */
export function parseDeck(params: URLSearchParams, catalog: Catalog): Deck {
  const ignored: IgnoredParam[] = [];
  const available = allSlides(catalog);
  const byId = new Map(available.map((s) => [s.id, s]));
  const [chosen, ...repeated] = params.getAll('slides');
  repeated.forEach((value) => ignored.push({ key: 'slides', value: clip(value) }));

  let slides: Slide[] = [];
  if (chosen !== undefined) {
    const seen = new Set<string>();
    for (const raw of chosen.split(',')) {
      const id = raw.trim();
      if (!id) continue;
      const slide = byId.get(id) ?? byId.get(id.toLowerCase());
      if (!slide || seen.has(slide.id)) {
        ignored.push({ key: 'slides', value: clip(id) });
        continue;
      }
      seen.add(slide.id);
      slides.push(slide);
    }
  }
  const chosenDeck = slides.length > 0;
  if (!chosenDeck) slides = available.filter((s) => !NOT_BY_DEFAULT.has(s.id));

  const [slideRaw, ...slideRepeated] = params.getAll('slide');
  slideRepeated.forEach((value) => ignored.push({ key: 'slide', value: clip(value) }));
  let index = 0;
  if (slideRaw !== undefined) {
    const n = /^\s*\d{1,6}\s*$/.test(slideRaw) ? Number.parseInt(slideRaw, 10) : Number.NaN;
    if (n >= 1 && n <= slides.length) index = n - 1;
    else ignored.push({ key: 'slide', value: clip(slideRaw) });
  }
  return { slides, index, chosen: chosenDeck, ignored };
}

/** Seconds between slides for a lobby screen (?auto=20): 3 to 3600, else none. */
export function parseAuto(params: URLSearchParams): { seconds: number | undefined; ignored: IgnoredParam[] } {
  const raw = params.get('auto');
  if (raw === null) return { seconds: undefined, ignored: [] };
  const n = /^\s*\d{1,4}\s*$/.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
  if (n >= 3 && n <= 3600) return { seconds: n, ignored: [] };
  return { seconds: undefined, ignored: [{ key: 'auto', value: clip(raw) }] };
}
