/** A code step's pending record lives an hour (README): after that a reload starts over, never resumes it. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import { PENDING_KEY, SESSIONLESS_TTL_MS } from '../../src/flow/resume.js';
import { harness, MemoryStore } from './harness.js';

const USERNAME = 'alice@example.com';

/** A record for `step` written an hour (less `early` ms) ago, or `ago` ms ago. */
function recordWritten(step: string, ago: number, now: number) {
  const session = new MemoryStore();
  const data = step === 'RESET_PASSWORD' ? {} : { codeDelivery: { destination: 'a***@e***' } };
  session.setItem(
    PENDING_KEY,
    JSON.stringify({ step, username: USERNAME, data, expiresAt: now - ago + SESSIONLESS_TTL_MS }),
  );
  return session;
}

describe('an expired record of a code step', () => {
  for (const step of ['RESET_PASSWORD', 'CONFIRM_RESET_PASSWORD', 'CONFIRM_SIGN_UP']) {
    it(`${step}: resumed within the hour`, async () => {
      const h = harness({ session: recordWritten(step, SESSIONLESS_TTL_MS - 1000, 1_000_000) });
      await h.flow.start();
      assert.equal(h.flow.state.step, step);
    });

    for (const [age, ago] of [
      ['an hour', SESSIONLESS_TTL_MS],
      ['a day', 24 * SESSIONLESS_TTL_MS],
    ] as const) {
      it(`${step}: written ${age} ago, a reload lands on SIGN_IN with the username and says the code expired`, async () => {
        const session = recordWritten(step, ago, 1_000_000);
        const h = harness({ session });
        await h.flow.start();
        assert.equal(h.flow.state.step, 'SIGN_IN');
        assert.equal(h.flow.state.username, USERNAME);
        assert.equal(h.flow.state.notice?.messageId, 'error.expiredCode');
        assert.equal(h.flow.state.error, undefined);
        assert.equal(session.getItem(PENDING_KEY), null, 'the record is gone');
      });
    }
  }
});
