import { chartSources } from '../../components/chart-sources';
import { chartGrid, CHART_TITLES, type ChartSpec } from '../../domain/chart-series';
import { chartScale, chartSubtitle, formatPointLabel } from '../../domain/chart-text';
import {
  displayName,
  formatFigure,
  secondaryCopyText,
  shortSourceName,
  sourceTitle,
  type Catalog,
} from '../../domain/figures';
import { formatDate, splitNumber, type Lang } from '../../domain/format';
import { publishedBreak } from '../../domain/published-break';
import { joinList, punctuation } from '../../domain/punctuation';
import { sinceArticleCards } from '../../domain/since-article';
import { listSlide, publishedOnSlide, type ListSlideKind, type Slide } from '../../domain/slides';
import { slideNotes, type NotesContext } from './slide-notes';

/*
 * The deck as a PowerPoint file sees it: every slide's texts, chart series and notes, already
 * in the deck's language and currency, and nothing about drawing. Built from the same cards,
 * charts and helpers the slides on screen use, so the file says what the screen says.
 */

/** A native chart: categories down the axis, one series per column, each point's own label. */
export interface PptxChart {
  shape: 'line' | 'bar';
  /** One colour for every bar (the rows of one series), not one per row. */
  oneColour?: boolean;
  categories: string[];
  series: {
    name: string;
    /** In the axis unit (billion yuan, 亿元, percent); null where the chart has no point. */
    values: (number | null)[];
    /** The label drawn at each point, as on screen: "13.16", "≈10.37", "+26.91%". */
    labels: (string | null)[];
  }[];
  /** The axis unit and the years: "Billion yuan, 2019–2020". */
  unitLine: string;
}

interface SlideBase {
  id: string;
  heading: string;
  /** The source line at the slide's foot. */
  source: string;
  notes: string[];
}

export type PptxSlide =
  | (SlideBase & { kind: 'title'; sub: string })
  | (SlideBase & {
      kind: 'figure';
      value: { before: string; number: string; after: string };
      /** The change and the period, on one line. */
      meta: string;
      lines: string[];
    })
  | (SlideBase & { kind: 'chart'; chart: PptxChart; side: string[] })
  | (SlideBase & { kind: 'list'; items: { name: string; extra: string }[] });

export interface DeckModel {
  lang: Lang;
  title: string;
  slides: PptxSlide[];
}

/** A chart's grid as PowerPoint series: rows become categories, columns series. */
export function pptxChart(chart: ChartSpec, lang: Lang, catalog: Catalog): PptxChart {
  const { rows, columns } = chartGrid(chart);
  const { divisor } = chartScale(chart, lang);
  if (chart.shape.kind === 'dots') {
    // One point per row, each labelled with what it measures: one series, no empty cells.
    const points = rows.map((r) => Object.values(r.cells).find((p) => p !== undefined));
    return {
      shape: 'bar',
      oneColour: true,
      // Two rows of one measure and year differ by their source: the label says which.
      categories: rows.map((r, i) => {
        const first = points[i]?.figure.sourceIds[0];
        const source = first ? catalog.sources.get(first) : undefined;
        return source ? `${r.label[lang]} · ${shortSourceName(source, lang)}` : r.label[lang];
      }),
      series: [
        {
          name: chart.title[lang],
          values: points.map((p) => (p ? p.value / divisor : null)),
          labels: points.map((p) => (p ? formatPointLabel(p, chart, lang) : null)),
        },
      ],
      unitLine: chartSubtitle(chart, lang),
    };
  }
  return {
    shape: chart.shape.kind === 'line' ? 'line' : 'bar',
    categories: rows.map((r) => r.label[lang]),
    series: columns.map((c) => ({
      name: c.label[lang],
      values: rows.map((r) => {
        const p = r.cells[c.key];
        return p ? p.value / divisor : null;
      }),
      labels: rows.map((r) => {
        const p = r.cells[c.key];
        return p ? formatPointLabel(p, chart, lang) : null;
      }),
    })),
    unitLine: chartSubtitle(chart, lang),
  };
}

/** The sources under a chart: by their titles, or by their short names when there are many (the notes have the titles). */
function chartSourceLine(chart: ChartSpec, ctx: NotesContext): string {
  const names =
    chart.sourceIds.length > 2
      ? chart.sourceIds.flatMap((id) => {
          const s = ctx.catalog.sources.get(id);
          return s ? [shortSourceName(s, ctx.lang)] : [];
        })
      : chartSources(ctx.catalog, chart, ctx.lang).map((s) => s.name);
  return ctx.t('present.figureSource', { source: joinList(names, ctx.lang, 'semicolon') });
}

