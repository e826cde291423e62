import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import { Button } from '../../components/button';
import { overviewCards } from '../../components/headline-cards';
import { usePageTitle } from '../../components/use-page-title';
import { useHydrated } from '../../components/use-hydrated';
import { useSettings, useT } from '../../components/use-settings';
import { growthCharts } from '../../domain/chart-series';
import type { DeckAction } from '../../domain/deck';
import { publishedCharts } from '../../domain/published-series';
import { langName, langTag, otherLang } from '../../domain/punctuation';
import { ShareDialog } from './share-dialog';
import { SlideView, slideTitle } from './slide-view';
import { useAutoAdvance } from './use-auto-advance';
import { useDeck } from './use-deck';
import { DownloadStatusLine } from './download-status';
import { useDeckDownload } from './use-deck-download';
import { useDeckSync } from './use-deck-sync';
import { usePresenterWindow } from './use-presenter-window';
import { useProjectorToggle } from '../../components/use-theme';
import { useDeckKeys } from './use-deck-keys';
import { useEngaged } from './use-engaged';
import { useFullscreen } from './use-fullscreen';
import { useIdleCursor } from './use-idle-cursor';
import { useSwipe } from './use-swipe';
import { useSlideChartSize } from './slide-chart-size';
import './present.css';
import './present-fit.css';

// Loaded when asked for: the help on ?, the presenter's window with view=presenter.
const HelpDialog = lazy(() => import('./help-dialog').then((m) => ({ default: m.HelpDialog })));
const PresenterView = lazy(() => import('./presenter-view').then((m) => ({ default: m.PresenterView })));

/**
 * Present mode: the figures as slides for a projector. The slide on screen is in the address
 * (?slide=3), so a reload or a shared link lands on it; the deck can be chosen and ordered
 * (?slides=title,trade-total,chart-trade,published); ?auto=20 advances on its own for a lobby screen.
 * Every slide is in the page, so printing gives one landscape page per slide.
 */
