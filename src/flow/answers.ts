/**
 * What a submit on each step asks for: the typed values checked, then turned into one call. Pure: the
 * controller runs the call. An error comes back instead where the input cannot be sent.
 */
import type { AuthFlowType, AuthService, FirstFactor, SignInRequest } from '../auth-service.js';
import { preferredFirstFactor, signInNeedsPassword, type FlowOptions } from './options.js';
import { checkPassword } from './password-policy.js';
import type { FlowError } from './errors.js';
import { REMEMBER_FIELD } from './remember-device.js';
import type { AnswerKind } from './steps.js';
import { checkCode, checkEmail, checkNewPassword, normalizeCode, requireFields } from './validation.js';

export type Call =
  | { kind: 'signIn'; request: SignInRequest }
  | { kind: 'respond'; response: string; userAttributes?: Record<string, string>; rememberDevice?: boolean }
  | { kind: 'confirmSignUp'; code: string }
  | { kind: 'resetRequest'; username: string }
  | { kind: 'resetConfirm'; code: string; newPassword: string }
  | { kind: 'registerPasskey' };

export interface AnswerContext {
  authFlowType: AuthFlowType;
  /** The preferred first factor (attribute, else configuration). */
  preferred?: FirstFactor;
  needsPassword: boolean;
  /** New password required: the attributes Cognito still needs. */
  missingAttributes: readonly string[];
  /** The pool's password rules; a new password that breaks one is refused before it is sent. */
  checkPassword?: (password: string) => FlowError | undefined;
}

type Values = Readonly<Record<string, string | undefined>>;

const text = (values: Values, name: string) => values[name] ?? '';

function signIn(values: Values, context: AnswerContext): FlowError | Call {
  const username = text(values, 'username').trim();
  const password = values.password;
  const invalid = requireFields(
    { username, password },
    context.needsPassword ? ['username', 'password'] : ['username'],
  );
  if (invalid) return invalid;
  const { authFlowType, preferred } = context;
  return {
    kind: 'signIn',
    request: {
      username,
      authFlowType,
      ...(context.needsPassword ? { password } : {}),
      ...(authFlowType === 'USER_AUTH' && preferred ? { preferredChallenge: preferred } : {}),
    },
  };
}

function newPassword(values: Values, context: AnswerContext): FlowError | Call {
  const password = text(values, 'newPassword');
  const attributes = Object.fromEntries(context.missingAttributes.map((name) => [name, text(values, name).trim()]));
  const invalid =
    checkNewPassword(password, values.confirmPassword) ??
    context.checkPassword?.(password) ??
    requireFields(attributes, [...context.missingAttributes]);
  if (invalid) return invalid;
  return {
    kind: 'respond',
    response: password,
    ...(context.missingAttributes.length ? { userAttributes: attributes } : {}),
  };
}

function resetConfirm(values: Values, context: AnswerContext): FlowError | Call {
  const code = normalizeCode(text(values, 'code'));
  const password = text(values, 'newPassword');
  const invalid =
    checkCode(code) ?? checkNewPassword(password, values.confirmPassword) ?? context.checkPassword?.(password);
  return invalid ?? { kind: 'resetConfirm', code, newPassword: password };
}

const READERS: Readonly<Record<AnswerKind, (values: Values, context: AnswerContext) => FlowError | Call | undefined>> =
  {
    signIn,
    code: (values) => {
      const code = normalizeCode(text(values, 'code'));
      return checkCode(code) ?? { kind: 'respond', response: code, rememberDevice: values[REMEMBER_FIELD] === 'on' };
    },
    signUpCode: (values) => {
      const code = normalizeCode(text(values, 'code'));
      return checkCode(code) ?? { kind: 'confirmSignUp', code };
    },
    choice: (values) => (values.choice ? { kind: 'respond', response: values.choice } : undefined),
    password: (values) =>
      requireFields(values, ['password']) ?? { kind: 'respond', response: text(values, 'password') },
    answer: (values) =>
      requireFields(values, ['answer']) ?? { kind: 'respond', response: text(values, 'answer').trim() },
    email: (values) => checkEmail(text(values, 'email')) ?? { kind: 'respond', response: text(values, 'email').trim() },
    newPassword,
    resetRequest: (values) => {
      const username = text(values, 'username').trim();
      return requireFields({ username }, ['username']) ?? { kind: 'resetRequest', username };
    },
    resetConfirm,
    registerPasskey: () => ({ kind: 'registerPasskey' }),
    none: () => undefined,
  };

/** The call a submit on a step of this kind makes, the error to show instead, or nothing to do. */
export const readAnswer = (kind: AnswerKind, values: Values, context: AnswerContext) => READERS[kind](values, context);

/** How to sign in with a password just set, in the configured flow; `undefined` where the flow takes none. */
export function passwordSignIn(
  authFlowType: AuthFlowType,
  username: string,
  password: string,
): SignInRequest | undefined {
  if (authFlowType === 'CUSTOM_WITHOUT_SRP') return undefined;
  if (authFlowType === 'USER_AUTH') return { username, password, authFlowType, preferredChallenge: 'PASSWORD_SRP' };
  return { username, password, authFlowType };
}

/** What reading an answer needs to know: the flow, the preferred first factor, the step's attributes, the rules. */
export function answerContext(
  options: FlowOptions,
  service: Pick<AuthService, 'configuredPreferredChallenge' | 'passwordPolicy'>,
  state: { data: { missingAttributes?: string[] } },
): AnswerContext {
  const preferred = preferredFirstFactor(options, service.configuredPreferredChallenge());
  return {
    authFlowType: options.authFlowType,
    preferred,
    needsPassword: signInNeedsPassword(options.authFlowType, preferred),
    missingAttributes: state.data.missingAttributes ?? [],
    checkPassword: (password) => checkPassword(service.passwordPolicy(), password),
  };
}
