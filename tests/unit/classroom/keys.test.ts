import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../src/classroom/keys';

describe('presenter keys', () => {
  it('maps laptop and clicker keys', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowDown'].map((key) => commandFor({ key }))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'ArrowUp'].map((key) => commandFor({ key }))).toEqual(['prev', 'prev', 'prev']);
    expect(commandFor({ key: ' ', shiftKey: true })).toBe('prev');
    expect(['f', 'F', 'b', 'B', '.', 't', 'T', 'Escape', '?', 'Home', 'End'].map((key) => commandFor({ key }))).toEqual([
      'fullscreen', 'fullscreen', 'blank', 'blank', 'blank', 'timer', 'timer', 'escape', 'help', 'first', 'last',
    ]);
    expect(commandFor({ key: 'x' })).toBeNull();
  });

  it('leaves typing and browser shortcuts alone', () => {
    expect(commandFor({ key: 'b', inTextField: true })).toBeNull();
    expect(commandFor({ key: 'ArrowRight', inTextField: true })).toBeNull();
    expect(commandFor({ key: 'Escape', inTextField: true })).toBe('escape');
    expect(commandFor({ key: 'f', ctrlKey: true })).toBeNull();
    expect(commandFor({ key: 'ArrowLeft', altKey: true })).toBeNull();
  });

  it('Space on a button presses that button, not the deck', () => {
    expect(commandFor({ key: ' ', onControl: true })).toBeNull();
    expect(commandFor({ key: 'ArrowRight', onControl: true })).toBe('next');
  });
});
