/**
 * The page's own element in a step's slot, through `authContext` (the Context Community Protocol): a plain custom
 * element (pages/page-element.js) asks with `context-request`, shows the challenge and answers with `submit`,
 * through the same runner as the built-in screen. Chromium, the CDN build, the local server's demo pool.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CUSTOM_ANSWER, CUSTOM_QUESTION, useE2E, type Widget } from './harness.js';

const e2e = useE2E();
const STEP = 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE';
const ELEMENT = `e2e-challenge[slot=${STEP}]`;

/** Signs in `username` with custom auth until the page's element shows the challenge. */
async function toChallenge(username = 'custom@example.com'): Promise<Widget> {
  const w = await e2e.open({ 'auth-flow-type': 'CUSTOM_WITHOUT_SRP', 'page-element': '' });
  await w.type('username', username);
  await w.page.click('auth-sign-in [step=SIGN_IN] form button[type=submit]:not([name])');
  await w.waitForStep(STEP);
  await w.page.waitForSelector(`${ELEMENT}[data-step=${STEP}]:not([data-busy])`);
  return w;
}

async function answer(w: Widget, text: string) {
  await w.page.$eval(`${ELEMENT} input[name=answer]`, (input) => ((input as HTMLInputElement).value = ''));
  await w.page.type(`${ELEMENT} input[name=answer]`, text);
  await w.page.click(`${ELEMENT} button[type=submit]`);
}

describe("the page's own element in a step's slot (context-request)", () => {
  it('receives the context, shows the challenge parameter in place of the built-in screen, and answers', async () => {
    const w = await toChallenge();
    assert.match(await w.text(`${ELEMENT} .parameters`), new RegExp(CUSTOM_QUESTION.replace(/[?+]/g, '\\$&')));
    const shown = await w.page.$eval('auth-sign-in', (el) => {
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part=body] slot')!;
      return { name: slot.name, assigned: slot.assignedElements().map((node) => node.localName) };
    });
    assert.deepEqual(shown, { name: STEP, assigned: ['e2e-challenge'] }, "the page's element is the screen");
    await answer(w, CUSTOM_ANSWER);
    await w.expectSignedIn('custom@example.com');
    const steps = await w.page.evaluate(() => (window as any).contextValues.map((value: any) => value.step));
    assert.equal(steps.at(-1), 'DONE', 'the context followed the flow to DONE');
  });

  it("a wrong answer lands at the element's own field, with auth-error, and the right one still signs in", async () => {
    const w = await toChallenge();
    await answer(w, '5');
    await w.page.waitForSelector(`${ELEMENT} input[name=answer][aria-invalid]`);
    assert.match(await w.text(`${ELEMENT} [data-error-for=answer]`), /answer isn’t right/);
    assert.equal(await w.text(`${ELEMENT} .alert`), '', 'not in the alert');
    const [error] = await w.events('auth-error');
    assert.deepEqual([error.detail.step, error.detail.name], [STEP, 'WrongAnswer']);
    assert.equal(await w.step(), STEP);
    await answer(w, CUSTOM_ANSWER);
    await w.expectSignedIn('custom@example.com');
  });

  it('an empty answer is refused at its field without a call; two quick submits make one call', async () => {
    const w = await toChallenge();
    const before = (await e2e.requests()).length;
    await answer(w, '');
    await w.page.waitForSelector(`${ELEMENT} input[name=answer][aria-invalid]`);
    assert.notEqual(await w.text(`${ELEMENT} [data-error-for=answer]`), '');
    assert.equal((await e2e.requests()).length, before, 'nothing sent');
    // The busy guard: a second submit while the first answer is under way is dropped.
    await w.page.evaluate((selector) => {
      const { context } = document.querySelector(selector) as any;
      void context.submit({ answer: '4' });
      void context.submit({ answer: '4' });
    }, ELEMENT);
    await w.waitForStep('DONE');
    const answers = (await e2e.requests()).slice(before).filter((r) => r.includes('RespondToAuthChallenge'));
    assert.equal(answers.length, 1, 'one RespondToAuthChallenge');
  });
});
