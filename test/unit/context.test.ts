/**
 * `authContext`: the value `<auth-sign-in>` provides to the page's own elements, per step, through the Context
 * Community Protocol (`context-request`) and through `@lit/context`'s consumer (what `@consume` uses).
 */
import { expect } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { html, LitElement } from 'lit';
import { authContext, type AuthContextValue } from '../../components/public-api.js';
import type { AuthSignIn } from '../../components/auth-sign-in.js';
import { awsError, FakeAuthService, step } from '../support/fake-auth-service.js';
import { mount, nextTask, settle, signInTo, waitForTasks, type Mounted } from './helpers/widget.js';

const CHALLENGE = 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE';

/** Waits until `ready()` holds; fails after 5 s (a catalog may load over the network meanwhile). */
const until = (ready: () => unknown, what: string) => waitForTasks(ready, () => `until(): ${what} never happened`);

/** A page's plain element inside the widget asking for the context; every value it receives is kept. */
async function consumer(el: AuthSignIn, subscribe = true) {
  const values: AuthContextValue[] = [];
  let unsubscribe: (() => void) | undefined;
  const child = document.createElement('div');
  el.append(child);
  child.dispatchEvent(
    Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: authContext,
      subscribe,
      callback: (value: AuthContextValue, stop?: () => void) => {
        values.push(value);
        unsubscribe = stop;
      },
    }),
  );
  await until(() => values.length, 'a first value');
  return { values, latest: () => values.at(-1)!, unsubscribe: () => unsubscribe?.() };
}

async function toChallenge(mounted: Mounted) {
  await signInTo(mounted, CHALLENGE, { additionalInfo: { question: 'What is 2 + 2?', captcha: 'sum' } });
}

