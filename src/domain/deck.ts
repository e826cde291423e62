/*
 * Present mode's keys and state, as a pure reducer: what each key a presenter or a clicker
 * sends does to the slide on screen, the black screen and the help. Clickers send PageUp and
 * PageDown; a number typed and then Enter jumps to that slide.
 */

export interface DeckState {
  index: number;
  count: number;
  black: boolean;
  help: boolean;
  /** Digits typed so far, for a jump. */
  typed: string;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'black' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'goto'; index: number; count?: number }
  | { type: 'fullscreen' }
  /** The other window of the deck (the presenter view, or the room's) moved or blacked out. */
  | { type: 'sync'; index: number; black: boolean }
  /** Outside the deck's state: the page acts on these (a download, a window, a dialog, a theme). */
  | { type: 'download' }
  | { type: 'presenter' }
  | { type: 'share' }
  | { type: 'projector' };

/** The action a key stands for, or undefined for a key present mode leaves alone. */
export function keyAction(key: string): DeckAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'n':
    case 'N':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
    case 'Backspace':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'enter' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'black' };
    case '?':
      return { type: 'help' };
    case 'Escape':
      return { type: 'escape' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'd':
    case 'D':
      return { type: 'download' };
    case 's':
    case 'S':
      return { type: 'presenter' };
    case 'q':
    case 'Q':
      return { type: 'share' };
    case 'c':
    case 'C':
      return { type: 'projector' };
    default:
      return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : undefined;
  }
}

const clamp = (i: number, count: number) => Math.max(0, Math.min(count - 1, i));

export function deckReducer(state: DeckState, action: DeckAction): DeckState {
  // While the screen is black or the help is open, only what closes them acts.
  // The address can still move the deck (back, forward, a lobby screen's timer).
  const closes = action.type === 'escape' || action.type === 'goto' || action.type === 'sync';
  if (state.black && action.type !== 'black' && !closes) return state;
  if (state.help && action.type !== 'help' && !closes) return state;
  switch (action.type) {
    case 'next':
      return { ...state, index: clamp(state.index + 1, state.count), typed: '' };
    case 'prev':
      return { ...state, index: clamp(state.index - 1, state.count), typed: '' };
    case 'first':
      return { ...state, index: 0, typed: '' };
    case 'last':
      return { ...state, index: state.count - 1, typed: '' };
    case 'digit':
      return { ...state, typed: `${state.typed}${action.digit}`.slice(-4) };
    case 'enter': {
      if (!state.typed) return { ...state, index: clamp(state.index + 1, state.count) };
      const n = Number.parseInt(state.typed, 10);
      return { ...state, index: n >= 1 ? clamp(n - 1, state.count) : state.index, typed: '' };
    }
    case 'black':
      return { ...state, black: !state.black, typed: '' };
    case 'help':
      return { ...state, help: !state.help, typed: '' };
    case 'escape':
      return { ...state, black: false, help: false, typed: '' };
    case 'goto': {
      const count = action.count ?? state.count;
      return { ...state, count, index: clamp(action.index, count), typed: '' };
    }
    case 'sync':
      return { ...state, index: clamp(action.index, state.count), black: action.black, typed: '' };
    case 'fullscreen':
    case 'download':
    case 'presenter':
    case 'share':
    case 'projector':
      return state;
  }
}
