/**
 * What a submit on each step asks for: the typed values checked, then turned into one call of `calls.ts`. Pure:
 * the controller runs the call. An error comes back instead where the input cannot be sent.
 */
import type { AuthFlowType, AuthService, FirstFactor, SignInRequest, SignUpSettings } from '../auth-service.js';
import type { Call } from './calls.js';
import {
  identifierKindOf,
  preferredFirstFactor,
  signInNeedsPassword,
  signUpNeedsPassword,
  type FlowOptions,
} from './options.js';
import type { PasswordPolicy } from './password-policy.js';
import type { FlowError } from './errors.js';
import type { IdentifierKind } from '../identifier-kind.js';
import { REMEMBER_FIELD } from './remember-device.js';
import type { StepData } from './step-data.js';
import type { AnswerKind } from './steps.js';
import { checkCode, checkEmail, normalizeCode, requireFields } from './validation.js';

export type { Call } from './calls.js';

export interface AnswerContext {
  authFlowType: AuthFlowType;
  /** The preferred first factor (attribute, else configuration). */
  preferred?: FirstFactor;
  needsPassword: boolean;
  /** What the user typed as username or identifier (the account a code or new password is for). */
  username: string;
  /** The current step's details (missing attributes, the contact being verified). */
  data: StepData;
  /** The pool's password rules; a new password that breaks one is refused before it is sent. */
  passwordPolicy: () => PasswordPolicy | undefined;
  /** `SIGN_UP`: the pool's identifier kind (its field: `identifierField`), required attributes, whether a password is asked. */
  signUp: { identifier: IdentifierKind; requiredAttributes: readonly string[]; needsPassword: boolean };
}

export type Values = Readonly<Record<string, string | undefined>>;

export const text = (values: Values, name: string) => values[name] ?? '';

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
    name: 'signIn',
    input: {
      username,
      authFlowType,
      ...(context.needsPassword ? { password } : {}),
      ...(authFlowType === 'USER_AUTH' && preferred ? { preferredChallenge: preferred } : {}),
    },
  };
}

/** What reading an answer gives: a call to make, an error to show instead, or nothing to do. */
export type Answer = FlowError | Call | undefined;
export type AnswerReader = (values: Values, context: AnswerContext) => Answer;

/** The kinds of answer whose reader loads on first use (`off-path-answers.ts`). */
export type OffPathAnswerKind = 'newPassword' | 'resetConfirm' | 'signUp' | 'verifyContact';

/** A reader off the sign-in path: loaded with the calls it leads to (`off-path.ts`) the first time it is needed. */
const offPath =
  (kind: OffPathAnswerKind) =>
  (values: Values, context: AnswerContext): Promise<Answer> =>
    import('./off-path.js').then(({ OFF_PATH_READERS }) => OFF_PATH_READERS[kind](values, context));

const READERS: Readonly<Record<AnswerKind, (values: Values, context: AnswerContext) => Answer | Promise<Answer>>> = {
  signIn,
  code: (values) => {
    const code = normalizeCode(text(values, 'code'));
    return (
      checkCode(code) ?? {
        name: 'confirmSignIn',
        input: { challengeResponse: code, rememberDevice: values[REMEMBER_FIELD] === 'on' },
      }
    );
  },
  signUpCode: (values, context) => {
    const code = normalizeCode(text(values, 'code'));
    return checkCode(code) ?? { name: 'confirmSignUp', input: { username: context.username, code } };
  },
  choice: (values) =>
    values.choice ? { name: 'confirmSignIn', input: { challengeResponse: values.choice } } : undefined,
  password: (values) =>
    requireFields(values, ['password']) ?? {
      name: 'confirmSignIn',
      input: { challengeResponse: text(values, 'password') },
    },
  answer: (values) =>
    requireFields(values, ['answer']) ?? {
      name: 'confirmSignIn',
      input: { challengeResponse: text(values, 'answer').trim() },
    },
  email: (values) =>
    checkEmail(text(values, 'email')) ?? {
      name: 'confirmSignIn',
      input: { challengeResponse: text(values, 'email').trim() },
    },
  newPassword: offPath('newPassword'),
  resetRequest: (values) => {
    const username = text(values, 'username').trim();
    return requireFields({ username }, ['username']) ?? { name: 'resetPassword', input: { username } };
  },
  resetConfirm: offPath('resetConfirm'),
  signUp: offPath('signUp'),
  verifyContact: offPath('verifyContact'),
  registerPasskey: () => ({ name: 'registerPasskey', input: {} }),
  none: () => undefined,
};

/**
 * The call a submit on a step of this kind makes, the error to show instead, or nothing to do; a promise of it for
 * the answers off the sign-in path (new password, reset, sign-up, contact verification), whose readers load then.
 */
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

/** What reading an answer needs to know: the flow, the preferred first factor, the step's details, the rules. */
export function answerContext(
  options: FlowOptions,
  service: Pick<AuthService, 'configuredPreferredChallenge' | 'passwordPolicy' | 'signUpSettings' | 'identifierKind'>,
  state: { username: string; data: StepData },
): AnswerContext {
  const preferred = preferredFirstFactor(options, service.configuredPreferredChallenge());
  const settings: SignUpSettings = service.signUpSettings();
  return {
    authFlowType: options.authFlowType,
    preferred,
    needsPassword: signInNeedsPassword(options.authFlowType, preferred),
    username: state.username,
    data: state.data,
    passwordPolicy: () => service.passwordPolicy(),
    signUp: {
      identifier: identifierKindOf(options, service),
      requiredAttributes: settings.requiredAttributes,
      needsPassword: signUpNeedsPassword(options.authFlowType, preferred),
    },
  };
}
