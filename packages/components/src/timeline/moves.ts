/**
 * Moving dates by keyboard and pointer: the days a key moves a focused bar (a day; with Shift, or
 * Page Up/Down, a week), and the days a pointer has dragged it, from the track's scale.
 */
const WEEK = 7;

/** Days a key press moves a date (earlier when negative), or undefined for a key that moves nothing. */
export function keyDays(e: KeyboardEvent): number | undefined {
  const step = e.shiftKey ? WEEK : 1;
  switch (e.key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return -step;
    case 'ArrowRight':
    case 'ArrowUp':
      return step;
    case 'PageDown':
      return -WEEK;
    case 'PageUp':
      return WEEK;
    default:
      return undefined;
  }
}

/** What is being moved: a step, a milestone's planned day, or the whole plan. */
export type MoveTarget = { kind: 'step' | 'milestone'; id: string } | { kind: 'plan' };

/** A pointer drag in progress: where it started and how wide a day is on the track it started on. */
export interface Drag {
  target: MoveTarget;
  pointerId: number;
  startX: number;
  dayWidth: number;
  /** Whole days dragged so far. */
  days: number;
}

/** Days a drag has moved to at `clientX`. */
export const dragDays = (drag: Drag, clientX: number): number => Math.round((clientX - drag.startX) / drag.dayWidth);

