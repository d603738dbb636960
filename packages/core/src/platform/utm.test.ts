import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, parseUtm, withoutMacros } from './utm.js';

describe('UTM parsing', () => {
  it('reads the query of a full URL, leaving case and the fragment alone', () => {
    assert.deepEqual(
      parseUtm('https://x.example/p?UTM_Source=Google&utm_medium=cpc&gclid=AbC123#utm_campaign=no').map((p) => [p.name, p.value]),
      [['UTM_Source', 'Google'], ['utm_medium', 'cpc']],
    );
  });

  it('reads a bare URL suffix and a tracking template', () => {
    assert.deepEqual(parseUtm('utm_source=google&utm_medium=cpc').map((p) => p.name), ['utm_source', 'utm_medium']);
    assert.deepEqual(parseUtm('{lpurl}?utm_source=google&utm_campaign={_campaign}').map((p) => p.value), ['google', '{_campaign}']);
  });

  it('decodes + and percent escapes; keeps malformed escapes as written', () => {
    assert.deepEqual(parseQuery('?utm_campaign=spring+sale&utm_term=a%20b&utm_content=%E0%A4%A').map((p) => p.value), ['spring sale', 'a b', '%E0%A4%A']);
  });

  it('keeps click ids byte for byte', () => {
    assert.deepEqual(parseQuery('https://x.example/?gclid=Cj0KCQ-AbC&fbclid=IwAR3xYz').map((p) => p.value), ['Cj0KCQ-AbC', 'IwAR3xYz']);
  });

  it('finds nothing in a URL without a query', () => {
    assert.deepEqual(parseUtm('https://x.example/path'), []);
    assert.deepEqual(parseUtm(''), []);
  });

  it('takes Meta and Google Ads macros out before judging', () => {
    assert.equal(withoutMacros('{{campaign.name}}_x{lpurl}'), '_x');
  });
});
