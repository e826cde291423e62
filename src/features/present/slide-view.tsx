import type { TFunction } from 'i18next';
import { ChartFrame } from '../../components/chart-frame';
import { ChartTable } from '../../components/chart-table';
import { chartSources } from '../../components/chart-sources';
import type { KpiCardProps } from '../../components/kpi-card';
import { NameText } from '../../components/name-text';
import { PublishedBreak } from '../../components/published-break';
import { useT } from '../../components/use-settings';
import { CHART_TITLES, type ChartSpec } from '../../domain/chart-series';
import { formatDate, splitNumber, type Lang } from '../../domain/format';
import { formatFigure, secondaryCopyText, shortSourceName, sourceTitle, type Catalog } from '../../domain/figures';
import { sinceArticleCards } from '../../domain/since-article';
import { notFoundText, publishedBreak } from '../../domain/published-break';
import { joinList, punctuation } from '../../domain/punctuation';
import { listSlide, publishedOnSlide, type Slide } from '../../domain/slides';
import { SlideShare } from './slide-share';
import { SLIDE_CHART_DEFAULT, type SlideChartSize } from './slide-chart-size';
import '../../components/kpi-card.css';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/** One slide's content: big, high-contrast, nothing only on hover, its source at its foot. */
export interface SlideViewProps {
  slide: Slide;
  catalog: Catalog;
  /** The headline cards and charts, built once for the whole deck. */
  cards: readonly KpiCardProps[];
  charts: readonly ChartSpec[];
  /** The charts of the figures as published, one per unit. */
  published: readonly ChartSpec[];
  draw: boolean;
  /** Where the slide stands in the deck, from 1: the title slide shows a QR code of its address. */
  number?: number;
  /** The size its chart is drawn at, scaled by CSS to the room it has (slide-chart-size.ts). */
  chartSize?: SlideChartSize;
}

