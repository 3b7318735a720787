/**
 * The answers off the sign-in path: a new password (`NEW_PASSWORD_REQUIRED`), a password reset, a sign-up and a
 * contact's verification. Pure; loaded with `off-path-calls.ts` the first time one is read (`answers.ts`), so the
 * sign-in's first load does not carry them.
 */
import type { Answer, AnswerContext, AnswerReader, OffPathAnswerKind, Values } from './answers.js';
import { text } from './answers.js';
import { inputError } from './errors.js';
import { checkPassword } from './password-policy.js';
import { autoSignInOption, identifierField, isAttributeName } from './sign-up.js';
import {
  checkCode,
  checkEmail,
  checkNewPassword,
  checkPhone,
  normalizeCode,
  normalizePhone,
  requireFields,
} from './validation.js';

function newPassword(values: Values, context: AnswerContext): Answer {
  const password = text(values, 'newPassword');
  const missing = context.data.missingAttributes ?? [];
  const attributes = Object.fromEntries(missing.map((name) => [name, text(values, name).trim()]));
  const invalid =
    checkNewPassword(password, values.confirmPassword) ??
    checkPassword(context.passwordPolicy(), password) ??
    requireFields(attributes, [...missing]);
  if (invalid) return invalid;
  return {
    name: 'confirmSignIn',
    input: { challengeResponse: password, ...(missing.length ? { userAttributes: attributes } : {}) },
  };
}

function resetConfirm(values: Values, context: AnswerContext): Answer {
  const code = normalizeCode(text(values, 'code'));
  const password = text(values, 'newPassword');
  const invalid =
    checkCode(code) ??
    checkNewPassword(password, values.confirmPassword) ??
    checkPassword(context.passwordPolicy(), password);
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
function signUp(values: Values, context: AnswerContext): Answer {
  const { requiredAttributes, needsPassword } = context.signUp;
  const identifier = identifierField(context.signUp.identifier);
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
      ? (checkNewPassword(password, values.confirmPassword) ?? checkPassword(context.passwordPolicy(), password))
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
function verifyContact(values: Values, context: AnswerContext): Answer {
  const choice = values.choice;
  if (choice === 'email' || choice === 'phone_number') {
    return { name: 'sendUserAttributeVerificationCode', input: { attribute: choice } };
  }
  const attribute = context.data.contactAttribute;
  if (!attribute) return inputError('code', 'error.required', 'RequiredField');
  const code = normalizeCode(text(values, 'code'));
  return checkCode(code) ?? { name: 'confirmUserAttribute', input: { attribute, code } };
}

export const OFF_PATH_READERS: Readonly<Record<OffPathAnswerKind, AnswerReader>> = {
  newPassword,
  resetConfirm,
  signUp,
  verifyContact,
};
