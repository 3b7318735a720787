/**
 * The page's hooks before every call (the `hooks` property) and the client metadata the calls carry (the
 * `client-metadata` attribute). A submit runs `validate`, then the hook of its step's kind, on the form's values;
 * what they return is what the step reads, and a refusal they throw shows at its field with no call made. Pure:
 * the controller runs them inside the user's action (busy, late answers dropped).
 */
import type { ClientMetadata } from '../auth-service.js';
import { errorMessage, type FlowError } from './errors.js';
import type { AnswerKind, Step } from './steps.js';

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

/** The `before…` hook of each kind of answer (`steps.ts`); `undefined`: `validate` only. */
const BEFORE: Readonly<Record<AnswerKind, keyof AuthHooks | undefined>> = {
  signIn: 'beforeSignIn',
  signUp: 'beforeSignUp',
  resetRequest: 'beforeResetPassword',
  code: 'beforeConfirm',
  signUpCode: 'beforeConfirm',
  resetConfirm: 'beforeConfirm',
  verifyContact: 'beforeConfirm',
  choice: 'beforeConfirm',
  password: 'beforeConfirm',
  answer: 'beforeConfirm',
  email: 'beforeConfirm',
  newPassword: 'beforeConfirm',
  registerPasskey: undefined,
  none: undefined,
};

/** The hooks a submit of this kind runs, in order: `validate`, then its `before…` hook (those the page set). */
export function hooksFor(hooks: AuthHooks | undefined, kind: AnswerKind): AuthHook[] {
  if (!hooks) return [];
  const before = BEFORE[kind];
  return [hooks.validate, before && hooks[before]].filter((hook): hook is AuthHook => typeof hook === 'function');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
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

/** A hook's result as values and metadata (a result that is neither keeps the values it was given). */
function outcomeOf(result: unknown, values: FormValues): { values: FormValues; clientMetadata: ClientMetadata } {
  if (!isRecord(result)) return { values, clientMetadata: {} };
  const outcome = isRecord(result.values) || isRecord(result.clientMetadata);
  if (!outcome) return { values: result as FormValues, clientMetadata: {} };
  return {
    values: isRecord(result.values) ? (result.values as FormValues) : values,
    clientMetadata: stringEntries(result.clientMetadata).strings,
  };
}

/** Runs `hooks` in order, each on the values the one before returned; their metadata merged, later ones winning. */
export async function runHooks(
  hooks: readonly AuthHook[],
  step: Step,
  values: FormValues,
): Promise<{ values: FormValues; clientMetadata: ClientMetadata }> {
  let current = { values, clientMetadata: {} as ClientMetadata };
  for (const hook of hooks) {
    let result: unknown;
    try {
      result = await hook(step, current.values);
    } catch (thrown) {
      throw refusalError(thrown) ?? thrown;
    }
    const next = outcomeOf(result, current.values);
    current = { values: next.values, clientMetadata: { ...current.clientMetadata, ...next.clientMetadata } };
  }
  return current;
}

/** A plain `{ field?, message }` (an `Error` is no refusal: it is a failure). */
const isRefusal = (value: unknown): value is InputRefusal =>
  isRecord(value) &&
  !(value instanceof Error) &&
  typeof value.message === 'string' &&
  (value.field === undefined || typeof value.field === 'string');

/** The error name of a page's refusal in `auth-error`. */
export const REFUSAL_NAME = 'InputRefused';

const asError = ({ field, message }: InputRefusal): FlowError => ({
  name: REFUSAL_NAME,
  message,
  messageId: 'error.pageRefusal',
  values: { reason: message },
  ...(field ? { field } : {}),
});

/**
 * What a hook threw, as the error shown when it is a refusal or a non-empty list of them: the first without a
 * field (it shows in the alert) or else the first, the others shown with it at their fields. `undefined`: no refusal.
 */
export function refusalError(thrown: unknown): FlowError | undefined {
  const list: unknown[] = Array.isArray(thrown) ? thrown : [thrown];
  if (!list.length || !list.every(isRefusal)) return undefined;
  const refusals = list as InputRefusal[];
  const first = refusals.find((refusal) => !refusal.field) ?? refusals[0];
  const also = refusals.filter((refusal) => refusal !== first && refusal.field).map(asError);
  return { ...asError(first), ...(also.length ? { also } : {}) };
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
