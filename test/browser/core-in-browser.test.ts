import { expect } from '@open-wc/testing';
import { parsePlan } from '@preflight/core';

describe('the core in a real browser', () => {
  it('reports a non-object plan at the root', () => {
    const result = parsePlan('nope');
    expect(result.ok).to.equal(false);
    expect(result.problems[0]?.path).to.equal('(root)');
  });
});
