/**
 * Every step audited with axe (WCAG 2.0/2.1/2.2 A and AA) in light, dark, forced colours and 320 px wide, and
 * no autofill hint from Chromium ("[DOM] Password forms should have (optionally hidden) username fields", …).
 * The same audit runs in Firefox (`accessibility-firefox.test.ts`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { audit as auditIn, JOURNEYS } from './axe-audit.js';
import { CHROMIUM_CONDITIONS } from './axe.js';
import { PASSWORD, useE2E, type PageOptions, type Widget } from './harness.js';

const e2e = useE2E();

const audit = (w: Widget) => auditIn(w, CHROMIUM_CONDITIONS);

/**
 * Chromium's autofill and form hints: the `[DOM] …` console lines and the form issues DevTools lists (a label
 * for no field, a duplicate id, an empty or wrong autocomplete, …). Headless Chromium has no password manager, so
 * "Password forms should have (optionally hidden) username fields" is checked in the unit tests instead.
 */
async function collectDomHints(page: Page, hints: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.text().startsWith('[DOM]')) hints.push(message.text());
  });
  const session = await page.createCDPSession();
  await session.send('Log.enable');
  await session.send('Audits.enable');
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.text.startsWith('[DOM]')) hints.push(entry.text);
  });
  session.on('Audits.issueAdded', ({ issue }) => {
    const type = issue.details.genericIssueDetails?.errorType ?? '';
    if (issue.code === 'GenericIssue' && type.startsWith('Form')) hints.push(type);
  });
}

describe('accessibility of every step', () => {
  for (const [name, journey] of JOURNEYS) {
    it(name, async () => {
      const hints: string[] = [];
      const open = async (options?: PageOptions) => {
        const w = await e2e.open(options);
        await collectDomHints(w.page, hints);
        return w;
      };
      assert.deepEqual(await journey({ e2e, open, audit }), []);
      assert.deepEqual(hints, []);
    });
  }

  it('right to left: Arabic sets dir, mirrors the layout and keeps the phone number readable', async () => {
    const w = await e2e.open({ lang: 'ar' });
    assert.equal(await w.page.$eval('auth-sign-in', (el) => el.getAttribute('dir')), 'rtl');
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const layout = await w.page.$eval('auth-sign-in', (el) => ({
      direction: getComputedStyle(el.querySelector('h2')!).direction,
      phone: el.querySelector('.auth-hint bdi')?.textContent,
      // Where "+" and the last digit are drawn: "+*******0100" reads left to right, "+" first.
      plusBeforeDigits: (() => {
        const text = [...el.querySelector('.auth-hint bdi')!.childNodes].find(
          (node) => node.nodeType === Node.TEXT_NODE,
        )!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const plus = range.getBoundingClientRect().left;
        range.setStart(text, text.textContent!.length - 1);
        range.setEnd(text, text.textContent!.length);
        return plus < range.getBoundingClientRect().left;
      })(),
      headingRight: el.querySelector('h2')!.getBoundingClientRect().right,
      formRight: el.querySelector('form')!.getBoundingClientRect().right,
    }));
    assert.equal(layout.direction, 'rtl');
    assert.equal(layout.phone, '+*******0100');
    assert.equal(layout.plusBeforeDigits, true, 'the number is drawn left to right');
    assert.ok(Math.abs(layout.headingRight - layout.formRight) < 2, 'the heading starts at the right edge');
    assert.deepEqual(await audit(w), []);
  });

  it('the audit fails on a planted violation (a field without a label)', async () => {
    const w = await e2e.open();
    await w.page.$eval('auth-sign-in form', (form) => form.append(document.createElement('input')));
    const violations = await audit(w);
    assert.ok(
      violations.some((violation) => violation.includes('label')),
      violations.join('\n'),
    );
  });
});