export function PresentPage() {
  const catalog = useCatalog();
  const { t, lang } = useT();
  const { setLang, currency } = useSettings();
  const cards = useMemo(() => overviewCards(catalog, lang, currency, t), [catalog, lang, currency, t]);
  const charts = useMemo(() => growthCharts(catalog, currency), [catalog, currency]);
  const published = useMemo(() => publishedCharts(catalog), [catalog]);
  usePageTitle(t('present.title'));

  const { deck, shown, auto, screen, presenter: isPresenter, dispatch } = useDeck(catalog);
  const count = deck.slides.length;
  const stage = useRef<HTMLDivElement>(null);
  const deckBox = useRef<HTMLDivElement>(null);
  const chartSize = useSlideChartSize(deckBox);
  const fullscreen = useFullscreen(stage);
  const [sharing, setSharing] = useState(false);
  const notes = useMemo(
    () => ({ catalog, lang, currency, t, cards, charts, published }),
    [catalog, lang, currency, t, cards, charts, published],
  );
  const download = useDeckDownload(deck.slides, notes);
  const presenter = usePresenterWindow(isPresenter);
  const projector = useProjectorToggle();
  const act = useCallback(
    (action: DeckAction) => {
      switch (action.type) {
        case 'fullscreen':
          return fullscreen.toggle();
        case 'download':
          return download.start();
        case 'presenter':
          return presenter.open();
        case 'share':
          return setSharing((on) => !on);
        case 'projector':
          return projector.toggle();
        case 'escape':
          fullscreen.exit();
          setSharing(false);
      }
      dispatch(action);
    },
    [dispatch, fullscreen, download, presenter, projector],
  );
  const next = useCallback(() => act({ type: 'next' }), [act]);
  const prev = useCallback(() => act({ type: 'prev' }), [act]);
  const goto = useCallback((index: number) => act({ type: 'goto', index }), [act]);
  const keys = useDeckKeys(act);
  useAutoAdvance({ seconds: auto, shown, count, paused: screen.black || screen.help, restart: keys, goto });
  useSwipe(stage, next, prev);
  const idle = useIdleCursor();
  // Charting code loads when the presenter comes near a chart, or once they start using the deck.
  const engaged = useEngaged();

  useDeckSync(
    deck.slides.map((s) => s.id),
    { index: shown, black: screen.black },
    dispatch,
  );

  const hydrated = useHydrated();
  const titles = deck.slides.map((s) => slideTitle(s, catalog, lang, t));
  const label = (i: number) => t('present.slideLabel', { n: i + 1, count, title: titles[i] ?? '' });
  const other = otherLang(lang);

  if (isPresenter)
    return (
      <div className="present present--presenter" data-keys={hydrated ? 'on' : undefined}>
        <Suspense fallback={null}>
          <PresenterView
            slides={deck.slides}
            shown={shown}
            black={screen.black}
            titles={titles}
            notes={notes}
            render={(slide) => (
              <SlideView slide={slide} catalog={catalog} cards={cards} charts={charts} published={published} draw />
            )}
            next={next}
            prev={prev}
            toggleBlack={() => act({ type: 'black' })}
          />
        </Suspense>
      </div>
    );

  return (
    // data-keys tells (tests, and styles if needed) that the keys work: the prerendered page
    // shows the deck before the app has taken over.
    <div className="present" data-keys={hydrated ? 'on' : undefined}>
      <h1 className="visually-hidden">{t('present.title')}</h1>
      <div ref={stage} className={`present__stage${idle ? ' present__stage--idle' : ''}`}>
        <div
          ref={deckBox}
          className="present__deck"
          role="region"
          aria-roledescription={t('present.deckLabel')}
          aria-label={t('present.title')}
        >
          {deck.slides.map((slide, i) => (
            <section
              key={slide.id}
              className={`slide${i === shown ? ' slide--current' : ' slide--off'}`}
              aria-roledescription="slide"
              aria-label={label(i)}
              aria-hidden={i === shown ? undefined : true}
              // Focusable, so a slide longer than the screen scrolls by keyboard (use-deck-keys.ts).
              tabIndex={i === shown ? 0 : undefined}
              data-slide={slide.id}
            >
              <SlideView
                slide={slide}
                catalog={catalog}
                cards={cards}
                charts={charts}
                published={published}
                draw={engaged || Math.abs(i - shown) <= 1}
                number={i + 1}
                chartSize={chartSize}
              />
              <p className="slide__number-of" aria-hidden="true">
                {t('present.progress', { n: i + 1, count })}
              </p>
            </section>
          ))}
        </div>

        {screen.black && (
          <div className="present__black" role="status">
            <span className="visually-hidden">{t('present.black')}</span>
          </div>
        )}

        <div className="present__bar">
          <div
            className="present__progress"
            role="progressbar"
            aria-label={t('present.deckLabel')}
            aria-valuemin={1}
            aria-valuemax={count}
            aria-valuenow={shown + 1}
            aria-valuetext={label(shown)}
          >
            {/* An SVG bar, sized by an attribute: the Content-Security-Policy refuses inline styles. */}
            <svg viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect width={((shown + 1) / count) * 100} height={1} />
            </svg>
          </div>
          <span className="present__count">{t('present.progress', { n: shown + 1, count })}</span>
          {screen.typed && <span className="present__typed">{t('present.jumpTyped', { n: screen.typed })}</span>}
          <Button className="button button--quiet" onClick={prev}>
            {t('present.previous')}
          </Button>
          <Button className="button button--quiet" onClick={next}>
            {t('present.next')}
          </Button>
          <Button
            className="button button--quiet"
            lang={langTag(other)}
            aria-label={`${t('present.language')}: ${langName(other)}`}
            onClick={() => setLang(other)}
          >
            {langName(other)}
          </Button>
          <Button
            className="button button--quiet"
            aria-label={t('present.downloadLabel')}
            aria-busy={download.status.kind === 'working' || undefined}
            onClick={download.start}
          >
            {t('present.download')}
          </Button>
          <Button className="button button--quiet" aria-label={t('present.presenterLabel')} onClick={presenter.open}>
            {t('present.presenter')}
          </Button>
          <Button className="button button--quiet" onClick={fullscreen.toggle}>
            {t('present.fullscreen')}
          </Button>
          <Button className="button button--quiet" aria-haspopup="dialog" onClick={() => act({ type: 'share' })}>
            {t('present.share')}
          </Button>
          <Button className="button button--quiet" onClick={() => act({ type: 'help' })}>
            {t('present.help')}
          </Button>
          <AppLink to="/" className="button button--quiet">
            {t('present.exit')}
          </AppLink>
        </div>
        {/* The deck's height depends on the bar's: no first paint until the whole bar is parsed
            (scripts/prerender.mjs turns data-first-paint into a render-blocking link). */}
        <span id="present-bar-end" data-first-paint="after" hidden />
        <p className="visually-hidden" aria-live="polite">
          {label(shown)}
        </p>
        <DownloadStatusLine status={download.status} />
        {presenter.blocked && (
          <p className="present__blocked" role="alert">
            {t('present.presenterBlocked')}
          </p>
        )}
        {auto && <p className="present__auto">{t('present.auto', { seconds: auto })}</p>}
        {screen.help && (
          <Suspense fallback={null}>
            <HelpDialog onClose={() => act({ type: 'help' })} />
          </Suspense>
        )}
        {sharing && <ShareDialog slide={shown + 1} onClose={() => setSharing(false)} />}
      </div>
    </div>
  );
}
