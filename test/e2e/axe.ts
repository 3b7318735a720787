/** axe (WCAG 2.0/2.1/2.2 A and AA) on an element of the page, in each of a list of conditions. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A condition an element is audited in: named, put in place, and taken away again. */
export interface Condition {
  name: string;
  apply(page: Page): Promise<unknown>;
  undo?(page: Page): Promise<unknown>;
}

/** 320 px wide: works in both engines. */
export const NARROW: Condition = {
  name: '320 px',
  apply: (page) => page.setViewport({ width: 320, height: 720 }),
  undo: (page) => page.setViewport({ width: 800, height: 720 }),
};

const emulated = (name: string, feature: string, value: string): Condition => ({
  name,
  apply: (page) => page.emulateMediaFeatures([{ name: feature, value }]),
  undo: (page) => page.emulateMediaFeatures([]),
});

/** Light, dark, forced colours (emulated: Chromium only) and 320 px. */
export const CHROMIUM_CONDITIONS: Condition[] = [
  emulated('light', 'prefers-color-scheme', 'light'),
  emulated('dark', 'prefers-color-scheme', 'dark'),
  emulated('forced colours', 'forced-colors', 'active'),
  NARROW,
];

/** Every violation axe finds in `selector` in each condition, named with `label` and the condition. */
export async function axeViolations(
  page: Page,
  selector: string,
  label: string,
  conditions: Condition[] = CHROMIUM_CONDITIONS,
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found: string[] = [];
  for (const condition of conditions) {
    await condition.apply(page);
    const violations = await page.evaluate(
      async (target, tags) => {
        const axe = (window as unknown as { axe: any }).axe;
        const result = await axe.run(target, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map(
          (v: any) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
        );
      },
      selector,
      TAGS,
    );
    found.push(...violations.map((violation: string) => `${label} in ${condition.name}: ${violation}`));
    await condition.undo?.(page);
  }
  return found;
}
