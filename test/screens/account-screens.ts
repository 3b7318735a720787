/**
 * `<auth-account>`'s sections as a person meets them, for the layout test (`test/unit/layout.test.ts`), the visual
 * regression test and the gallery (`scripts/screens.ts`, through `screens-page.ts`): each section in its default
 * state (the lists filled, dates fixed), the authenticator app's setup (QR code and key) and a field error (a wrong
 * current password). The account element is signed in with a scripted fake service; each screen shows the sections
 * it names, in that order.
 */
import '../../components/index.js';
import { defineAccountElements } from '../../components/account/define.js';
import type { AuthAccount } from '../../components/auth-account.js';
import { awsError, FakeAuthService, signedInUser } from '../support/fake-auth-service.js';
import { until } from './screens.js';

export interface AccountScreen {
  /** File-name friendly id, `account-…`. */
  name: string;
  /** The `sections` attribute. */
  sections: string;
  /** From the sections' first state to this one, as a user gets there. */
  reach?: (el: AuthAccount, fake: FakeAuthService) => Promise<unknown>;
}

const ADDED = new Date('2026-11-02T10:00:00Z');
const USED = new Date('2026-12-01T08:30:00Z');

/** Every section shown, idle and rendered. */
async function settled(el: AuthAccount, what: string) {
  await until(() => el.signedIn === true && Boolean(el.querySelector('[step] form')), `${what}: a section`);
  await until(() => !el.querySelector('[aria-busy=true]'), `${what}: idle`);
  for (const section of el.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('[step]'))
    await section.updateComplete;
}

const form = (el: AuthAccount, section: string) => {
  const found = el.querySelector<HTMLFormElement>(`[step="${section}"] form`);
  if (!found) throw new Error(`account screens: no ${section} section`);
  return found;
};

function fill(el: AuthAccount, section: string, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = form(el, section).querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) throw new Error(`account screens: no field ${name} in ${section}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/**
 * A signed-in person with an email, a phone number and names; a passkey of each kind; this device and another; SMS
 * on; a pool with password rules.
 */
function prepare(fake: FakeAuthService) {
  fake.user = signedInUser();
  fake.attributes = {
    sub: 'sub-123',
    email: 'alice@example.com',
    email_verified: 'true',
    phone_number: '+14255550100',
    phone_number_verified: 'true',
    given_name: 'Alice',
    family_name: 'Liddell',
  };
  fake.passkeys = [
    { id: 'cred-1', name: 'Laptop', createdAt: ADDED },
    { id: 'cred-2', createdAt: ADDED, lastUsedAt: USED },
  ];
  fake.devices = {
    devices: [
      { id: 'dev-a', name: 'Firefox on Linux', lastUsedAt: USED },
      { id: 'dev-b', name: 'Chrome on Android', lastUsedAt: ADDED },
    ],
    currentDeviceKey: 'dev-b',
  };
  fake.mfaPreference = { enabled: ['SMS'], preferred: 'SMS' };
  fake.policy = { minLength: 10, requireUppercase: true, requireNumbers: true };
}

export const ACCOUNT_SCREENS: AccountScreen[] = [
  { name: 'account-profile', sections: 'profile' },
  { name: 'account-password', sections: 'password' },
  { name: 'account-mfa', sections: 'mfa' },
  {
    name: 'account-totp-setup',
    sections: 'mfa',
    reach: async (el) => {
      form(el, 'mfa').querySelector<HTMLButtonElement>('button[name=choice][value="enable:TOTP"]')!.click();
      await until(() => Boolean(el.querySelector('[step=mfa] svg.auth-qr')), 'the QR code');
    },
  },
  { name: 'account-passkeys-devices', sections: 'passkeys devices' },
  { name: 'account-sessions-delete', sections: 'sessions delete' },
  {
    name: 'account-password-error',
    sections: 'password',
    reach: async (el, fake) => {
      fake.answer('updatePassword', awsError('NotAuthorizedException', 'Incorrect username or password.'));
      fill(el, 'password', {
        password: 'Wr0ng-password!',
        newPassword: 'N3w-Passw0rd!',
        confirmPassword: 'N3w-Passw0rd!',
      });
      form(el, 'password').requestSubmit();
      await until(
        () => form(el, 'password').querySelector('input[name=password]')?.getAttribute('aria-invalid') === 'true',
        'the wrong current password at its field',
      );
    },
  },
];

/** Puts an `<auth-account>` showing `screen` in `lang` into `holder`; resolves once it is there and idle. */
export async function showAccountScreen(holder: Element, screen: AccountScreen, lang = 'en'): Promise<AuthAccount> {
  defineAccountElements();
  sessionStorage.clear();
  localStorage.clear();
  const fake = new FakeAuthService();
  prepare(fake);
  const el = document.createElement('auth-account');
  for (const [name, value] of Object.entries({ lang, sections: screen.sections, 'totp-issuer': 'Example' }))
    el.setAttribute(name, value);
  el.authService = fake;
  holder.replaceChildren(el);
  await settled(el, screen.name);
  await screen.reach?.(el, fake);
  await settled(el, screen.name);
  return el;
}