function listItems(
  kind: ListSlideKind,
  ctx: NotesContext,
): { items: { name: string; extra: string }[]; source: string } {
  const { catalog, lang, t } = ctx;
  const { items, sourceIds } = listSlide(kind, catalog, lang);
  const sources = sourceIds.map((id) => catalog.sources.get(id)).flatMap((s) => (s ? [shortSourceName(s, lang)] : []));
  return {
    items: items.map(({ entity, extra }) => ({ name: displayName(entity.name, lang).text, extra })),
    source: t('present.figureSource', { source: joinList(sources, lang, 'semicolon') }),
  };
}

function slideModel(slide: Slide, ctx: NotesContext): PptxSlide | undefined {
  const { catalog, lang, t } = ctx;
  const notes = slideNotes(slide, ctx);
  const base = { id: slide.id, notes };
  switch (slide.kind) {
    case 'title': {
      const article = catalog.sources.get('article');
      return {
        ...base,
        kind: 'title',
        heading: t('present.titleSlideHeading'),
        sub: t('present.titleSlideSub', { date: formatDate(catalog.dataset.asOf, lang) }),
        source: t('present.titleSlideSource', { source: article ? sourceTitle(article, lang) : '' }),
      };
    }
    case 'figure': {
      const card = ctx.cards.find((c) => c.id === slide.figureId);
      if (!card) return undefined;
      const p = punctuation(lang);
      return {
        ...base,
        kind: 'figure',
        heading: card.label,
        value: splitNumber(card.value),
        meta: [card.change?.text, card.period].filter(Boolean).join(' · '),
        lines: [card.note && `${card.note.label}${p.gap}${card.note.text}`, card.detail].filter((l): l is string =>
          Boolean(l),
        ),
        source: t('present.figureSource', { source: card.source.title }),
      };
    }
    case 'chart': {
      const chart = ctx.charts.find((c) => c.id === slide.chartId);
      if (!chart) return undefined;
      return {
        ...base,
        kind: 'chart',
        heading: CHART_TITLES[slide.chartId][lang],
        chart: pptxChart(chart, lang, catalog),
        side: [],
        source: chartSourceLine(chart, ctx),
      };
    }
    case 'published': {
      const chart = publishedOnSlide(ctx.published);
      if (!chart) return undefined;
      const p = punctuation(lang);
      return {
        ...base,
        kind: 'chart',
        heading: t('present.publishedTitle'),
        chart: pptxChart(chart, lang, catalog),
        side: [
          t('present.breakTitle'),
          ...publishedBreak(catalog).map((item) => `${item.title[lang]}${p.colon}${item.note[lang]}`),
        ],
        source: chartSourceLine(chart, ctx),
      };
    }
    case 'since':
      return {
        ...base,
        kind: 'list',
        heading: t('present.sinceTitle'),
        items: sinceArticleCards(catalog).map((card) => ({
          name: t(`overview.since.${card.id}`),
          extra: [
            joinList(
              card.figures.map((f) => formatFigure(f, lang)),
              lang,
              'enumeration',
            ),
            card.date ? formatDate(card.date, lang) : t('overview.sinceUndated'),
            shortSourceName(card.source, lang),
          ].join(' · '),
        })),
        source: t('present.sinceNote'),
      };
    case 'bases':
    case 'exporters':
    case 'works': {
      return { ...base, kind: 'list', heading: t(`present.${slide.kind}Title`), ...listItems(slide.kind, ctx) };
    }
    case 'sources':
      return {
        ...base,
        kind: 'list',
        heading: t('present.sourcesTitle'),
        items: catalog.dataset.sources.map((s) => ({
          name: s.short[lang],
          extra: [s.date ? formatDate(s.date, lang) : undefined, secondaryCopyText(s, lang)]
            .filter(Boolean)
            .join(' · '),
        })),
        source: t('present.sourcesNote'),
      };
  }
}

/** The deck's slides, in the deck's order, as the file will hold them. */
export function deckModel(slides: readonly Slide[], ctx: NotesContext): DeckModel {
  return {
    lang: ctx.lang,
    title: ctx.t('present.titleSlideHeading'),
    slides: slides.flatMap((s) => {
      const model = slideModel(s, ctx);
      return model ? [model] : [];
    }),
  };
}
