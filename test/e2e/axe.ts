/** axe (WCAG 2.0/2.1/2.2 A and AA) on an element of the page in light, dark, forced colours and 320 px wide. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const CONDITIONS: Array<[string, (page: Page) => Promise<unknown>]> = [
  ['light', (page) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }])],
  ['dark', (page) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }])],
  ['forced colours', (page) => page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }])],
  ['320 px', (page) => page.setViewport({ width: 320, height: 720 })],
];

/** Every violation axe finds in `selector` in each condition, named with `label` and the condition. */
export async function axeViolations(page: Page, selector: string, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found: string[] = [];
  for (const [name, apply] of CONDITIONS) {
    await apply(page);
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
    found.push(...violations.map((violation: string) => `${label} in ${name}: ${violation}`));
    await page.emulateMediaFeatures([]);
    await page.setViewport({ width: 800, height: 720 });
  }
  return found;
}
