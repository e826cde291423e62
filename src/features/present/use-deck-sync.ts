import { useEffect, useRef } from 'react';
import type { DeckAction } from '../../domain/deck';

/** What the windows of one deck tell each other: where it stands, and which deck it is. */
interface DeckMessage {
  kind: 'state' | 'hello';
  /** The deck's slide ids, so a tab showing another deck is left alone. */
  deck: string;
  index: number;
  black: boolean;
}

const CHANNEL = 'zj-culture-exports.present';

/**
 * The presenter's window and the room's follow each other: a step, a jump or the black screen
 * in either is sent to the other over a BroadcastChannel (same browser, no network, offline
 * too). A window that opens asks where the deck stands; closing either leaves the other as it is.
 */
export function useDeckSync(
  slideIds: readonly string[],
  state: { index: number; black: boolean },
  dispatch: (action: DeckAction) => void,
): void {
  const deck = slideIds.join(',');
  const channel = useRef<BroadcastChannel | undefined>(undefined);
  /** The last state another window sent: when this window reaches it, there is nothing to send. */
  const received = useRef<{ index: number; black: boolean } | undefined>(undefined);
  const now = useRef(state);
  useEffect(() => {
    now.current = state;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<DeckMessage>) => {
      const m = e.data;
      if (!m || m.deck !== deck) return;
      if (m.kind === 'hello') {
        ch.postMessage({ kind: 'state', deck, ...now.current } satisfies DeckMessage);
        return;
      }
      received.current = { index: m.index, black: m.black };
      if (m.index !== now.current.index || m.black !== now.current.black)
        dispatch({ type: 'sync', index: m.index, black: m.black });
    };
    ch.postMessage({ kind: 'hello', deck, ...now.current } satisfies DeckMessage);
    return () => {
      ch.close();
      channel.current = undefined;
    };
  }, [deck, dispatch]);

  // The first state is the window's own start, not a move: it asks (hello) rather than tells,
  // so a window that opens takes the deck's place instead of moving the room's screen.
  const started = useRef(false);
  useEffect(() => {
    if (!started.current) {
      started.current = true;
      return;
    }
    const r = received.current;
    if (r && r.index === state.index && r.black === state.black) return;
    received.current = undefined;
    channel.current?.postMessage({ kind: 'state', deck, ...state } satisfies DeckMessage);
  }, [deck, state.index, state.black]); // eslint-disable-line react-hooks/exhaustive-deps -- the state's two fields are its identity
}
