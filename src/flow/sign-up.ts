/**
 * Signing up: which field holds the identifier, which names a sign-up sends as user attributes, where a failed
 * `signUp` shows, and where its result leads. Pure.
 */
import type { AuthFlowType, FirstFactor, SignUpRequest, SignUpResult } from '../auth-service.js';
import type { IdentifierKind } from '../identifier-kind.js';
import type { CallContext, Next } from './calls.js';
import type { FlowError } from './errors.js';

/** The field the person types their identifier into on `SIGN_UP`, named as the attribute it is. */
export type IdentifierField = 'email' | 'phone_number' | 'username';

/** The `SIGN_UP` identifier field for the pool's identifier kind (a pool of email or phone signs up with email). */
export const identifierField = (kind: IdentifierKind): IdentifierField =>
  kind === 'phone' ? 'phone_number' : kind === 'username' ? 'username' : 'email';

/** Cognito's standard attributes a person can set (`sub`, `updated_at` and the `*_verified` flags are Cognito's). */
export const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'website',
  'zoneinfo',
]);

/** A field sent as a user attribute: a standard attribute or a custom one (`custom:company`). */
export const isAttributeName = (name: string) => STANDARD_ATTRIBUTES.has(name) || /^custom:[\w.-]{1,20}$/.test(name);

/** Amplify's `options.autoSignIn` for the flow the widget signs in with. */
export function autoSignInOption(
  authFlowType: AuthFlowType,
  preferred: FirstFactor | undefined,
  withPassword: boolean,
): SignUpRequest['autoSignIn'] {
  if (authFlowType === 'USER_SRP_AUTH') return true;
  if (authFlowType !== 'USER_AUTH') return { authFlowType };
  const preferredChallenge = preferred ?? (withPassword ? 'PASSWORD_SRP' : undefined);
  return { authFlowType, ...(preferredChallenge ? { preferredChallenge } : {}) };
}

/** Where the result of `signUp` leads. */
export function signUpNext(result: SignUpResult, _request: SignUpRequest, _context: CallContext): Next {
  const { signUpStep, codeDeliveryDetails: codeDelivery = {} } = result.nextStep;
  switch (signUpStep) {
    case 'CONFIRM_SIGN_UP':
      return { kind: 'step', step: 'CONFIRM_SIGN_UP', data: { codeDelivery } };
    case 'COMPLETE_AUTO_SIGN_IN':
      // Confirmed at once (a pre-sign-up trigger): sign in. Not yet: a link was sent, and Amplify waits for its click.
      if (result.isSignUpComplete) return { kind: 'call', call: { name: 'autoSignIn', input: {} } };
      return { kind: 'step', step: 'CONFIRM_SIGN_UP_WITH_LINK', data: { codeDelivery } };
    default:
      if (!result.isSignUpComplete) return { kind: 'step', step: 'CONFIRM_SIGN_UP', data: { codeDelivery } };
      return { kind: 'startOver', notice: { messageId: 'notice.accountConfirmed' } };
  }
}

/**
 * Where a failed `signUp` shows: a taken identifier at the identifier (in its own words), a refused attribute at
 * that attribute (Cognito names it in its message).
 */
export function signUpErrorField(error: FlowError, request: SignUpRequest): Partial<FlowError> | undefined {
  const { username, userAttributes } = request;
  const identifier: IdentifierField =
    userAttributes.email === username
      ? 'email'
      : userAttributes.phone_number === username
        ? 'phone_number'
        : 'username';
  if (error.name === 'UsernameExistsException' || error.name === 'AliasExistsException') {
    return { field: identifier, messageId: `error.accountExists.${identifier}` };
  }
  if (error.name !== 'InvalidParameterException') return undefined;
  const named = Object.keys(request.userAttributes)
    .sort((a, b) => b.length - a.length)
    .find((name) => error.message.includes(name));
  const field =
    named ?? (/phone/i.test(error.message) ? 'phone_number' : /e-?mail/i.test(error.message) ? 'email' : undefined);
  if (!field) return undefined;
  const messageIds: Record<string, string> = { phone_number: 'error.phoneFormat', email: 'error.emailFormat' };
  return { field, ...(Object.hasOwn(messageIds, field) ? { messageId: messageIds[field] } : {}) };
}
