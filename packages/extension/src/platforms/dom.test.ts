import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textOf } from './dom.js';

/** What textOf stands for, written as the regular expression it replaces. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
const of = (textContent: string | null) => textOf({ textContent } as Element);

test('text as people see it: every UTF-16 code unit is white space exactly where a regular expression’s \\s says so', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [`a${ch}${ch}b`, `${ch}a${ch}`, ch]) assert.equal(of(text), collapsed(text), `U+${c.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
  }
});

test('text as people see it: runs collapsed and ends trimmed as the regular expression does, on generated texts', () => {
  // A fixed seed: the same texts every run.
  let seed = 20261204;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pool = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', 'a', 'Z', '9', '-', '–', 'é', '😀', '/'];
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    for (let i = Math.floor(next() * 24); i > 0; i--) text += pool[Math.floor(next() * pool.length)];
    assert.equal(of(text), collapsed(text), JSON.stringify(text));
  }
  assert.equal(of(null), '');
  assert.equal(textOf(null), '');
});
