/**
 * What the CDN build downloads: an SMS sign-in loads exactly the files `npm run size` counts, and the text of errors
 * only comes when there is one (falling back to the network error's words when it cannot come).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useE2E, type Widget } from './harness.js';

const e2e = useE2E();

/** The CDN files this page has loaded, by name without their hash: `auth-sign-in`, `chunks/code-step`, … */
const cdnFiles = (w: Widget): Promise<string[]> =>
  w.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/') && path.endsWith('.js'))
      .map((path) => path.slice('/dist/cdn/'.length).replace(/-[\w-]{8}\.js$|\.js$/, ''))
      .sort(),
  );

describe('first load', () => {
  it('an SMS sign-in loads the entry, the Amplify chunk, the code screen and the signed-in screen: nothing else', async () => {
    const w = await e2e.open();
    await w.signInWithSmsCode('sms@example.com');
    await w.idle();
    assert.deepEqual(await cdnFiles(w), ['auth-sign-in', 'chunks/code-step', 'chunks/done-step', 'chunks/service']);
  });

  it('a wrong password loads the text of errors, and the message reads in full', async () => {
    const w = await e2e.open();
    await w.signIn('alice@example.com', 'wrong-Passw0rd!');
    await w.idle();
    assert.equal(await w.fieldError('password'), 'Incorrect username or password.');
    assert.ok((await cdnFiles(w)).includes('chunks/errors-and-notices'));
  });

  it('when that text cannot load, the error reads as a network problem, never as a message id', async () => {
    const w = await e2e.open();
    await w.waitForStep('SIGN_IN');
    await w.page.setRequestInterception(true);
    w.page.on('request', (request) =>
      request.url().includes('/errors-and-notices-') ? void request.abort() : void request.continue(),
    );
    await w.signIn('alice@example.com', 'wrong-Passw0rd!');
    await w.idle();
    assert.match(await w.fieldError('password'), /couldn’t reach the sign-in service/);
  });
});
