import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BADGE_COLOURS } from './badge.js';

/** WCAG contrast of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test("the badge's white count reads at 4.5:1 or more on each state's colour, and no two states share one", () => {
  for (const [state, colour] of Object.entries(BADGE_COLOURS)) {
    assert.match(colour, /^#[0-9a-f]{6}$/, state);
    assert.ok(contrast('#ffffff', colour) >= 4.5, `${state}: ${contrast('#ffffff', colour).toFixed(2)}:1`);
  }
  assert.equal(new Set(Object.values(BADGE_COLOURS)).size, 3);
});