export function SlideView({
  slide,
  catalog,
  cards,
  charts,
  published,
  draw,
  number,
  chartSize = SLIDE_CHART_DEFAULT,
}: SlideViewProps) {
  const { t, lang } = useT();
  const article = catalog.sources.get('article');
  const mainSource = article ? sourceTitle(article, lang) : '';

  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide__body slide__body--title">
          <div className="slide__title-text">
            <h2 className="slide__heading slide__heading--title">{t('present.titleSlideHeading')}</h2>
            <p className="slide__sub">{t('present.titleSlideSub', { date: formatDate(catalog.dataset.asOf, lang) })}</p>
            <p className="slide__source">{t('present.titleSlideSource', { source: mainSource })}</p>
          </div>
          {number !== undefined && <SlideShare number={number} />}
        </div>
      );
    case 'figure': {
      const card = cards.find((c) => c.id === slide.figureId);
      if (!card) return null;
      const parts = splitNumber(card.value);
      return (
        <div className="slide__body slide__body--figure">
          <h2 className="slide__heading">{card.label}</h2>
          <p className="slide__value">
            {parts.before && <span className="slide__unit">{parts.before}</span>}
            <span className="slide__number">{parts.number}</span>
            {parts.after && <span className="slide__unit">{parts.after}</span>}
          </p>
          <p className="slide__meta">
            {card.change && (
              <span className={`slide__change kpi__change--${card.change.direction}`}>
                <span aria-hidden="true">{ARROWS[card.change.direction]} </span>
                {card.change.text}
              </span>
            )}
            <span>{card.period}</span>
          </p>
          {card.note && (
            <p className="slide__note">
              <strong>{card.note.label}</strong>
              {punctuation(lang).gap}
              {card.note.text}
            </p>
          )}
          {card.detail && <p className="slide__detail">{card.detail}</p>}
          <p className="slide__source">{t('present.figureSource', { source: card.source.title })}</p>
        </div>
      );
    }
    case 'chart': {
      const chart = charts.find((c) => c.id === slide.chartId);
      if (!chart) return null;
      return (
        <div className="slide__body slide__body--chart">
          {/* Drawn at a size chosen from the deck's box and scaled by CSS: a hidden slide has
              no box to measure. Charts load once the presenter is near them, so opening the
              deck costs no charting code. */}
          <ChartFrame
            chart={chart}
            view="chart"
            compact
            eager={draw}
            width={chartSize.width}
            height={chartSize.height}
            sources={chartSources(catalog, chart, lang)}
          />
          {/* Printed when the drawing is not there yet: the handout still has the numbers. */}
          <div className="slide__print-table">
            <ChartTable chart={chart} title={chart.title[lang]} />
          </div>
        </div>
      );
    }
    case 'published': {
      const chart = publishedOnSlide(published);
      return (
        <div className="slide__body slide__body--chart slide__body--published">
          <h2 className="slide__heading">{t('present.publishedTitle')}</h2>
          <div className="slide__published">
            {chart && (
              <div className="slide__published-chart">
                <ChartFrame
                  chart={chart}
                  view="chart"
                  compact
                  headingLevel={3}
                  eager={draw}
                  width={chartSize.dotsWidth}
                  sources={chartSources(catalog, chart, lang)}
                />
                <div className="slide__print-table">
                  <ChartTable chart={chart} title={chart.title[lang]} />
                </div>
              </div>
            )}
            <PublishedBreak
              id="slide-published-break"
              items={publishedBreak(catalog)}
              notFound={notFoundText(published, catalog.dataset.asOf)}
              title={t('present.breakTitle')}
              intro={t('present.breakIntro')}
            />
          </div>
        </div>
      );
    }
    case 'since': {
      const cards = sinceArticleCards(catalog);
      return (
        <div className="slide__body slide__body--list">
          <h2 className="slide__heading">{t('present.sinceTitle')}</h2>
          <ul className="slide__list slide__list--compact">
            {cards.map((card) => (
              <li key={card.id}>
                <span className="slide__item-name">{t(`overview.since.${card.id}`)}</span>
                <span className="slide__item-values">
                  {joinList(
                    card.figures.map((f) => formatFigure(f, lang)),
                    lang,
                    'enumeration',
                  )}
                </span>
                <span className="slide__item-extra">
                  {card.date ? formatDate(card.date, lang) : t('overview.sinceUndated')} ·{' '}
                  {shortSourceName(card.source, lang)}
                </span>
              </li>
            ))}
          </ul>
          <p className="slide__source">{t('present.sinceNote')}</p>
        </div>
      );
    }
    case 'bases':
    case 'exporters':
    case 'works': {
      const { items, sourceIds } = listSlide(slide.kind, catalog, lang);
      return (
        <div className="slide__body slide__body--list">
          <h2 className="slide__heading">{t(`present.${slide.kind}Title`)}</h2>
          <ul className={items.length > 8 ? 'slide__list slide__list--compact' : 'slide__list'}>
            {items.map(({ entity, extra }) => (
              <li key={entity.id}>
                <span className="slide__item-name">
                  <NameText name={entity.name} />
                </span>
                {extra && <span className="slide__item-extra">{extra}</span>}
              </li>
            ))}
          </ul>
          <p className="slide__source">
            {t('present.figureSource', {
              source: joinList(
                sourceIds
                  .map((id) => catalog.sources.get(id))
                  .flatMap((s) => (s ? [items.length > 8 ? shortSourceName(s, lang) : sourceTitle(s, lang)] : [])),
                lang,
                'semicolon',
              ),
            })}
          </p>
        </div>
      );
    }
    case 'sources':
      return (
        <div className="slide__body slide__body--list">
          <h2 className="slide__heading">{t('present.sourcesTitle')}</h2>
          <ul className="slide__list slide__list--sources slide__list--compact">
            {catalog.dataset.sources.map((s) => (
              <li key={s.id}>
                <span className="slide__item-name">{s.short[lang]}</span>
                <span className="slide__item-extra">
                  {[s.date ? formatDate(s.date, lang) : undefined, secondaryCopyText(s, lang)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
          <p className="slide__source">{t('present.sourcesNote')}</p>
        </div>
      );
  }
}

/** The slide's name, for its label and the announcement when it comes on screen. */
export function slideTitle(slide: Slide, catalog: Catalog, lang: Lang, t: TFunction): string {
  switch (slide.kind) {
    case 'title':
      return t('present.titleSlideHeading');
    case 'figure':
      return catalog.figures.get(slide.figureId)?.label[lang] ?? slide.figureId;
    case 'chart':
      return CHART_TITLES[slide.chartId][lang];
    case 'published':
      return t('present.publishedTitle');
    case 'since':
      return t('present.sinceTitle');
    case 'bases':
    case 'exporters':
    case 'works':
      return t(`present.${slide.kind}Title`);
    case 'sources':
      return t('present.sourcesTitle');
  }
}
