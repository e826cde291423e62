import type { Entity } from '../data/schema';
import { CHART_IDS, type ChartSpec, type GrowthChartId } from './chart-series';
import type { Catalog } from './figures';
import type { Lang } from './format';
import { isHeadline } from './headline';
import { publishedCharts } from './published-series';
import { sinceArticleCards } from './since-article';
import {
  boundedInt,
  clip,
  idList,
  oneOf,
  parseSearch,
  searchParser,
  type IgnoredParam,
  type SearchParser,
} from './search-schema';

/*
 * The deck of present mode, from the figures: which slides, in which order, and where the
 * address says to start. `?slides=title,trade-total,chart-trade,published` chooses and orders them;
 * `?slide=3` (from 1) is the one on screen. Nothing here throws on a bad address.
 */

export type Slide =
  | { id: 'title'; kind: 'title' }
  | { id: string; kind: 'figure'; figureId: string }
  | { id: `chart-${GrowthChartId}`; kind: 'chart'; chartId: GrowthChartId }
  /** Every figure as each report published it, and why the years are not one series. */
  | { id: 'published'; kind: 'published' }
  /** What later sources have published, newest first (src/domain/since-article.ts). */
  | { id: 'since'; kind: 'since' }
  | { id: 'bases' | 'exporters' | 'works' | 'sources'; kind: 'bases' | 'exporters' | 'works' | 'sources' };

/** Every slide the figures allow, in the default order. */
export function allSlides(catalog: Catalog): Slide[] {
  const figures = catalog.dataset.figures;
  const entities = catalog.dataset.entities;
  const slides: Slide[] = [{ id: 'title', kind: 'title' }];
  for (const f of figures) if (isHeadline(f)) slides.push({ id: f.id, kind: 'figure', figureId: f.id });
  for (const chartId of CHART_IDS) slides.push({ id: `chart-${chartId}` as const, kind: 'chart', chartId });
  if (publishedCharts(catalog).length > 0) slides.push({ id: 'published', kind: 'published' });
  if (sinceArticleCards(catalog).length > 0) slides.push({ id: 'since', kind: 'since' });
  if (entities.some((e) => e.kind === 'base' || e.kind === 'platform')) slides.push({ id: 'bases', kind: 'bases' });
  if (entities.some((e) => e.kind === 'exporter')) slides.push({ id: 'exporters', kind: 'exporters' });
  if (entities.some((e) => e.kind === 'work')) slides.push({ id: 'works', kind: 'works' });
  slides.push({ id: 'sources', kind: 'sources' });
  return slides;
}

/** The published chart the published slide has room for: the yuan figures, where the contradictions are. */
export function publishedOnSlide(published: readonly ChartSpec[]): ChartSpec | undefined {
  return published.find((c) => c.id === 'published-cny') ?? published[0];
}

export type ListSlideKind = 'bases' | 'exporters' | 'works';

const LIST_KINDS: Record<ListSlideKind, readonly Entity['kind'][]> = {
  bases: ['base', 'platform'],
  exporters: ['exporter'],
  works: ['work'],
};

/**
 * What a list slide shows, on screen and in the PowerPoint file alike: its entities in the
 * dataset's order, each with its city and sector line, and the sources they come from.
 */
export function listSlide(
  kind: ListSlideKind,
  catalog: Catalog,
  lang: Lang,
): { items: { entity: Entity; extra: string }[]; sourceIds: string[] } {
  const entities = catalog.dataset.entities.filter((e) => LIST_KINDS[kind].includes(e.kind));
  const items = entities.map((entity) => {
    const city = entity.cityId ? catalog.entities.get(entity.cityId) : undefined;
    return { entity, extra: [city?.name[lang] ?? city?.name.en, entity.sector?.[lang]].filter(Boolean).join(' · ') };
  });
  return { items, sourceIds: [...new Set(entities.flatMap((e) => e.sourceIds))] };
}

/** The default deck leaves out the two charts that repeat what the first two show in other terms. */
const NOT_BY_DEFAULT = new Set(['chart-share', 'chart-balance']);

export interface Deck {
  slides: Slide[];
  /** 0-based index of the slide on screen. */
  index: number;
  /** True when the slides are the address's choice, not the default deck. */
  chosen: boolean;
  ignored: IgnoredParam[];
}

/** The address's choice when it names at least one slide, else the default deck. */
function deckOf(chosen: readonly Slide[] | undefined, available: readonly Slide[]): Slide[] {
  return chosen && chosen.length > 0 ? [...chosen] : available.filter((s) => !NOT_BY_DEFAULT.has(s.id));
}

/*
 * How long the deck is depends on `slides`, so the field bounds only how a slide number may be
 * written (up to six digits) and the deck's own length is checked once `slides` is read.
 */
const ANY_SLIDE = 999_999;

function deckReading(catalog: Catalog) {
  const available = allSlides(catalog);
  const byId = new Map(available.map((s) => [s.id, s]));
  const schema = {
    slides: idList(
      (id) => byId.get(id) ?? byId.get(id.toLowerCase()),
      (slide) => slide.id,
    ),
    slide: boundedInt(1, ANY_SLIDE),
  };
  const parser: SearchParser<typeof schema> = {
    schema,
    parse(params) {
      const result = parseSearch(params, schema);
      const { slide, slides } = result.values;
      if (slide !== undefined && slide > deckOf(slides, available).length) {
        delete result.values.slide;
        result.ignored.push({ key: 'slide', value: clip(params.get('slide') ?? '') });
      }
      return result;
    },
  };
  return { parser, available };
}

/** The deck's keys, `slide` checked against the deck the address asks for. */
export function deckSearch(catalog: Catalog) {
  return deckReading(catalog).parser;
}

/** The deck and the slide on screen that the address's values (read by deckSearch) ask for. */
export function deckFrom(
  values: { slides?: readonly Slide[]; slide?: number },
  catalog: Catalog,
): Omit<Deck, 'ignored'> {
  const chosen = values.slides !== undefined && values.slides.length > 0;
  return { slides: deckOf(values.slides, allSlides(catalog)), index: (values.slide ?? 1) - 1, chosen };
}

/** The deck and the slide on screen, as the address asks, with whatever it asked that does not exist. */
export function parseDeck(params: URLSearchParams, catalog: Catalog): Deck {
  const { values, ignored } = deckReading(catalog).parser.parse(params);
  return { ...deckFrom(values, catalog), ignored };
}

export const AUTO_SEARCH = searchParser({ auto: boundedInt(3, 3600) });

/** ?view=presenter: the presenter's window (current and next slide, notes, timer), not the room's. */
export const VIEW_SEARCH = searchParser({ view: oneOf(['presenter'] as const) });

/** Seconds between slides for a lobby screen (?auto=20): 3 to 3600, else none. */
export function parseAuto(params: URLSearchParams): { seconds: number | undefined; ignored: IgnoredParam[] } {
  const { values, ignored } = AUTO_SEARCH.parse(params);
  return { seconds: values.auto, ignored };
}
