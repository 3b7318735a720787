/** `<auth-account>` mounted with the fake service, and what its unit tests read of it. */
import '../../../components/index.js';
import type { AuthAccount } from '../../../components/auth-account.js';
import { FakeAuthService, signedInUser } from '../../support/fake-auth-service.js';
import { container, waitForTasks } from './widget.js';

export const NEW_PASSWORD = 'N3w-Passw0rd!';

export interface MountedAccount {
  el: AuthAccount;
  fake: FakeAuthService;
  events: CustomEvent[];
}

/** Waits until `done()` holds, a task at a time (not timers: a background page throttles them), for 5 s at most. */
export const until = (done: () => boolean) => waitForTasks(done, () => 'until(): the condition was not met');

export async function mountAccount(
  signedIn = true,
  attributes: Record<string, string> = {},
  prepare: (fake: FakeAuthService) => void = () => {},
): Promise<MountedAccount> {
  const fake = new FakeAuthService();
  if (signedIn) fake.user = signedInUser();
  prepare(fake);
  const el = document.createElement('auth-account');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.authService = fake;
  const events: CustomEvent[] = [];
  for (const type of ['auth-account-change', 'auth-signed-out', 'auth-error'])
    el.addEventListener(type, (event) => events.push(event as CustomEvent));
  container().append(el);
  await until(() => el.signedIn !== undefined && (!signedIn || Boolean(el.querySelector('form'))));
  await settled(el);
  return { el, fake, events };
}

/** Every section idle and rendered, and any text still loading in place. */
export async function settled(el: AuthAccount) {
  await until(() => !el.querySelector('[aria-busy=true]'));
  for (const section of el.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('[step]'))
    await section.updateComplete;
}

export const form = (el: Element, section: string) => el.querySelector<HTMLFormElement>(`[step="${section}"] form`)!;
export const input = (el: Element, section: string, name: string) =>
  form(el, section).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
export const status = (el: Element, section: string) =>
  form(el, section).querySelector('[role=status]')?.textContent?.trim();
export const detailsOf = (events: CustomEvent[], type: string) =>
  events.filter((e) => e.type === type).map((e) => e.detail);

export const submit = (el: Element, section: string) =>
  form(el, section).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
