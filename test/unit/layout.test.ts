/**
 * Every screen (test/screens/screens.ts), and every `<auth-account>` screen (test/screens/account-screens.ts), in every
 * built-in language at 320 px, in Chromium and Firefox: the card
 * never scrolls sideways and neither does the page, every control sits inside the card's content box and shows its
 * whole text, and fields and full-width buttons keep at least 60 % of the content width (icon buttons and quiet text
 * links excepted). New screens and catalogs are picked up by themselves.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { BUILT_IN_LANGUAGES } from '../../src/i18n.js';
import { EVERY_SCREEN } from '../screens/every-screen.js';
import { SCREENS } from '../screens/screens.js';

const WIDTH = 320;
/** Sub-pixel rounding differs between engines. */
const SLACK = 1;

const visible = (node: Element) => {
  const rect = node.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1 && getComputedStyle(node).visibility !== 'hidden';
};
const describe_ = (node: Element) =>
  `${node.tagName.toLowerCase()}${node.getAttribute('name') ? `[name=${node.getAttribute('name')}]` : ''}` +
  `${node.className ? `.${String(node.className).split(' ')[0]}` : ''} "${(node.textContent ?? '').trim().slice(0, 30)}"`;

/** What is wrong with the layout of the widget (`<auth-sign-in>` or `<auth-account>`) as shown; empty when nothing is. */
export function layoutProblems(el: HTMLElement): string[] {
  const problems: string[] = [];
  const card = el.shadowRoot!.querySelector<HTMLElement>('[part=card]')!;
  if (card.scrollWidth > card.clientWidth)
    problems.push(`card scrolls sideways (${card.scrollWidth} > ${card.clientWidth})`);
  if (document.documentElement.scrollWidth > innerWidth)
    problems.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${innerWidth})`);
  const style = getComputedStyle(card);
  const box = card.getBoundingClientRect();
  const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  const content = right - left;
  const controls = [...el.querySelectorAll('input, button, select, textarea, a, label, h2, p')].filter(
    (node) => visible(node) && !(node as HTMLInputElement).hidden,
  );
  for (const node of controls) {
    const rect = node.getBoundingClientRect();
    if (rect.left < left - SLACK || rect.right > right + SLACK)
      problems.push(`${describe_(node)} outside the content box (${rect.left}–${rect.right} of ${left}–${right})`);
    if (node.scrollWidth > node.clientWidth + SLACK && getComputedStyle(node).overflowX !== 'visible')
      problems.push(`${describe_(node)} clips its text`);
    const checkbox = node instanceof HTMLInputElement && node.type === 'checkbox';
    const small = node.matches('.auth-reveal, .auth-link, label, h2, p, a') || checkbox;
    if (node.matches('input, button') && !small && rect.width < 0.6 * content - SLACK)
      problems.push(`${describe_(node)} is ${Math.round(rect.width)} px, under 60 % of ${Math.round(content)} px`);
  }
  return problems;
}

describe(`layout at ${WIDTH} px, every screen in every language`, () => {
  let holder: HTMLElement;
  before(async () => {
    await setViewport({ width: WIDTH, height: 900 });
    holder = document.createElement('div');
    document.body.append(holder);
  });
  after(async () => {
    holder.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('the screens list covers every screen the widget has', () => {
    expect(SCREENS.length).to.be.greaterThan(20);
    expect(BUILT_IN_LANGUAGES.length).to.be.greaterThan(30);
  });

  for (const screen of EVERY_SCREEN) {
    it(`${screen.name}`, async function () {
      this.timeout(120_000);
      const problems: string[] = [];
      for (const lang of BUILT_IN_LANGUAGES) {
        const el = await screen.show(holder, lang);
        problems.push(...layoutProblems(el).map((problem) => `${lang}: ${problem}`));
        const password = el.querySelector('input[type=password]:not([hidden])');
        if (password) {
          const style = getComputedStyle(el.shadowRoot!.querySelector('[part=card]')!);
          const content =
            el.shadowRoot!.querySelector('[part=card]')!.clientWidth -
            parseFloat(style.paddingLeft) -
            parseFloat(style.paddingRight);
          const width = password.getBoundingClientRect().width;
          if (width < 0.6 * content) problems.push(`${lang}: password field ${width} px of ${content} px`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
