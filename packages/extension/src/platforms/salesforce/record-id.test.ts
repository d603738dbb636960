import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toCampaignId, toCaseSafeId } from './record-id.js';

describe('Salesforce record ids', () => {
  it('adds the checksum to a 15-character id', () => {
    assert.equal(toCaseSafeId('7015g000000ABCd'), '7015g000000ABCdAAO');
    assert.equal(toCaseSafeId('001000000000001'), '001000000000001AAA');
  });

  it('keeps a correct 18-character id as it is', () => {
    assert.equal(toCaseSafeId('7015g000000ABCdAAO'), '7015g000000ABCdAAO');
  });

  it('restores the case of a case-folded 18-character id from its checksum', () => {
    assert.equal(toCaseSafeId('7015g000000abcdaao'), '7015g000000ABCdAAO');
    assert.equal(toCaseSafeId('7015G000000ABCDAAO'), '7015g000000ABCdAAO');
  });

  it('rejects ids of the wrong length or alphabet, and checksums that cannot be right', () => {
    for (const bad of ['', '7015g000000ABC', '7015g000000ABCdAA', '7015g000000ABCdAAO1', '7015g000000AB-dAAO', '70150000000000099A']) {
      assert.equal(toCaseSafeId(bad), null, bad);
    }
  });

  it('accepts only the Campaign key prefix 701 as a campaign', () => {
    assert.equal(toCampaignId('0015g00000XyZabAAB'), null);
    assert.equal(toCampaignId('7015g000000ABCd'), '7015g000000ABCdAAO');
  });

  it('the 15- and 18-character forms, in any case of the 18, give one id', () => {
    const id15 = fc.stringMatching(/^[a-zA-Z0-9]{15}$/);
    fc.assert(
      fc.property(id15, (id) => {
        const safe = toCaseSafeId(id)!;
        assert.equal(safe.slice(0, 15), id);
        assert.equal(toCaseSafeId(safe), safe);
        assert.equal(toCaseSafeId(safe.toLowerCase()), safe);
        assert.equal(toCaseSafeId(safe.toUpperCase()), safe);
      }),
    );
  });
});
