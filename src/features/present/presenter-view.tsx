import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { useT } from '../../components/use-settings';
import { langTag } from '../../domain/punctuation';
import type { Slide } from '../../domain/slides';
import { slideNotes, type NotesContext } from './slide-notes';
import { usePresenterStrings } from './presenter-strings';
import './presenter.css';

export interface PresenterViewProps {
  slides: readonly Slide[];
  shown: number;
  black: boolean;
  titles: readonly string[];
  notes: NotesContext;
  /** A slide as the room's deck draws it (slide-view.tsx, already loaded with the deck). */
  render: (slide: Slide) => ReactNode;
  next: () => void;
  prev: () => void;
  toggleBlack: () => void;
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Minutes and seconds, or hours too after an hour: "07:05", "1:02:09". */
function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${two(m)}:${two(s % 60)}`;
}

/** The room's screen as the presenter's slides are drawn: then scaled to their box. */
const SLIDE_WIDTH = 1280;

/** A slide drawn at the room's size and scaled to fit its box, so it looks as the room sees it. */
function ScaledSlide({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="presenter__screen">
      {/* Set through the CSS object model, which the Content-Security-Policy allows. */}
      <div className="presenter__canvas" style={{ transform: `scale(${(width ?? SLIDE_WIDTH / 2) / SLIDE_WIDTH})` }}>
        {children}
      </div>
    </div>
  );
}

/**
 * The presenter's window (?view=presenter, opened with S): the slide the room sees, the next
 * one, the current slide's notes, the time since the talk began (resettable) and the clock.
 * It moves with the room's window both ways (use-deck-sync.ts); its keys are the deck's.
 */
export function PresenterView({
  slides,
  shown,
  black,
  titles,
  notes,
  render,
  next,
  prev,
  toggleBlack,
}: PresenterViewProps) {
  usePresenterStrings();
  const { t, lang } = useT();
  const now = useNow();
  const [start, setStart] = useState(() => Date.now());
  const current = slides[shown];
  const following = slides[shown + 1];
  const lines = useMemo(() => (current ? slideNotes(current, notes) : []), [current, notes]);
  const clock = new Intl.DateTimeFormat(langTag(lang), { hour: '2-digit', minute: '2-digit' }).format(now);
  const view = render;

  return (
    <div className="presenter">
      <h1 className="visually-hidden">{t('present.presenterTitle')}</h1>
      <div className="presenter__top">
        <p className="presenter__count">
          {t('present.progress', { n: shown + 1, count: slides.length })}
          {black && <span className="presenter__black">{t('present.presenterBlack')}</span>}
        </p>
        <p className="presenter__time">
          <span>{t('present.elapsed')}</span>{' '}
          <time className="presenter__clock-figure">{elapsedText(now - start)}</time>
          <Button className="button button--quiet" onClick={() => setStart(Date.now())}>
            {t('present.elapsedReset')}
          </Button>
        </p>
        <p className="presenter__time">
          <span>{t('present.clock')}</span> <time className="presenter__clock-figure">{clock}</time>
        </p>
      </div>
      <div className="presenter__main">
        <section
          className="presenter__current"
          aria-label={t('present.presenterCurrent', { title: titles[shown] ?? '' })}
        >
          <ScaledSlide>{current && <div className="slide slide--current">{view(current)}</div>}</ScaledSlide>
        </section>
        <section
          className="presenter__next"
          aria-label={t('present.presenterNext', { title: titles[shown + 1] ?? '' })}
        >
          <h2 className="presenter__label">{t('present.presenterNextHeading')}</h2>
          <ScaledSlide>
            {following ? (
              <div className="slide slide--current">{view(following)}</div>
            ) : (
              <p className="presenter__end">{t('present.presenterEnd')}</p>
            )}
          </ScaledSlide>
        </section>
        <section className="presenter__notes" aria-labelledby="presenter-notes">
          <h2 id="presenter-notes" className="presenter__label">
            {t('present.presenterNotes')}
          </h2>
          <ul>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="presenter__bar">
        <Button className="button" onClick={prev}>
          {t('present.previous')}
        </Button>
        <Button className="button" onClick={next}>
          {t('present.next')}
        </Button>
        <Button className="button button--quiet" aria-pressed={black} onClick={toggleBlack}>
          {t('present.presenterBlackButton')}
        </Button>
      </div>
    </div>
  );
}
