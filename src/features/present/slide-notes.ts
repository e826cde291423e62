import type { TFunction } from 'i18next';
import type { KpiCardProps } from '../../components/kpi-card';
import type { Figure } from '../../data/schema';
import { derivedPoints, type ChartSpec } from '../../domain/chart-series';
import { chartSubtitle, describeChart, formatPointValue } from '../../domain/chart-text';
import { sourceTitle, type Catalog } from '../../domain/figures';
import { formatDate, type Lang } from '../../domain/format';
import { growthOf } from '../../domain/headline';
import { publishedBreak } from '../../domain/published-break';
import { punctuation, yearLabel } from '../../domain/punctuation';
import { sinceArticleCards } from '../../domain/since-article';
import { publishedOnSlide, type Slide } from '../../domain/slides';

/*
 * A slide's speaker notes, from the dataset alone: what the figure covers, its note, caveat and
 * clarification, the formula of every derived value, and where it comes from. Nothing here is
 * typed in for a slide: the presenter view and the PowerPoint file both read these lines.
 */

/** What the notes of a deck are made from: the same cards and charts the slides show. */
export interface NotesContext {
  catalog: Catalog;
  lang: Lang;
  t: TFunction;
  cards: readonly KpiCardProps[];
  charts: readonly ChartSpec[];
  published: readonly ChartSpec[];
}

function sourcesOf(ids: readonly string[], { catalog, lang }: NotesContext): string {
  const p = punctuation(lang);
  return [...new Set(ids)]
    .map((id) => catalog.sources.get(id))
    .flatMap((s) => (s ? [sourceTitle(s, lang)] : []))
    .join(p.semicolon);
}

function formulaLine(f: Figure | undefined, label: string, ctx: NotesContext): string | undefined {
  if (!f?.formula) return undefined;
  return ctx.t('present.notes.formula', { what: label, formula: f.formula[ctx.lang] });
}

function figureNotes(figureId: string, ctx: NotesContext): string[] {
  const { catalog, lang, t } = ctx;
  const figure = catalog.figures.get(figureId);
  const card = ctx.cards.find((c) => c.id === figureId);
  if (!figure || !card) return [];
  const growth = growthOf(catalog, figure);
  return [
    t('present.notes.covers', { label: card.label, period: card.period, value: card.value }),
    card.change && t('present.notes.change', { change: card.change.text }),
    card.note && t('present.notes.note', { text: card.note.text }),
    figure.caveat && t('present.notes.caveat', { text: figure.caveat[lang] }),
    card.detail && t('present.notes.detail', { text: card.detail }),
    formulaLine(figure, card.label, ctx),
    formulaLine(growth, t('present.notes.changeWord'), ctx),
    figure.quote && t('present.notes.quote', { quote: figure.quote }),
    t('present.notes.tier', { tier: t(`tier.${figure.tier}`) }),
    t('present.notes.source', { source: card.source.title }),
  ].filter((line): line is string => Boolean(line));
}

function chartNotes(chart: ChartSpec | undefined, ctx: NotesContext): string[] {
  if (!chart) return [];
  const { lang, t } = ctx;
  const p = punctuation(lang);
  return [
    t('present.notes.chartCovers', { title: chart.title[lang], unit: chartSubtitle(chart, lang) }),
    describeChart(chart, lang),
    ...derivedPoints(chart).map(({ series, point }) =>
      t('present.notes.derivedPoint', {
        what: `${series.label[lang]}${p.gap}${yearLabel(point.year, lang)}`,
        value: formatPointValue(point, chart, lang),
        formula: point.figure.formula?.[lang] ?? '',
      }),
    ),
    t('present.notes.source', { source: sourcesOf(chart.sourceIds, ctx) }),
  ];
}

function listNotes(kinds: readonly string[], ctx: NotesContext): string[] {
  const items = ctx.catalog.dataset.entities.filter((e) => kinds.includes(e.kind));
  return [
    ctx.t('present.notes.listed', { count: items.length }),
    ctx.t('present.notes.source', {
      source: sourcesOf(
        items.flatMap((e) => e.sourceIds),
        ctx,
      ),
    }),
  ];
}

/** The speaker notes of one slide, one line each, in the context's language. */
export function slideNotes(slide: Slide, ctx: NotesContext): string[] {
  const { catalog, lang, t } = ctx;
  const p = punctuation(lang);
  switch (slide.kind) {
    case 'title': {
      const article = catalog.sources.get('article');
      return [
        t('present.notes.asOf', { date: formatDate(catalog.dataset.asOf, lang) }),
        ...(article ? [t('present.notes.source', { source: sourceTitle(article, lang) })] : []),
      ];
    }
    case 'figure':
      return figureNotes(slide.figureId, ctx);
    case 'chart':
      return chartNotes(
        ctx.charts.find((c) => c.id === slide.chartId),
        ctx,
      );
    case 'published': {
      const chart = publishedOnSlide(ctx.published);
      return [
        ...(chart ? [describeChart(chart, lang)] : []),
        ...publishedBreak(catalog).map(
          (item) =>
            `${item.title[lang]}${p.colon}${item.formulas.map((f) => f[lang]).join(p.semicolon)}${p.semicolon}${item.note[lang]}`,
        ),
        ...(chart ? [t('present.notes.source', { source: sourcesOf(chart.sourceIds, ctx) })] : []),
      ];
    }
    case 'since':
      return sinceArticleCards(catalog).map((card) => {
        const source = sourceTitle(card.source, lang);
        const date = card.date ? formatDate(card.date, lang) : t('overview.sinceUndated');
        return `${t(`overview.since.${card.id}`)}${p.colon}${date}${p.semicolon}${source}`;
      });
    case 'bases':
      return listNotes(['base', 'platform'], ctx);
    case 'exporters':
      return listNotes(['exporter'], ctx);
    case 'works':
      return listNotes(['work'], ctx);
    case 'sources':
      return [t('present.notes.sourcesCount', { count: catalog.dataset.sources.length })];
  }
}
