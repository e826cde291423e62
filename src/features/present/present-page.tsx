import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import { overviewCards } from '../../components/headline-cards';
import { useDropIgnored } from '../../components/use-drop-ignored';
import { usePageTitle } from '../../components/use-page-title';
import { useHydrated } from '../../components/use-hydrated';
import { useSettings, useT } from '../../components/use-settings';
import { growthCharts } from '../../domain/chart-series';
import { deckReducer, keyAction, type DeckAction } from '../../domain/deck';
import { parseAuto, parseDeck } from '../../domain/slides';
import { HelpDialog } from './help-dialog';
import { SlideView, slideTitle } from './slide-view';
import './present.css';

const IDLE_MS = 3000;
const SWIPE_PX = 60;

/** Keys typed into a field belong to the field, not to the slides. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Present mode: the figures as slides for a projector. The slide on screen is in the address
 * (?slide=3), so a reload or a shared link lands on it; the deck can be chosen and ordered
 * (?slides=title,trade-total,chart-trade); ?auto=20 advances on its own for a lobby screen.
 * Every slide is in the page, so printing gives one landscape page per slide.
 */
export function PresentPage() {
  const catalog = useCatalog();
  const { t, lang } = useT();
  const { setLang, currency } = useSettings();
  const cards = useMemo(() => overviewCards(catalog, lang, currency, t), [catalog, lang, currency, t]);
  const charts = useMemo(() => growthCharts(catalog, currency), [catalog, currency]);
  usePageTitle(t('present.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const deck = useMemo(() => parseDeck(searchParams, catalog), [searchParams, catalog]);
  const auto = useMemo(() => parseAuto(searchParams), [searchParams]);
  const count = deck.slides.length;

  // What the address does not understand is dropped, and the page's notice says so.
  const ignored = useMemo(() => [...deck.ignored, ...auto.ignored], [deck, auto]);
  const clean = useCallback(() => {
    const next = new URLSearchParams(searchParams);
    for (const { key } of ignored) next.delete(key);
    if (deck.index > 0) next.set('slide', String(deck.index + 1));
    // The deck keeps the slides that exist, in the order asked.
    if (deck.chosen) next.set('slides', deck.slides.map((s) => s.id).join(','));
    // A repeated ?auto= is reported, but its first value still runs the lobby screen.
    if (auto.seconds !== undefined) next.set('auto', String(auto.seconds));
    return next;
  }, [searchParams, ignored, deck, auto]);
  useDropIgnored(ignored, clean);

  const [state, dispatchLocal] = useReducer(deckReducer, {
    index: deck.index,
    count,
    black: false,
    help: false,
    typed: '',
  });
  // Keys can come faster than the address updates: each one starts from the last one's result.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  // The slides this page wrote into the address and has not seen come back yet.
  const pending = useRef<number[]>([]);
  // The address moves the deck too (back, forward, an edited link), but the echo of this page's
  // own writes, arriving after quicker keys, must not pull it back.
  useEffect(() => {
    const echo = pending.current.indexOf(deck.index);
    if (echo >= 0) {
      pending.current = pending.current.slice(echo + 1);
      return;
    }
    if (latest.current.index !== deck.index || latest.current.count !== count) {
      const next = deckReducer(latest.current, { type: 'goto', index: deck.index, count });
      latest.current = next;
      dispatchLocal({ type: 'goto', index: deck.index, count });
    }
  }, [deck.index, count]);
  const shown = state.index < count ? state.index : deck.index;

  const stage = useRef<HTMLDivElement>(null);
  const dispatch = useCallback(
    (action: DeckAction) => {
      if (action.type === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void stage.current?.requestFullscreen?.().catch(() => undefined);
        return;
      }
      if (action.type === 'escape' && document.fullscreenElement) void document.exitFullscreen();
      const before = latest.current;
      const next = deckReducer(before, action);
      latest.current = next;
      dispatchLocal(action);
      if (next.index !== before.index) {
        pending.current.push(next.index);
        setSearchParams(
          (prev) => {
            const p = new URLSearchParams(prev);
            p.set('slide', String(next.index + 1));
            return p;
          },
          { replace: true, preventScrollReset: true },
        );
      }
    },
    [setSearchParams],
  );

  // Keys: anywhere on the page, except while typing in a field or with a modifier held.
  const [keyTick, setKeyTick] = useState(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const action = keyAction(e.key);
      if (!action) return;
      // Enter and Space on a link or button in the page keep their own meaning.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && e.target.closest('a, button'))
        return;
      e.preventDefault();
      setKeyTick((n) => n + 1);
      dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  // A lobby screen: advance every few seconds, round and round; a key pauses it for one turn.
  useEffect(() => {
    if (!auto.seconds || state.black || state.help) return;
    const id = setTimeout(() => {
      const nextIndex = shown + 1 >= count ? 0 : shown + 1;
      dispatch({ type: 'goto', index: nextIndex });
    }, auto.seconds * 1000);
    return () => clearTimeout(id);
  }, [auto.seconds, shown, count, dispatch, state.black, state.help, keyTick]);

  // The cursor hides after a few still seconds, and comes back when the mouse moves.
  const [idle, setIdle] = useState(false);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const wake = () => {
      setIdle(false);
      clearTimeout(idleTimer.current);
      idleTimer.current = setTimeout(() => setIdle(true), IDLE_MS);
    };
    idleTimer.current = setTimeout(() => setIdle(true), IDLE_MS);
    window.addEventListener('mousemove', wake);
    return () => {
      clearTimeout(idleTimer.current);
      window.removeEventListener('mousemove', wake);
    };
  }, []);

  // Swipes on touch screens.
  const swipeFrom = useRef<number | undefined>(undefined);
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const down = (e: globalThis.PointerEvent) => {
      if (e.pointerType !== 'mouse') swipeFrom.current = e.clientX;
    };
    const up = (e: globalThis.PointerEvent) => {
      const from = swipeFrom.current;
      swipeFrom.current = undefined;
      if (from === undefined) return;
      const dx = e.clientX - from;
      if (dx <= -SWIPE_PX) dispatch({ type: 'next' });
      else if (dx >= SWIPE_PX) dispatch({ type: 'prev' });
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
    };
  }, [dispatch]);

  // Charting code loads when the presenter comes near a chart, or once they start using the deck.
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    if (engaged) return;
    const engage = () => setEngaged(true);
    window.addEventListener('keydown', engage, { once: true });
    window.addEventListener('pointerdown', engage, { once: true });
    return () => {
      window.removeEventListener('keydown', engage);
      window.removeEventListener('pointerdown', engage);
    };
  }, [engaged]);

  const hydrated = useHydrated();
  const titles = deck.slides.map((s) => slideTitle(s, catalog, lang, t));
  const label = (i: number) => t('present.slideLabel', { n: i + 1, count, title: titles[i] ?? '' });

  return (
    // data-keys tells (tests, and styles if needed) that the keys work: the prerendered page
    // shows the deck before the app has taken over.
    <div className="present" data-keys={hydrated ? 'on' : undefined}>
      <h1 className="visually-hidden">{t('present.title')}</h1>
      <div ref={stage} className={`present__stage${idle ? ' present__stage--idle' : ''}`}>
        <div
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
              data-slide={slide.id}
            >
              <SlideView
                slide={slide}
                catalog={catalog}
                cards={cards}
                charts={charts}
                draw={engaged || Math.abs(i - shown) <= 1}
              />
              <p className="slide__number-of" aria-hidden="true">
                {t('present.progress', { n: i + 1, count })}
              </p>
            </section>
          ))}
        </div>

        {state.black && (
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
          {state.typed && <span className="present__typed">{t('present.jumpTyped', { n: state.typed })}</span>}
          <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'prev' })}>
            {t('present.previous')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'next' })}>
            {t('present.next')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            aria-label={`${t('present.language')}: ${lang === 'zh' ? 'English' : '中文'}`}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {lang === 'zh' ? 'English' : '中文'}
          </button>
          <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'fullscreen' })}>
            {t('present.fullscreen')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'help' })}>
            {t('present.help')}
          </button>
          <AppLink to="/" className="button button--quiet">
            {t('present.exit')}
          </AppLink>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {label(shown)}
        </p>
        {auto.seconds && <p className="present__auto">{t('present.auto', { seconds: auto.seconds })}</p>}
        {state.help && <HelpDialog onClose={() => dispatch({ type: 'help' })} />}
      </div>
    </div>
  );
}
