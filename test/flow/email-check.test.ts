/** The widget's own email check (the email MFA setup field): right answers, linear time, a length cap. */
import { describe, it } from './tests.js';
import assert from 'node:assert/strict';

import { checkEmail } from '../../src/flow/validation.js';

describe('checkEmail', () => {
  it('accepts an address and refuses what is not one', () => {
    assert.equal(checkEmail('ada@example.com'), undefined);
    assert.equal(checkEmail('  ada@mail.example.co.uk  '), undefined);
    for (const bad of [
      'ada',
      'ada@example',
      '@example.com',
      'ada@@example.com',
      'ada@.com',
      'ada@example.',
      'a b@c.de',
    ])
      assert.equal(checkEmail(bad)?.field, 'email', bad);
  });

  it('answers a 24 k-character value at once (no quadratic backtracking) and caps the length', () => {
    const start = performance.now();
    const error = checkEmail(`a@${'.'.repeat(24_000)}@`); // 2.3 s with the old regular expression
    const ms = performance.now() - start;
    assert.equal(error?.field, 'email');
    assert.ok(ms < 50, `checked in ${ms.toFixed(1)} ms`);
    assert.equal(checkEmail(`${'a'.repeat(250)}@b.co`)?.field, 'email', 'over 254 characters');
  });
});
