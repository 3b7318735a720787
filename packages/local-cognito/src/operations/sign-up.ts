/** Sign-up: SignUp (usernames as the pool names them), ConfirmSignUp and ResendConfirmationCode. */
import { randomBytes, randomUUID } from 'node:crypto';

import { CognitoError, invalidParameter } from '../errors.js';
import type { FirstAuthFactor, UsernameAttribute } from '../settings.js';
import type { User } from '../store/users.js';
import { attributeList } from './attributes.js';
import { checkSentCode, countCodeRequest, deliveryDetails, sendUserCode, simulatedDelivery } from './codes.js';
import { checkClientId, requiredString, type Json, type Operation, type OperationContext } from './context.js';
import { checkNewPassword } from './passwords.js';

const EMAIL = /^[^@\s]+@[^@\s]+$/;
const PHONE = /^\+\d{6,15}$/;
const FORMAT: Record<UsernameAttribute, RegExp> = { email: EMAIL, phone_number: PHONE };
const USERNAME_SHOULD_BE: Record<UsernameAttribute | 'both', string> = {
  email: 'Username should be an email.',
  phone_number: 'Username should be a phone number.',
  both: 'Username should be either an email or a phone number.',
};

/** The Session SignUp and ConfirmSignUp return, for `InitiateAuth USER_AUTH {Session}`. */
function autoSignInSession(ctx: OperationContext, user: User): string {
  return ctx.pool.sessions.start(
    { username: user.username, flow: 'SIGN_UP', passwordVerified: false },
    { challenge: 'AUTO_SIGN_IN' },
  ).id;
}

/** The attribute a sign-up confirmation code goes to: the first auto-verified one the user has. */
function confirmationAttribute(ctx: OperationContext, user: User): UsernameAttribute | undefined {
  const order: UsernameAttribute[] = ['email', 'phone_number'];
  return order.find((name) => ctx.settings.autoVerifiedAttributes.includes(name) && user.attributes[name]);
}

/** The formats of email and phone number, and (SignUp; not AdminCreateUser, as Cognito) the required attributes. */
export function checkAttributes(ctx: OperationContext, attributes: Record<string, string>, required = true): void {
  if (attributes.email !== undefined && !EMAIL.test(attributes.email))
    throw invalidParameter('Invalid email address format.');
  if (attributes.phone_number !== undefined && !PHONE.test(attributes.phone_number))
    throw invalidParameter('Invalid phone number format.');
  const missing = required && ctx.settings.requiredAttributes.find((name) => !attributes[name]);
  if (missing)
    throw invalidParameter(`Attributes did not conform to the schema: ${missing}: The attribute is required`);
}

/**
 * The username and attributes of a new user. With UsernameAttributes the Username is the email or phone number
 * (unique in the pool) and Cognito makes the username, a UUID that is also the sub; with an email or phone alias
 * a Username may not look like one.
 */
export function newUserNaming(ctx: OperationContext, login: string, attributes: Record<string, string>) {
  const { usernameAttributes, aliasAttributes } = ctx.settings;
  if (usernameAttributes.length) {
    const attribute = usernameAttributes.find((name) => FORMAT[name].test(login));
    if (!attribute)
      throw invalidParameter(USERNAME_SHOULD_BE[usernameAttributes.length > 1 ? 'both' : usernameAttributes[0]]);
    if (ctx.pool.users.find(login))
      throw new CognitoError('UsernameExistsException', `An account with the given ${attribute} already exists.`);
    const username = randomUUID();
    return { username, attributes: { ...attributes, [attribute]: login, sub: username } };
  }
  for (const alias of ['email', 'phone_number'] as const) {
    if (aliasAttributes.includes(alias) && FORMAT[alias].test(login))
      throw invalidParameter(
        `Username cannot be of ${alias === 'email' ? 'email' : 'phone number'} format, since user pool is configured for ${alias} alias.`,
      );
  }
  if (ctx.pool.users.has(login)) throw new CognitoError('UsernameExistsException', 'User already exists');
  const fromUsername = ctx.settings.emailFromUsername && !attributes.email && EMAIL.test(login);
  return { username: login, attributes: fromUsername ? { ...attributes, email: login } : attributes };
}

/** The hosted UI's `/confirmUser` link for a sign-up code, as Cognito's verification email holds it. */
function confirmationLink(ctx: OperationContext, user: User, code: string): string {
  const query = new URLSearchParams({
    client_id: ctx.settings.clientId,
    user_name: user.username,
    confirmation_code: code,
  });
  return `${ctx.hostedUI()}/confirmUser?${query}`;
}

/**
 * Sends the sign-up confirmation code where the pool auto-verifies (by email as a link when the pool's
 * verification message is one); the delivery details (none when nowhere).
 */
