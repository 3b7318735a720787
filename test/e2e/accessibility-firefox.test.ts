/**
 * The axe audit of every step (`axe-audit.ts`) in Firefox ESR: light (and 320 px wide), dark and forced colours.
 * Puppeteer cannot emulate media features in Firefox, so Firefox is launched once per colour mode with the
 * preferences that set it, and each audit first checks that the page really is in that mode.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { audit, JOURNEYS, NARROW, type Condition } from './axe-audit.js';
import { useE2E, type FirefoxPrefs, type Widget } from './harness.js';

/** `layout.css.prefers-color-scheme.content-override`: 0 dark, 1 light (what pages are told, whatever the OS). */
const LIGHT: FirefoxPrefs = { 'layout.css.prefers-color-scheme.content-override': 1 };
const DARK: FirefoxPrefs = { 'layout.css.prefers-color-scheme.content-override': 0 };
/** "Override the colours specified by the page with your selections: Always": `forced-colors: active`. */
const FORCED: FirefoxPrefs = { ...LIGHT, 'browser.display.document_color_use': 2 };

const e2e = useE2E({ firefoxPrefs: LIGHT });

/** The mode as the page sees it: fails the audit if Firefox did not apply the preference. */
const inMode = (name: string, query: string): Condition => ({
  name,
  async apply(page) {
    assert.equal(await page.evaluate((q) => matchMedia(q).matches, query), true, `${name}: ${query} matches`);
  },
});

const MODES: Array<[string, FirefoxPrefs, Condition[]]> = [
  ['light', LIGHT, [inMode('light', '(prefers-color-scheme: light) and (forced-colors: none)'), NARROW]],
  ['dark', DARK, [inMode('dark', '(prefers-color-scheme: dark) and (forced-colors: none)')]],
  ['forced colours', FORCED, [inMode('forced colours', '(forced-colors: active)')]],
];

describe('the audit in Firefox', () => {
  it('fails on a planted violation (a field without a label)', async () => {
    const w = await e2e.open();
    await w.page.$eval('auth-sign-in form', (form) => form.append(document.createElement('input')));
    const violations = await audit(w, MODES[0][2]);
    assert.ok(
      violations.some((violation) => violation.includes('label')),
      violations.join('\n'),
    );
  });
});

for (const [mode, prefs, conditions] of MODES) {
  describe(`accessibility of every step in Firefox, ${mode}`, () => {
    before(() => e2e.relaunchFirefox(prefs));
    for (const [name, journey] of JOURNEYS) {
      it(name, async () => {
        const open = (options?: Parameters<typeof e2e.open>[0]) => e2e.open(options);
        assert.deepEqual(await journey({ e2e, open, audit: (w: Widget) => audit(w, conditions) }), []);
      });
    }
  });
}
