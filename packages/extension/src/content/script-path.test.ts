import { test } from 'node:test';
import assert from 'node:assert/strict';
import { injectionAnswer } from './script-path.js';

test("an injection's answer is used only when it is a read: anything else has the background ask the page", () => {
  assert.deepEqual(injectionAnswer({ shown: null, lang: 'en-US' }), { shown: null, lang: 'en-US' });
  assert.deepEqual(injectionAnswer({ error: 'TypeError: x' }), { error: 'TypeError: x' });
  // Chrome answers null for a script whose value is undefined, and for a first read a newer call cancelled.
  for (const result of [null, undefined, {}, 'read', 1, []]) assert.equal(injectionAnswer(result), undefined, JSON.stringify(result));
});
