/**
 * What the CDN build downloads: an SMS sign-in loads exactly the files `npm run size` counts; what Cognito's error
 * names mean, and the text and look of errors, only come when there is one (falling back to the network error's words when
 * they cannot come, and landing nowhere when the user has left the step meanwhile). In another language the rest of
 * its text loads while the person types on SIGN_IN (in English there is nothing to fetch), and a failure to load it
 * shows nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HTTPRequest } from 'puppeteer-core';
import { PASSWORD, PHONE } from '../support/seed.js';
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
  it('an SMS sign-in loads the entry (with the code and signed-in screens) and the Amplify chunk: nothing else', async () => {
    const w = await e2e.open();
    await w.signInWithSmsCode('sms@example.com');
    await w.idle();
    assert.deepEqual(await cdnFiles(w), ['auth-sign-in', 'chunks/service']);
  });

  it('in German, the rest of the text loads while the person types on SIGN_IN: the code and signed-in screens wait for no file', async () => {
    const w = await e2e.open({ lang: 'de' });
    await w.waitForStep('SIGN_IN');
    await w.type('username', 'sms@example.com');
    // The German parts of the other screens (code, signed in, errors, …) come before any submit.
    await w.page.waitForFunction(
      () =>
        performance.getEntriesByType('resource').some((entry) => /\/dist\/cdn\/chunks\/lang-de-code-/.test(entry.name)),
      { timeout: 10_000 },
    );
    await w.type('password', PASSWORD);
    const afterSubmit: string[] = [];
    w.page.on('request', (request) => void afterSubmit.push(request.url()));
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(await w.text('h2'), 'Code aus der SMS eingeben');
    await w.enterCode(await w.code(PHONE));
    await w.expectSignedIn('sms@example.com');
    assert.deepEqual(
      afterSubmit.filter((url) => url.includes('/dist/cdn/')),
      [],
    );
  });

  it('when what loads while the person types cannot load, nothing shows: no error, the form keeps what was typed, and the next screen loads its text itself', async () => {
    const w = await e2e.open({ lang: 'de' });
    await w.waitForStep('SIGN_IN');
    await w.page.setRequestInterception(true);
    let blocked = true;
    let aborted!: () => void;
    const firstAbort = new Promise<void>((resolve) => (aborted = resolve));
    w.page.on('request', (request) => {
      if (blocked && request.url().includes('/dist/cdn/chunks/')) {
        void request.abort();
        aborted();
      } else void request.continue();
    });
    await w.type('username', 'sms@example.com');
    await w.type('password', PASSWORD);
    // Bounded: before the change nothing loaded while the person typed, and this failed here.
    await Promise.race([
      firstAbort,
      new Promise((_, reject) => setTimeout(() => reject(new Error('nothing was fetched while typing')), 10_000)),
    ]);
    await w.idle();
    assert.equal(await w.alertText(), '');
    assert.deepEqual(await w.events('auth-error'), []);
    assert.equal(await w.step(), 'SIGN_IN');
    assert.equal(await w.value('password'), PASSWORD);
    blocked = false;
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    assert.equal(await w.text('h2'), 'Code aus der SMS eingeben');
  });

  it('a wrong password loads the error names and the text of errors, and the message reads in full', async () => {
    const w = await e2e.open();
    await w.signIn('alice@example.com', 'wrong-Passw0rd!');
    await w.idle();
    assert.equal(await w.fieldError('password'), 'Incorrect username or password.');
    const files = await cdnFiles(w);
    assert.ok(
      files.includes('chunks/error-names') && files.includes('chunks/lang-en-errors-and-notices'),
      String(files),
    );
    assert.ok(files.includes('chunks/notice-styles'), String(files));
  });

  it('when the look of notices cannot load, the error still reads, the form is usable and keeps what was typed', async () => {
    const w = await e2e.open();
    await w.waitForStep('SIGN_IN');
    await w.page.setRequestInterception(true);
    w.page.on('request', (request) =>
      request.url().includes('/notice-styles-') ? void request.abort() : void request.continue(),
    );
    await w.signIn('alice@example.com', 'wrong-Passw0rd!');
    await w.idle();
    assert.equal(await w.fieldError('password'), 'Incorrect username or password.');
    assert.equal(await w.page.$eval('auth-sign-in form', (form) => form.hasAttribute('aria-busy')), false);
    assert.equal(await w.value('password'), 'wrong-Passw0rd!');
  });

  // English's errors and notices are a part of English's text (`src/messages/en/errors-and-notices.ts`).
  for (const chunk of ['lang-en-errors-and-notices', 'error-names']) {
    it(`when ${chunk} cannot load, the error reads as a network problem, never as a message id`, async () => {
      const w = await e2e.open();
      await w.waitForStep('SIGN_IN');
      await w.page.setRequestInterception(true);
      w.page.on('request', (request) =>
        request.url().includes(`/${chunk}-`) ? void request.abort() : void request.continue(),
      );
      await w.signIn('alice@example.com', 'wrong-Passw0rd!');
      await w.idle();
      // At the password when the names came (a wrong password's place); at the form's alert when they did not.
      const shown = chunk === 'error-names' ? await w.alertText() : await w.fieldError('password');
      assert.match(shown, /couldn’t reach the sign-in service/);
      assert.equal(await w.step(), 'SIGN_IN');
      assert.equal(await w.value('password'), 'wrong-Passw0rd!');
    });
  }

  it('a password reset loads its calls when asked; if they cannot load, the error shows on the reset form, what was typed stays, and asking again works', async () => {
    const w = await e2e.open();
    await w.waitForStep('SIGN_IN');
    await w.page.setRequestInterception(true);
    let blocked = true;
    w.page.on('request', (request) =>
      blocked && request.url().includes('/off-path-') ? void request.abort() : void request.continue(),
    );
    await w.action('forgot-password');
    await w.waitForStep('RESET_PASSWORD');
    await w.type('username', 'alice@example.com');
    await w.submit();
    assert.match(await w.waitForAlert(), /couldn’t reach the sign-in service/);
    await w.idle();
    assert.equal(await w.step(), 'RESET_PASSWORD');
    assert.equal(await w.value('username'), 'alice@example.com');
    blocked = false;
    await w.submit();
    await w.waitForStep('CONFIRM_RESET_PASSWORD');
    assert.ok((await cdnFiles(w)).includes('chunks/off-path'));
  });

  it('a wrong code whose error names are still loading when the user goes back leaves SIGN_IN without an error', async () => {
    const w = await e2e.open();
    await w.waitForStep('SIGN_IN');
    await w.page.setRequestInterception(true);
    const held = new Promise<HTTPRequest>((resolve) =>
      w.page.on('request', (request) =>
        request.url().includes('/error-names-') ? resolve(request) : void request.continue(),
      ),
    );
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await w.enterCode('000000');
    const request = await held;
    await w.action('back-to-sign-in');
    await w.waitForStep('SIGN_IN');
    await request.continue();
    // The page's own import of the same file settles after the widget's; a task later, the widget has done with it.
    await w.page.evaluate(async (url) => {
      await import(url);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }, request.url());
    assert.equal(await w.alertText(), '');
    assert.deepEqual(await w.events('auth-error'), []);
    assert.equal(await w.step(), 'SIGN_IN');
  });
});
