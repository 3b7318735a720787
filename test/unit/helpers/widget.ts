/** Mounting `<auth-sign-in>` with a fake service, and acting on it as a user would. */
import { expect, oneEvent } from '@open-wc/testing';
import '../../../components/index.js';
import type { AuthSignIn } from '../../../components/auth-sign-in.js';
import type { AuthStepChangeDetail } from '../../../src/events.js';
import { FakeAuthService, step, unscriptedCalls } from '../../support/fake-auth-service.js';
import { nextTask, waitForTasks } from '../../support/tasks.js';

export { nextTask, waitForTasks };

/** What the page saw when an `auth-step-change` fired. */
export interface StepChange {
  detail: AuthStepChangeDetail;
  /** The new step's form was in the widget's light DOM. */
  formInDom: boolean;
  /** `document.activeElement` at that moment. */
  active: Element | null;
}

export interface Mounted {
  el: AuthSignIn;
  fake: FakeAuthService;
  /** Every event the widget dispatched, in order. */
  events: CustomEvent[];
  /** Every step change, with what the DOM held when it fired. */
  changes: StepChange[];
}

export const EVENT_NAMES = [
  'auth-step-change',
  'auth-signed-in',
  'auth-signed-out',
  'auth-error',
  'auth-passkey-registered',
];

// Each test starts with no pending sign-in and no remembered choice (a reload is simulated within one test).
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

const holders: Element[] = [];
afterEach(function () {
  for (const holder of holders.splice(0)) holder.remove();
  const unscripted = unscriptedCalls.splice(0);
  if (unscripted.length) throw new Error(`${this.currentTest?.fullTitle()}: the test did not script ${unscripted}`);
});

/**
 * A container on the page, removed after the test. Not `fixture()`: it waits for an animation frame, and a
 * page that runs in a background tab (two test files at once) gets none.
 */
export function container(): HTMLDivElement {
  const holder = document.createElement('div');
  document.body.append(holder);
  holders.push(holder);
  return holder;
}

/** Mounts the widget and waits for startup to end (the first `auth-step-change`, and any text still loading). */
export async function mount(
  fake = new FakeAuthService(),
  attributes: Record<string, string> = {},
  properties: Partial<AuthSignIn> = {},
  parent?: Element,
): Promise<Mounted> {
  const holder = parent ?? container();
  const el = document.createElement('auth-sign-in') as AuthSignIn;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, { authService: fake, ...properties });
  const events: CustomEvent[] = [];
  const changes: StepChange[] = [];
  for (const name of EVENT_NAMES) el.addEventListener(name, (event) => events.push(event as CustomEvent));
  el.addEventListener('auth-step-change', (event) => {
    const { detail } = event;
    const form = el.querySelector(`:scope > [step="${CSS.escape(detail.step)}"] form`);
    changes.push({ detail, formInDom: Boolean(form), active: document.activeElement });
  });
  const started = oneEvent(el, 'auth-step-change');
  holder.append(el);
  await started;
  await settle(el);
  return { el, fake, events, changes };
}

/** Simulates a reload: the widget goes away, a new one (with a new fake) starts on the same tab. */
export async function reload(mounted: Mounted, attributes: Record<string, string> = {}): Promise<Mounted> {
  const parent = mounted.el.parentElement!;
  mounted.el.remove();
  return mount(new FakeAuthService(), attributes, {}, parent);
}

export const field = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

