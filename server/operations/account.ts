/** The account: sign-up and its confirmation, password reset and change, attributes, the user's own record. */
import { CognitoError, invalidParameter } from '../errors.js';
import type { User } from '../store/users.js';
import { attributeList } from './attributes.js';
import { checkSentCode, countCodeRequest, deliveryDetails, sendUserCode } from './codes.js';
import { checkClientId, requiredString, type Json, type Operation, type OperationContext } from './context.js';
import { enabledMfa } from './mfa.js';
import { checkPassword, checkPasswordPolicy } from './passwords.js';
import { userOfAccessToken } from './tokens.js';

/** The Session SignUp and ConfirmSignUp return, for `InitiateAuth USER_AUTH {Session}`. */
function autoSignInSession(ctx: OperationContext, user: User): string {
  return ctx.pool.sessions.start(
    { username: user.username, flow: 'SIGN_UP', passwordVerified: false },
    { challenge: 'AUTO_SIGN_IN' },
  ).id;
}

/** A code the user asked for (limited per hour), sent; answers where it went. */
function sendRequestedCode(ctx: OperationContext, user: User, kind: 'confirmCode' | 'resetCode', purpose: string) {
  countCodeRequest(ctx, user);
  user[kind] = sendUserCode(ctx, user, purpose);
  return { CodeDeliveryDetails: deliveryDetails(user) };
}

function signUpAttributes(username: string, list: unknown): Record<string, string> {
  const attributes = list === undefined ? {} : attributeList(list, 'UserAttributes must be a list');
  if (!attributes.email && username.includes('@')) attributes.email = username;
  if (!attributes.email && !attributes.phone_number)
    throw invalidParameter('Attributes did not conform to the schema: email: The attribute is required');
  if (attributes.email && !/^[^@\s]+@[^@\s]+$/.test(attributes.email))
    throw invalidParameter('Invalid email address format.');
  if (attributes.phone_number && !/^\+\d{6,15}$/.test(attributes.phone_number))
    throw invalidParameter('Invalid phone number format.');
  return attributes;
}

const signUp: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const username = requiredString(body.Username, 'Username');
  if (ctx.pool.users.find(username)) throw new CognitoError('UsernameExistsException', 'User already exists');
  const password = checkPasswordPolicy(ctx.settings.passwordPolicy, body.Password);
  const attributes = signUpAttributes(username, body.UserAttributes);
  const credentials = await ctx.pool.users.credentialsFor(username, password);
  // Another SignUp for the name may have finished while the password was hashed.
  if (ctx.pool.users.find(username)) throw new CognitoError('UsernameExistsException', 'User already exists');
  const user = ctx.pool.users.create(username, credentials, 'UNCONFIRMED', attributes);
  if (user.attributes.email) user.attributes.email_verified = 'false';
  user.fromSignUp = true;
  ctx.pool.users.add(user);
  user.confirmCode = sendUserCode(ctx, user, 'Confirm your sign-up');
  ctx.pool.persist();
  return {
    UserConfirmed: false,
    UserSub: user.sub,
    CodeDeliveryDetails: deliveryDetails(user),
    Session: autoSignInSession(ctx, user),
  };
};

const confirmSignUp: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const user = ctx.pool.users.require(body.Username);
  const code = requiredString(body.ConfirmationCode, 'ConfirmationCode');
  if (user.status !== 'UNCONFIRMED')
    throw new CognitoError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
  checkSentCode(ctx, user.confirmCode, code);
  user.status = 'CONFIRMED';
  user.confirmCode = undefined;
  if (user.attributes.email) user.attributes.email_verified = 'true';
  else if (user.attributes.phone_number) user.attributes.phone_number_verified = 'true';
  ctx.pool.persist();
  return { Session: autoSignInSession(ctx, user) };
};

const resendConfirmationCode: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const user = ctx.pool.users.require(body.Username);
  if (user.status !== 'UNCONFIRMED') throw invalidParameter('User is already confirmed.');
  return sendRequestedCode(ctx, user, 'confirmCode', 'Confirm your sign-up');
};

const forgotPassword: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const user = ctx.pool.users.require(body.Username);
  const verified = user.attributes.email_verified === 'true' || user.attributes.phone_number_verified === 'true';
  if (!verified)
    throw invalidParameter(
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  return sendRequestedCode(ctx, user, 'resetCode', 'Reset your password');
};

const confirmForgotPassword: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const user = ctx.pool.users.require(body.Username);
  const code = requiredString(body.ConfirmationCode, 'ConfirmationCode');
  checkSentCode(ctx, user.resetCode, code);
  const password = checkPasswordPolicy(ctx.settings.passwordPolicy, body.Password);
  await ctx.pool.users.setPassword(user, password);
  user.resetCode = undefined;
  if (user.status === 'RESET_REQUIRED' || user.status === 'FORCE_CHANGE_PASSWORD') user.status = 'CONFIRMED';
  user.failedPasswords = 0;
  user.lockedUntil = 0;
  ctx.pool.persist();
  return {};
};

const changePassword: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  await checkPassword(ctx, user, body.PreviousPassword);
  const password = checkPasswordPolicy(ctx.settings.passwordPolicy, body.ProposedPassword);
  await ctx.pool.users.setPassword(user, password);
  ctx.pool.persist();
  return {};
};

const updateUserAttributes: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  Object.assign(user.attributes, attributeList(body.UserAttributes, 'Missing required parameter UserAttributes'));
  return { CodeDeliveryDetailsList: [] };
};

const getUser: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const answer: Json = {
    Username: user.username,
    UserAttributes: Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
  };
  const enabled = enabledMfa(user);
  if (enabled.length) answer.UserMFASettingList = enabled;
  if (user.mfaPreferred && enabled.includes(user.mfaPreferred)) answer.PreferredMfaSetting = user.mfaPreferred;
  return answer;
};

const deleteUser: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  ctx.pool.users.delete(user);
  ctx.pool.revokeTokensOf(user.username, false);
  ctx.pool.persist();
  return {};
};

export const ACCOUNT_OPERATIONS = {
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ChangePassword: changePassword,
  UpdateUserAttributes: updateUserAttributes,
  GetUser: getUser,
  DeleteUser: deleteUser,
} satisfies Record<string, Operation>;
