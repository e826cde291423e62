import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../domain/figures';
import type { Slide } from '../../domain/slides';
import type { NotesContext } from './slide-notes';

export type DownloadStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string; slides: number }
  | { kind: 'failed'; message: string };

export interface DeckDownload {
  start: () => void;
  status: DownloadStatus;
}

/**
 * The deck as a PowerPoint file, on the D key or the button: exactly the slides of the deck
 * (a ?slides= choice in its order), in the language and currency on screen. The model and the
 * writer (pptxgenjs, about 120 KB gzip) load on the first download, never with the page.
 */
export function useDeckDownload(slides: readonly Slide[], ctx: NotesContext & { currency: Currency }): DeckDownload {
  const { i18n } = useTranslation();
  const [status, setStatus] = useState<DownloadStatus>({ kind: 'idle' });
  const running = useRef(false);
  const start = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setStatus({ kind: 'working' });
    void (async () => {
      try {
        const [{ deckModel }, { addPresenterStrings }, { writeDeck, fileColours, saveFile }] = await Promise.all([
          import('./deck-model'),
          import('./presenter-strings'),
          import('./deck-pptx'),
        ]);
        addPresenterStrings(i18n);
        const model = deckModel(slides, ctx);
        const blob = await writeDeck(model, fileColours());
        const file = `zhejiang-culture-deck-${ctx.lang}-${ctx.currency.toLowerCase()}-${new Date().toISOString().slice(0, 10)}.pptx`;
        saveFile(blob, file);
        setStatus({ kind: 'done', file, slides: model.slides.length });
      } catch (e) {
        setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      } finally {
        running.current = false;
      }
    })();
  }, [slides, ctx, i18n]);

  return useMemo(() => ({ start, status }), [start, status]);
}