export function type(el: Element, name: string, value: string) {
  const input = field(el, name);
  if (!input) throw new Error(`No field ${name} on step ${el.getAttribute('step')}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Types each value into the field of that name. */
export function fill(el: Element, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) type(el, name, value);
}

export const primaryButton = (el: Element) =>
  el.querySelector<HTMLButtonElement>('form button[type=submit]:not([name])')!;
export const choiceButton = (el: Element, value: string) =>
  el.querySelector<HTMLButtonElement>(`button[type=submit][name=choice][value="${value}"]`)!;
export const choiceValues = (el: Element) =>
  [...el.querySelectorAll<HTMLButtonElement>('button[type=submit][name=choice]')].map((button) => button.value);
export const actionButton = (el: Element, action: string) =>
  el.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
export const heading = (el: Element) => el.querySelector<HTMLElement>('form h2')!;
/** An error's message, without the "Error:" prefix every error carries (checked in errors.test.ts). */
export const errorMessage = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelector('.auth-error-prefix')?.remove();
  return copy.textContent?.trim() ?? '';
};
/** Every alert and every field's error (read once, as the focused field's description), without the prefix. */
export const alertText = (el: Element) =>
  [...el.querySelectorAll('[role=alert], .auth-field-error')].map(errorMessage).filter(Boolean).join(' | ');
/** The text of the form's own alert (not a field's error). */
export const formAlertText = (el: Element) => errorMessage(el.querySelector('form > [role=alert]'));
export const fieldErrorText = (el: Element, name: string) => {
  const id = field(el, name)
    ?.getAttribute('aria-describedby')
    ?.split(' ')
    .find((part) => part.endsWith('-error'));
  return id ? errorMessage(el.querySelector(`#${id}`)) : undefined;
};

/** Clicks `button` and resolves with the next step change. */
export async function clickToStep(el: Element, button: HTMLElement): Promise<AuthStepChangeDetail> {
  if (!button) throw new Error(`No such button on step ${el.getAttribute('step')}`);
  const next = oneEvent(el, 'auth-step-change');
  button.click();
  return (await next).detail;
}

/** Fills the fields, submits the form with its primary button, and resolves with the next step change. */
export const submitToStep = (el: Element, values: Record<string, string> = {}) => {
  fill(el, values);
  return clickToStep(el, primaryButton(el));
};

/** Fills the fields, submits, and waits until the call has been answered and shown (the step stays). */
export async function submitAndSettle(
  el: AuthSignIn,
  values: Record<string, string> = {},
  button: HTMLElement = primaryButton(el),
) {
  fill(el, values);
  button.click();
  await settle(el);
}

/**
 * Resolves once the widget is idle (no call under way) and rendered; fails after 5 s with the widget still busy,
 * naming the busy element and what it reads. An error's meaning may come from a file the first error loads
 * (`error-names.ts`), over the network.
 */
export async function settle(el: AuthSignIn) {
  // A task first: what a click started (a submit, a step change) is under way by then.
  await nextTask();
  await waitForTasks(
    async () => {
      const current = el.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[step]:not(auth-sign-in)');
      await current?.updateComplete;
      return !el.querySelector('[aria-busy=true]');
    },
    () => {
      const busy = el.querySelector('[aria-busy=true]');
      const text = busy?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 120);
      return `settle(): the widget is still busy on step ${el.getAttribute('step')} (${describeElement(busy)}: "${text}")`;
    },
  );
}

/** An element in words (`input[name=code]`, `h2`, `body`), for focus checks that fail readably. */
export const describeElement = (node: Element | null | undefined) =>
  !node
    ? 'nothing'
    : `${node.tagName.toLowerCase()}${node.getAttribute('name') ? `[name=${node.getAttribute('name')}]` : ''}`;

/**
 * Checks that focus is on `target`. Compares identities and reports names: a failed `expect(element).to.equal(…)`
 * makes the runner serialize the whole page, which can take the browser down.
 */
export function expectFocusOn(target: Element | null | undefined, what = 'focus') {
  const active = document.activeElement;
  expect(active === target, `${what}: on ${describeElement(active)}, expected ${describeElement(target)}`).to.equal(
    true,
  );
}

export const CREDENTIALS = { username: 'alice@example.com', password: 'Passw0rd!' };

/** Signs in with {@link CREDENTIALS}, the fake answering `signIn` with `signInStep`; resolves on the new step. */
export function signInTo(mounted: Mounted, signInStep: string, extra: Record<string, unknown> = {}) {
  mounted.fake.answer('signIn', step(signInStep, extra));
  return submitToStep(mounted.el, CREDENTIALS);
}

/** The `detail`s of the events of one type. */
export const detailsOf = (events: CustomEvent[], type: string) =>
  events.filter((event) => event.type === type).map((event) => event.detail);
export const stepsSeen = (events: CustomEvent[]) =>
  detailsOf(events, 'auth-step-change').map((detail: AuthStepChangeDetail) => detail.step);

/** What the current form shows: its `aria-busy`, the text of its alerts and of its status region. */
export interface FormSnapshot {
  busy: string | null;
  alert: string;
  status: string;
}

/** Records what the form shows after every change inside the widget, until stopped. */
export function recordForm(el: Element): { snapshots: FormSnapshot[]; stop: () => void } {
  const snapshots: FormSnapshot[] = [];
  const observer = new MutationObserver(() => {
    const form = el.querySelector('form');
    if (!form) return;
    snapshots.push({
      busy: form.getAttribute('aria-busy'),
      alert: [...form.querySelectorAll('[role=alert], .auth-field-error')]
        .map((node) => node.textContent?.trim())
        .join(' '),
      status: form.querySelector('[role=status]')?.textContent?.trim() ?? '',
    });
  });
  observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  return { snapshots, stop: () => observer.disconnect() };
}