describe('authContext', () => {
  it('is the string key "auth-sign-in", for pages without a bundler', () => {
    expect(authContext).to.equal('auth-sign-in');
  });

  it('SIGN_IN: the step, the identifier, the pool rules and the language, nothing busy', async () => {
    const fake = new FakeAuthService();
    fake.policy = { minLength: 10, requireNumbers: true };
    const { el } = await mount(fake, { 'login-mechanism': 'email', lang: 'de' });
    const context = await consumer(el);
    expect(context.latest()).to.deep.include({
      step: 'SIGN_IN',
      identifier: 'email',
      passwordPolicy: { minLength: 10, requireNumbers: true },
      busy: false,
      error: undefined,
      lang: 'de',
      challengeParameters: {},
      choices: [],
    });
  });

  it('the custom challenge: its parameters; submit runs the call busy, a wrong answer comes back at its field', async () => {
    const mounted = await mount(undefined, { 'auth-flow-type': 'CUSTOM_WITH_SRP' });
    await toChallenge(mounted);
    const context = await consumer(mounted.el);
    expect(context.latest().step).to.equal(CHALLENGE);
    expect(context.latest().challengeParameters).to.deep.equal({ question: 'What is 2 + 2?', captcha: 'sum' });
    mounted.fake.answer(
      'confirmSignIn',
      step(CHALLENGE, { additionalInfo: { question: 'What is 2 + 2?', captcha: 'sum' } }),
    );
    await context.latest().submit({ answer: '5' });
    await settle(mounted.el);
    await until(() => context.latest().error?.message.includes('answer'), 'the error text');
    expect(context.values.some((value) => value.busy)).to.equal(true, 'busy while the call ran');
    expect(context.latest()).to.deep.include({ step: CHALLENGE, busy: false });
    expect(context.latest().error).to.deep.equal({
      name: 'WrongAnswer',
      message: 'That answer isn’t right. Try again.',
      field: 'answer',
    });
    mounted.fake.answer('confirmSignIn', step('DONE'));
    await context.latest().submit({ answer: '4' });
    await until(() => context.latest().step === 'DONE', 'DONE');
    expect(context.latest().error).to.equal(undefined);
    const answers = mounted.fake.callsOf('confirmSignIn').map(([request]) => request as { challengeResponse: string });
    expect(answers.map((request) => request.challengeResponse)).to.deep.equal(['5', '4']);
  });

  it('an error at a field the element did not submit is the screen’s (no field)', async () => {
    const mounted = await mount(undefined, { 'auth-flow-type': 'CUSTOM_WITH_SRP' });
    await toChallenge(mounted);
    const context = await consumer(mounted.el);
    await context.latest().submit({ response: '4' }); // not `answer`: refused before any call
    await until(() => context.latest().error, 'the error');
    expect(context.latest().error).to.include({ name: 'RequiredField' });
    expect(context.latest().error).not.to.have.property('field');
    expect(mounted.fake.callsOf('confirmSignIn')).to.have.length(0);
  });

  it('a failed call keeps the step; the error names the service’s error', async () => {
    const mounted = await mount(undefined, { 'auth-flow-type': 'CUSTOM_WITH_SRP' });
    await toChallenge(mounted);
    const context = await consumer(mounted.el);
    mounted.fake.answer('confirmSignIn', awsError('NotAuthorizedException', 'Invalid session for the user.'));
    await context.latest().submit({ answer: '4' });
    await until(() => context.latest().error?.message, 'the error text');
    expect(context.latest().error!.name).to.equal('NotAuthorizedException');
    expect(context.latest().error!.message).not.to.contain('Invalid session');
  });

  it('a code step: where the code went; back() returns to SIGN_IN', async () => {
    const mounted = await mount();
    const codeDeliveryDetails = { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' };
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE', { codeDeliveryDetails });
    const context = await consumer(mounted.el);
    expect(context.latest().codeDelivery).to.deep.equal(codeDeliveryDetails);
    expect(context.latest().username).to.equal('alice@example.com');
    context.latest().back();
    await until(() => context.latest().step === 'SIGN_IN', 'SIGN_IN');
    await settle(mounted.el);
    expect(mounted.el.step).to.equal('SIGN_IN');
  });

  it('choice and new-password steps: the choices, the missing attributes', async () => {
    const mounted = await mount();
    await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', { allowedMFATypes: ['SMS', 'TOTP'] });
    const context = await consumer(mounted.el);
    expect(context.latest().choices).to.deep.equal(['SMS', 'TOTP']);
    context.latest().back();
    await until(() => context.latest().step === 'SIGN_IN', 'SIGN_IN');
    await settle(mounted.el);
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', { missingAttributes: ['given_name'] });
    await until(() => context.latest().step === 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'the new step');
    expect(context.latest()).to.deep.include({ missingAttributes: ['given_name'], choices: [] });
  });

  it('follows the language; a one-time request gets one value; unsubscribing stops the values', async () => {
    const { el } = await mount();
    const subscribed = await consumer(el);
    const once = await consumer(el, false);
    el.lang = 'fr';
    await until(() => subscribed.latest().lang === 'fr', 'the new language');
    expect(once.values).to.have.length(1);
    subscribed.unsubscribe();
    const seen = subscribed.values.length;
    el.lang = 'es';
    await until(() => el.getAttribute('lang') === 'es', 'the attribute');
    for (let i = 0; i < 20; i++) await nextTask();
    expect(subscribed.values).to.have.length(seen);
  });

  it("@lit/context's consumer (what @consume uses) gets the value and every change", async () => {
    class LitConsumer extends LitElement {
      readonly auth = new ContextConsumer(this, { context: authContext, subscribe: true });
      protected override render() {
        return html`<p>${this.auth.value?.step}</p>`;
      }
    }
    if (!customElements.get('unit-lit-consumer')) customElements.define('unit-lit-consumer', LitConsumer);
    const mounted = await mount(undefined, { 'auth-flow-type': 'CUSTOM_WITH_SRP' });
    const lit = document.createElement('unit-lit-consumer') as LitConsumer;
    lit.slot = CHALLENGE;
    mounted.el.append(lit);
    await until(() => lit.auth.value, 'the value');
    await lit.updateComplete;
    expect(lit.shadowRoot!.textContent).to.contain('SIGN_IN');
    await toChallenge(mounted);
    await until(() => lit.auth.value?.step === CHALLENGE, 'the new step');
    await lit.updateComplete;
    expect(lit.shadowRoot!.textContent).to.contain(CHALLENGE);
    expect(lit.auth.value!.challengeParameters.question).to.equal('What is 2 + 2?');
  });
});
