import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchState } from '../../components/use-search-state';
import { deckReducer, type DeckAction, type DeckState } from '../../domain/deck';
import type { Catalog } from '../../domain/figures';
import { joinParsers } from '../../domain/search-schema';
import { AUTO_SEARCH, deckFrom, deckSearch, VIEW_SEARCH, type Deck } from '../../domain/slides';

/** What the deck shows besides the slide: the black screen, the help, a number being typed. */
type DeckScreen = Omit<DeckState, 'index' | 'count'>;

export interface DeckControls {
  deck: Omit<Deck, 'ignored'>;
  /** The slide on screen, 0-based. */
  shown: number;
  /** Seconds between slides of a lobby screen (?auto=), if any. */
  auto: number | undefined;
  screen: DeckScreen;
  /** This window is the presenter's (?view=presenter). */
  presenter: boolean;
  dispatch: (action: DeckAction) => void;
}

/**
 * The deck and where it stands. The slide is in the address (?slide=3, from 1), written in
 * place, so a chosen deck (?slides=) stays exactly as it was written; the address module lets
 * a key that comes before the last one is rendered start from it. The black screen, the help
 * and a typed number are the screen's own, and keys can come faster than renders for them too.
 */
export function useDeck(catalog: Catalog): DeckControls {
  const parser = useMemo(() => joinParsers(joinParsers(deckSearch(catalog), AUTO_SEARCH), VIEW_SEARCH), [catalog]);
  const { values, latest, set } = useSearchState(parser, { placement: 'inPlace' });
  const deck = useMemo(() => deckFrom(values, catalog), [values, catalog]);

  const [screen, setScreen] = useState<DeckScreen>({ black: false, help: false, typed: '' });
  const screenNow = useRef(screen);
  const dispatch = useCallback(
    (action: DeckAction) => {
      const at = deckFrom(latest(), catalog);
      const before: DeckState = { ...screenNow.current, index: at.index, count: at.slides.length };
      const { index, black, help, typed } = deckReducer(before, action);
      const next = { black, help, typed };
      screenNow.current = next;
      setScreen(next);
      if (index !== before.index) set({ slide: index + 1 });
    },
    [catalog, latest, set],
  );

  const shown = Math.max(0, Math.min(deck.index, deck.slides.length - 1));
  return { deck, shown, auto: values.auto, screen, presenter: values.view === 'presenter', dispatch };
}
