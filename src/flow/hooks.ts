/**
 * The page's hooks before every call (the `hooks` property: their types; `hook-runner.ts` runs them, loaded with the
 * first submit that has hooks) and the client metadata the calls carry (the `client-metadata` attribute).
 */
import type { ClientMetadata } from '../auth-service.js';
import { errorMessage } from './errors.js';
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

/** The strings of `value`, an object (anything else: none); the names of the entries dropped. */
export function stringEntries(value: unknown): { strings: Record<string, string>; dropped: string[] } {
  const strings: Record<string, string> = {};
  const dropped: string[] = [];
  if (!isRecord(value)) return { strings, dropped };
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry === 'string') strings[name] = entry;
    else dropped.push(name);
  }
  return { strings, dropped };
}

/** The metadata a call carries: the attribute's, with the submit's hooks' over it; `undefined` when there is none. */
export function mergeMetadata(
  base: ClientMetadata | undefined,
  extra: ClientMetadata | undefined,
): ClientMetadata | undefined {
  const merged = { ...base, ...extra };
  return Object.keys(merged).length ? merged : undefined;
}

/**
 * The `client-metadata` attribute: a JSON object of strings. `problem` says what is wrong (invalid JSON, not an
 * object, entries that are not strings and were dropped); the widget works on with what is usable.
 */
export function parseClientMetadata(text: string | null): { metadata?: ClientMetadata; problem?: string } {
  if (text === null || !text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `client-metadata is not valid JSON (${errorMessage(error)}); it is ignored` };
  }
  if (!isRecord(parsed)) return { problem: 'client-metadata must be a JSON object of strings; it is ignored' };
  const { strings, dropped } = stringEntries(parsed);
  const problem = dropped.length ? `client-metadata values must be strings; ${dropped.join(', ')} ignored` : undefined;
  return { metadata: strings, ...(problem ? { problem } : {}) };
}