function sendConfirmationCode(ctx: OperationContext, user: User): Json | undefined {
  const attribute = confirmationAttribute(ctx, user);
  if (!attribute) return undefined;
  const { confirmationCodeTtlMs, emailVerificationByLink } = ctx.settings;
  const byLink = emailVerificationByLink && attribute === 'email';
  const link = byLink ? (code: string) => confirmationLink(ctx, user, code) : undefined;
  user.confirmCode = sendUserCode(ctx, user, 'Confirm your sign-up', confirmationCodeTtlMs, attribute, link);
  return deliveryDetails(user, attribute);
}

const PASSWORDLESS_FACTORS = { EMAIL_OTP: 'email', SMS_OTP: 'phone_number' } as const;

/**
 * Whether a sign-up may come without a password (Cognito's "Passwords at sign-up"): the client allows USER_AUTH,
 * and the new user gives an auto-verified email or phone number that a one-time-password first factor uses.
 */
function passwordlessAllowed(ctx: OperationContext, attributes: Record<string, string>): boolean {
  const { explicitAuthFlows, allowedFirstAuthFactors, autoVerifiedAttributes } = ctx.settings;
  if (!explicitAuthFlows.includes('ALLOW_USER_AUTH')) return false;
  return Object.entries(PASSWORDLESS_FACTORS).some(
    ([factor, attribute]) =>
      allowedFirstAuthFactors.includes(factor as FirstAuthFactor) &&
      autoVerifiedAttributes.includes(attribute) &&
      !!attributes[attribute],
  );
}

/** The password a sign-up sets: the one given (checked), or for a passwordless user a random one nobody knows. */
function signUpPassword(ctx: OperationContext, password: unknown, attributes: Record<string, string>): string {
  if ((password === undefined || password === '') && passwordlessAllowed(ctx, attributes))
    return randomBytes(32).toString('base64url');
  return checkNewPassword(ctx, password);
}

const signUp: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  if (!ctx.settings.signUpAllowed)
    throw new CognitoError('NotAuthorizedException', 'SignUp is not permitted for this user pool');
  const login = requiredString(body.Username, 'Username');
  const given =
    body.UserAttributes === undefined ? {} : attributeList(body.UserAttributes, 'UserAttributes must be a list');
  const naming = newUserNaming(ctx, login, given);
  checkAttributes(ctx, naming.attributes);
  const password = signUpPassword(ctx, body.Password, naming.attributes);
  const credentials = await ctx.pool.users.credentialsFor(naming.username, password);
  // Another SignUp for the name may have finished while the password was hashed.
  newUserNaming(ctx, login, given);
  const user = ctx.pool.users.create(naming.username, credentials, 'UNCONFIRMED', naming.attributes);
  if (user.attributes.email) user.attributes.email_verified = 'false';
  if (user.attributes.phone_number) user.attributes.phone_number_verified = 'false';
  user.fromSignUp = true;
  ctx.pool.users.add(user);
  const delivery = sendConfirmationCode(ctx, user);
  ctx.pool.persist();
  return {
    UserConfirmed: false,
    UserSub: user.sub,
    ...(delivery ? { CodeDeliveryDetails: delivery } : {}),
    Session: autoSignInSession(ctx, user),
  };
};

/** The user a Username names; with existence errors prevented, undefined for an unknown one (the caller simulates). */
export function userOrHidden(ctx: OperationContext, username: unknown): User | undefined {
  const name = requiredString(username, 'Username');
  const user = ctx.pool.users.find(name);
  if (user || ctx.settings.preventUserExistenceErrors) return user;
  return ctx.pool.users.require(name);
}

const codeMismatch = () =>
  new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');

const confirmSignUp: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const code = requiredString(body.ConfirmationCode, 'ConfirmationCode');
  const user = userOrHidden(ctx, body.Username);
  if (!user) throw codeMismatch();
  if (user.status !== 'UNCONFIRMED')
    throw new CognitoError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
  checkSentCode(ctx, user.confirmCode, code);
  user.status = 'CONFIRMED';
  const attribute = user.confirmCode?.attribute;
  if (attribute) user.attributes[`${attribute}_verified`] = 'true';
  user.confirmCode = undefined;
  ctx.pool.persist();
  return { Session: autoSignInSession(ctx, user) };
};

const resendConfirmationCode: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const user = userOrHidden(ctx, body.Username);
  if (!user) return { CodeDeliveryDetails: simulatedDelivery(String(body.Username)) };
  if (user.status !== 'UNCONFIRMED') throw invalidParameter('User is already confirmed.');
  countCodeRequest(ctx, user);
  const delivery = sendConfirmationCode(ctx, user);
  if (!delivery) throw invalidParameter('Auto verification not turned on.');
  return { CodeDeliveryDetails: delivery };
};

export const SIGN_UP_OPERATIONS = {
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
} satisfies Record<string, Operation>;

export { codeMismatch };
