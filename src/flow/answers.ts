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
import { checkPassword } from './password-policy.js';
import { inputError, type FlowError } from './errors.js';
import { REMEMBER_FIELD } from './remember-device.js';
import { autoSignInOption, identifierField, isAttributeName, type IdentifierField } from './sign-up.js';
import type { StepData } from './step-data.js';
import type { AnswerKind } from './steps.js';
import {
  checkCode,
  checkEmail,
  checkNewPassword,
  checkPhone,
  normalizeCode,
  normalizePhone,
  requireFields,
} from './validation.js';

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
  checkPassword?: (password: string) => FlowError | undefined;
  /** `SIGN_UP`: the identifier's field, the pool's required attributes, whether a password is asked. */
  signUp: { identifier: IdentifierField; requiredAttributes: readonly string[]; needsPassword: boolean };
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
    name: 'signIn',
    input: {
      username,
      authFlowType,
      ...(context.needsPassword ? { password } : {}),
      ...(authFlowType === 'USER_AUTH' && preferred ? { preferredChallenge: preferred } : {}),
    },
  };
}

function newPassword(values: Values, context: AnswerContext): FlowError | Call {
  const password = text(values, 'newPassword');
  const missing = context.data.missingAttributes ?? [];
  const attributes = Object.fromEntries(missing.map((name) => [name, text(values, name).trim()]));
  const invalid =
    checkNewPassword(password, values.confirmPassword) ??
    context.checkPassword?.(password) ??
    requireFields(attributes, [...missing]);
  if (invalid) return invalid;
  return {
    name: 'confirmSignIn',
    input: { challengeResponse: password, ...(missing.length ? { userAttributes: attributes } : {}) },
  };
}

function resetConfirm(values: Values, context: AnswerContext): FlowError | Call {
  const code = normalizeCode(text(values, 'code'));
  const password = text(values, 'newPassword');
  const invalid =
    checkCode(code) ?? checkNewPassword(password, values.confirmPassword) ?? context.checkPassword?.(password);
  return (
    invalid ?? { name: 'confirmResetPassword', input: { username: context.username, code, newPassword: password } }
  );
}

/** Fields of the `SIGN_UP` form that are never user attributes. */
const SIGN_UP_CONTROLS = new Set(['username', 'newPassword', 'confirmPassword', 'choice']);

/**
 * `SIGN_UP`. The values its screen submits:
 * - the identifier, named as the pool names it (`view().identifier`, see `identifier-kind.ts`): `email` (an email
 *   pool, or one of email or phone), `phone_number` (a phone pool; E.164 such as `+14255550100`), or `username`.
 *   It is Cognito's username, and also sent as that attribute when it is `email`/`phone_number`;
 * - `newPassword` and `confirmPassword`, unless no password is asked (`view().signUpNeedsPassword` false:
 *   `USER_AUTH` with a code or passkey as the preferred first factor);
 * - every required attribute (`SignUpSettings.requiredAttributes`) by its attribute name (`name`, `birthdate`, …);
 * - any other field named as a standard attribute (`STANDARD_ATTRIBUTES` in `sign-up.ts`) or `custom:*`, such as
 *   the inputs of the page's `sign-up-fields` slot, sent as user attributes when not empty. Other names (a terms
 *   checkbox `terms`) are not sent.
 * Errors come back at `email`/`phone_number`/`username`, `newPassword`, `confirmPassword` or the attribute's name.
 */
function signUp(values: Values, context: AnswerContext): FlowError | Call {
  const { identifier, requiredAttributes, needsPassword } = context.signUp;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const trimmed = name === 'phone_number' ? normalizePhone(value ?? '') : value?.trim();
    if (trimmed && isAttributeName(name) && !SIGN_UP_CONTROLS.has(name)) attributes[name] = trimmed;
  }
  const username = identifier === 'username' ? text(values, 'username').trim() : (attributes[identifier] ?? '');
  const password = text(values, 'newPassword');
  const invalid =
    requireFields({ [identifier]: username }, [identifier]) ??
    (identifier === 'email'
      ? checkEmail(username)
      : identifier === 'phone_number'
        ? checkPhone(username)
        : undefined) ??
    requireFields(
      attributes,
      requiredAttributes.filter((name) => name !== identifier),
    ) ??
    (attributes.email && identifier !== 'email' ? checkEmail(attributes.email) : undefined) ??
    (attributes.phone_number && identifier !== 'phone_number' ? checkPhone(attributes.phone_number) : undefined) ??
    (needsPassword
      ? (checkNewPassword(password, values.confirmPassword) ?? context.checkPassword?.(password))
      : undefined);
  if (invalid) return invalid;
  return {
    name: 'signUp',
    input: {
      username,
      ...(needsPassword ? { password } : {}),
      userAttributes: attributes,
      autoSignIn: autoSignInOption(context.authFlowType, context.preferred, needsPassword),
    },
  };
}

/** `VERIFY_CONTACT`: a `choice` button (`email`, `phone_number`) sends a code there; the code confirms it. */
function verifyContact(values: Values, context: AnswerContext): FlowError | Call | undefined {
  const choice = values.choice;
  if (choice === 'email' || choice === 'phone_number') {
    return { name: 'sendUserAttributeVerificationCode', input: { attribute: choice } };
  }
  const attribute = context.data.contactAttribute;
  if (!attribute) return inputError('code', 'error.required', 'RequiredField');
  const code = normalizeCode(text(values, 'code'));
  return checkCode(code) ?? { name: 'confirmUserAttribute', input: { attribute, code } };
}

const READERS: Readonly<Record<AnswerKind, (values: Values, context: AnswerContext) => FlowError | Call | undefined>> =
  {
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
    newPassword,
    resetRequest: (values) => {
      const username = text(values, 'username').trim();
      return requireFields({ username }, ['username']) ?? { name: 'resetPassword', input: { username } };
    },
    resetConfirm,
    signUp,
    verifyContact,
    registerPasskey: () => ({ name: 'registerPasskey', input: {} }),
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
    checkPassword: (password) => checkPassword(service.passwordPolicy(), password),
    signUp: {
      identifier: identifierField(identifierKindOf(options, service)),
      requiredAttributes: settings.requiredAttributes,
      needsPassword: signUpNeedsPassword(options.authFlowType, preferred),
    },
  };
}
