/** Mounting `<auth-sign-in>` with a fake service, and acting on it as a user would. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../../components/index.js';
import type { AuthSignIn } from '../../../components/auth-sign-in.js';
import type { AuthStepChangeDetail } from '../../../src/events.js';
import { FakeAuthService } from './fake-auth-service.js';

export interface Mounted {
  el: AuthSignIn;
  fake: FakeAuthService;
  /** Every event the widget dispatched, in order. */
  events: CustomEvent[];
}

const EVENT_NAMES = ['auth-step-change', 'auth-signed-in', 'auth-signed-out', 'auth-error', 'auth-passkey-registered'];

/** Mounts the widget and waits for startup to end (the first `auth-step-change`). */
export async function mount(
  fake = new FakeAuthService(),
  attributes: Record<string, string> = {},
  properties: Partial<AuthSignIn> = {},
): Promise<Mounted> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('auth-sign-in') as AuthSignIn;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, { authService: fake, ...properties });
  const events: CustomEvent[] = [];
  for (const name of EVENT_NAMES) el.addEventListener(name, (event) => events.push(event as CustomEvent));
  const started = oneEvent(el, 'auth-step-change');
  holder.append(el);
  await started;
  return { el, fake, events };
}

export const field = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

export function type(el: Element, name: string, value: string) {
  const input = field(el, name);
  if (!input) throw new Error(`No field ${name} on step ${el.getAttribute('step')}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export const primaryButton = (el: Element) => el.querySelector<HTMLButtonElement>('form button[type=submit]:not([name])')!;
export const choiceButton = (el: Element, value: string) =>
  el.querySelector<HTMLButtonElement>(`button[type=submit][name=choice][value="${value}"]`)!;
export const actionButton = (el: Element, action: string) => el.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
export const alertText = (el: Element) =>
  [...el.querySelectorAll('[role=alert]')].map((node) => node.textContent?.trim()).filter(Boolean).join(' | ');
export const fieldErrorText = (el: Element, name: string) => {
  const id = field(el, name)?.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? el.querySelector(`#${id}`)?.textContent?.trim() : undefined;
};

/** Clicks `button` and resolves with the next step change. */
export async function clickToStep(el: Element, button: HTMLElement): Promise<AuthStepChangeDetail> {
  const next = oneEvent(el, 'auth-step-change');
  button.click();
  return (await next).detail;
}

/** Resolves once the widget is idle (no call under way) and rendered. */
export async function settle(el: AuthSignIn) {
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const step = el.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[step]:not(auth-sign-in)');
    await step?.updateComplete;
    if (!el.querySelector('[aria-busy=true]')) return;
  }
}
