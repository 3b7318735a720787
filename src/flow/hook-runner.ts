/**
 * Runs the page's hooks (`hooks.ts`) on a submit: `validate`, then the hook of its step's kind, each on the values
 * the one before returned; a refusal they throw becomes the error shown at its field. Pure; loaded with the first
 * submit that has hooks (the controller runs it inside the user's action: busy, late answers dropped).
 */
import type { ClientMetadata } from '../auth-service.js';
import type { FlowError } from './errors.js';
import { isRecord, type AuthHook, type AuthHooks, type FormValues, type InputRefusal } from './hooks.js';
import type { AnswerKind, Step } from './steps.js';

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

/** A hook's result as values and metadata (a result that is neither keeps the values it was given). */
function outcomeOf(result: unknown, values: FormValues): { values: FormValues; clientMetadata: ClientMetadata } {
  if (!isRecord(result)) return { values, clientMetadata: {} };
  const outcome = isRecord(result.values) || isRecord(result.clientMetadata);
  if (!outcome) return { values: result as FormValues, clientMetadata: {} };
  return {
    values: isRecord(result.values) ? (result.values as FormValues) : values,
    // Only its strings are sent (`mergeMetadata`).
    clientMetadata: isRecord(result.clientMetadata) ? (result.clientMetadata as ClientMetadata) : {},
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
