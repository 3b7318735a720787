/**
 * The page's hooks before every call (the `hooks` property: their types; `hook-runner.ts` runs them, loaded with the
 * first submit that has hooks) and the client metadata the calls carry (the `client-metadata` attribute).
 */
import type { ClientMetadata } from '../auth-service.js';
import type { Step } from './steps.js';

export type { ClientMetadata } from '../auth-service.js';

/** A form's values by field name, as the step's form submits them (`choice`: the choice button pressed). */
export type FormValues = Readonly<Record<string, string | undefined>>;

/** What a hook may return besides the values themselves: values and metadata for this submit's calls. */
export interface HookOutcome {
  /** The values the step reads instead (unchanged when absent). */
  values?: FormValues;
  /** Merged over the `client-metadata` attribute for every call this submit makes. */
  clientMetadata?: ClientMetadata;
}

/** What a hook returns: the values (changed or not), a {@link HookOutcome}, or nothing (values unchanged). */
export type HookResult = FormValues | HookOutcome | undefined | void;

/**
 * A hook: `(step, values)` before the call. Throw (or reject with) an {@link InputRefusal}, or a list of them,
 * to show it at its field and make no call; any other throw shows as the form's alert.
 */
export type AuthHook = (step: Step, values: FormValues) => HookResult | Promise<HookResult>;

/** A page's refusal of what was typed: `message` is shown as written, at `field` (a form field's `name`). */
export interface InputRefusal {
  /** The field it shows at; without one it shows in the form's alert. */
  field?: string;
  message: string;
}

/**
 * The `hooks` property. `validate` runs first on every step's submit; then one `before…` hook by what the step sends:
 * - `beforeSignIn`: `SIGN_IN` (`signIn`);
 * - `beforeSignUp`: `SIGN_UP` (`signUp`);
 * - `beforeResetPassword`: `RESET_PASSWORD` (`resetPassword`, the request for a code);
 * - `beforeConfirm`: every step that answers something asked: codes (`confirmSignIn`, `confirmSignUp`,
 *   `confirmResetPassword` with its new password, `confirmUserAttribute`), a new password, a custom challenge's
 *   answer, a password asked again, the email of email MFA setup, and the choices (MFA, first factor, a contact).
 * `PASSKEY_PROMPT` runs `validate` only.
 */
export interface AuthHooks {
  validate?: AuthHook;
  beforeSignIn?: AuthHook;
  beforeSignUp?: AuthHook;
  beforeConfirm?: AuthHook;
  beforeResetPassword?: AuthHook;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The metadata a call carries: the attribute's, with what the submit's hooks added over it; only string values (a
 * page's property may hold others); `undefined` when there is none.
 */
export function mergeMetadata(base?: ClientMetadata, added?: ClientMetadata): ClientMetadata | undefined {
  const merged: ClientMetadata = {};
  for (const part of [base, added]) {
    if (!isRecord(part)) continue;
    for (const [name, value] of Object.entries(part)) if (typeof value === 'string') merged[name] = value;
  }
  return Object.keys(merged).length ? merged : undefined;
}
