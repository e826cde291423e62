import { useCallback, useMemo, useRef, useState } from 'react';
import { saveFile } from '../../components/save-file';
import { THEME_COLOURS } from '../../components/theme-tokens';
import { storedTheme } from '../../components/use-theme';
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

/** The colours of the file: the projector theme's when it is on, else the light one, as chart files are. */
function fileColours() {
  const theme = storedTheme() as string;
  return (
    (THEME_COLOURS as Partial<Record<string, (typeof THEME_COLOURS)['light']>>)[
      theme === 'projector' ? theme : 'light'
    ] ?? THEME_COLOURS.light
  );
}

/**
 * The deck as a PowerPoint file, on the D key or the button: exactly the slides of the deck
 * (a ?slides= choice in its order), in the language and currency on screen. The model and the
 * writer (pptxgenjs, about 120 KB gzip) load on the first download, never with the page.
 */
export function useDeckDownload(slides: readonly Slide[], ctx: NotesContext & { currency: Currency }): DeckDownload {
  const [status, setStatus] = useState<DownloadStatus>({ kind: 'idle' });
  const running = useRef(false);
  const start = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setStatus({ kind: 'working' });
    void (async () => {
      try {
        const [{ deckModel }, { writeDeck }] = await Promise.all([import('./deck-model'), import('./deck-pptx')]);
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
  }, [slides, ctx]);

  return useMemo(() => ({ start, status }), [start, status]);
}
