import { describe, expect, it } from 'vitest';
import { deckReducer, keyAction, type DeckAction, type DeckState } from '../../src/domain/deck';

const start: DeckState = { index: 0, count: 5, black: false, help: false, typed: '' };

function press(state: DeckState, ...keys: string[]): DeckState {
  return keys.reduce((s, key) => {
    const action = keyAction(key);
    return action ? deckReducer(s, action) : s;
  }, state);
}

describe('keyAction: the keys presenters and clickers send', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['p', 'prev'],
    ['P', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'enter'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'black'],
    ['B', 'black'],
    ['.', 'black'],
    ['Escape', 'escape'],
    ['?', 'help'],
    ['d', 'download'],
    ['D', 'download'],
    ['s', 'presenter'],
    ['S', 'presenter'],
    ['q', 'share'],
    ['Q', 'share'],
    ['c', 'projector'],
    ['C', 'projector'],
  ] as const)('%j means %s', (key, type) => {
    expect(keyAction(key)?.type).toBe(type);
  });

  it('reads digits for a jump and leaves other keys alone', () => {
    expect(keyAction('7')).toEqual({ type: 'digit', digit: '7' });
    for (const key of ['a', 'Tab', 'Shift', 'x', 'F5', '']) expect(keyAction(key)).toBeUndefined();
  });
});

describe('deckReducer', () => {
  it('steps forward and back, and stops at both ends', () => {
    expect(press(start, 'PageDown', 'PageDown').index).toBe(2);
    expect(press(start, 'PageUp').index).toBe(0);
    expect(press(start, 'End', 'ArrowRight').index).toBe(4);
    expect(press({ ...start, index: 3 }, 'Home').index).toBe(0);
  });

  it('jumps to a typed number on Enter, clamped to the deck; Enter alone goes on', () => {
    expect(press(start, '3', 'Enter').index).toBe(2);
    expect(press(start, '1', '2', 'Enter').index).toBe(4);
    expect(press(start, 'Enter').index).toBe(1);
    expect(press(start, '0', 'Enter').index).toBe(0);
    expect(press(start, '4').typed).toBe('4');
    // Another key forgets a half-typed number.
    expect(press(start, '4', 'ArrowRight').typed).toBe('');
  });

  it('blacks the screen on B or ., and ignores slide keys until B, . or Esc brings it back', () => {
    const black = press(start, 'b');
    expect(black.black).toBe(true);
    expect(press(black, 'PageDown', 'End').index).toBe(0);
    expect(press(black, '.').black).toBe(false);
    expect(press(black, 'Escape').black).toBe(false);
  });

  it('opens and closes the help on ?, closes it on Esc, and holds the slide while it is open', () => {
    const help = press(start, '?');
    expect(help.help).toBe(true);
    expect(press(help, 'ArrowRight').index).toBe(0);
    expect(press(help, '?').help).toBe(false);
    expect(press(help, 'Escape').help).toBe(false);
  });

  it('follows the address (goto), also while black, and takes a new deck size', () => {
    const goto: DeckAction = { type: 'goto', index: 9, count: 3 };
    expect(deckReducer({ ...start, black: true }, goto)).toMatchObject({ index: 2, count: 3, black: true });
  });

  it('leaves full screen to the page (no state change)', () => {
    expect(deckReducer(start, { type: 'fullscreen' })).toBe(start);
  });
});
