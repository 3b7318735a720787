/**
 * The admin operations a developer seeds test users with (AWS CLI or SDK against the local endpoint). Signatures
 * and credentials are not checked: this is a development server.
 */
import { randomBytes } from 'node:crypto';

import { CognitoError, invalidParameter, missingParameter } from '../errors.js';
import type { User } from '../store/users.js';
import { attributeList } from './attributes.js';
import { str, type Json, type Operation, type OperationContext } from './context.js';
import { describeUserPool, describeUserPoolClient } from './describe.js';
import { enabledMfa } from './mfa.js';
import { applyMfaSettings } from './mfa-setup.js';
import { checkNewPassword } from './passwords.js';
import { checkAttributes, newUserNaming } from './sign-up.js';

function checkPoolId(ctx: OperationContext, body: Json): void {
  const id = str(body.UserPoolId);
  if (!id) throw missingParameter('UserPoolId');
  if (id !== ctx.settings.poolId)
    throw new CognitoError('ResourceNotFoundException', `User pool ${id} does not exist.`);
}

/** The user an admin request names (username, alias or sub): UserNotFoundException when none. */
function adminUser(ctx: OperationContext, body: Json): User {
  checkPoolId(ctx, body);
  if (!str(body.Username)) throw missingParameter('Username');
  return ctx.pool.users.require(body.Username);
}

const attributesOf = (user: User) => Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }));

/** A user as ListUsers and AdminCreateUser show it (`UserType`). */
function userType(user: User): Json {
  const created = user.createdAt / 1000;
  return {
    Username: user.username,
    Attributes: attributesOf(user),
    UserCreateDate: created,
    UserLastModifiedDate: created,
    Enabled: true,
    UserStatus: user.status,
  };
}

/** A temporary password that meets the pool's policy. */
function temporaryPassword(): string {
  return `Tmp${randomBytes(6).toString('base64url')}1!a`;
}

const adminCreateUser: Operation = async (ctx, body) => {
  checkPoolId(ctx, body);
  const login = str(body.Username);
  if (!login) throw missingParameter('Username');
  const given =
    body.UserAttributes === undefined ? {} : attributeList(body.UserAttributes, 'UserAttributes must be a list', true);
  const naming = newUserNaming(ctx, login, given);
  checkAttributes(ctx, naming.attributes, false);
  const password =
    body.TemporaryPassword === undefined
      ? temporaryPassword()
      : checkNewPassword(ctx, body.TemporaryPassword, 'temporaryPassword');
  const credentials = await ctx.pool.users.credentialsFor(naming.username, password);
  newUserNaming(ctx, login, given); // still free after the hashing
  const user = ctx.pool.users.create(naming.username, credentials, 'FORCE_CHANGE_PASSWORD', naming.attributes);
  user.requiredAttributes = ctx.settings.requiredAttributes.filter((name) => !user.attributes[name]);
  user.fromSignUp = true;
  ctx.pool.users.add(user);
  if (body.MessageAction !== 'SUPPRESS') {
    const email = user.attributes.email;
    const to = email ?? user.attributes.phone_number;
    if (to) ctx.outbox.send(to, email ? 'EMAIL' : 'SMS', password, `Your username is ${login} and temporary password`);
  }
  ctx.pool.persist();
  return { User: userType(user) };
};

const adminSetUserPassword: Operation = async (ctx, body) => {
  const user = adminUser(ctx, body);
  const password = checkNewPassword(ctx, body.Password);
  await ctx.pool.users.setPassword(user, password);
  user.status = body.Permanent === true ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
  user.requiredAttributes =
    body.Permanent === true ? [] : ctx.settings.requiredAttributes.filter((name) => !user.attributes[name]);
  ctx.pool.persist();
  return {};
};

const adminGetUser: Operation = async (ctx, body) => {
  const user = adminUser(ctx, body);
  const { Attributes, ...rest } = userType(user);
  const enabled = enabledMfa(user);
  return {
    ...rest,
    UserAttributes: Attributes,
    ...(enabled.length ? { UserMFASettingList: enabled } : {}),
    ...(user.mfaPreferred ? { PreferredMfaSetting: user.mfaPreferred } : {}),
  };
};

const adminDeleteUser: Operation = async (ctx, body) => {
  const user = adminUser(ctx, body);
  ctx.pool.users.delete(user);
  ctx.pool.revokeTokensOf(user.username, true);
  ctx.pool.persist();
  return {};
};

const adminUpdateUserAttributes: Operation = async (ctx, body) => {
  const user = adminUser(ctx, body);
  Object.assign(user.attributes, attributeList(body.UserAttributes, 'Missing required parameter UserAttributes', true));
  ctx.pool.persist();
  return {};
};

const adminSetUserMFAPreference: Operation = async (ctx, body) => {
  const user = adminUser(ctx, body);
  applyMfaSettings(user, 'SMS_MFA', body.SMSMfaSettings);
  applyMfaSettings(user, 'SOFTWARE_TOKEN_MFA', body.SoftwareTokenMfaSettings);
  applyMfaSettings(user, 'EMAIL_OTP', body.EmailMfaSettings);
  if (user.mfaEnabled.length) user.mfaCanSetup = [];
  return {};
};

const adminConfirmSignUp: Operation = async (ctx, body) => {
  const user = adminUser(ctx, body);
  if (user.status !== 'UNCONFIRMED')
    throw new CognitoError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
  user.status = 'CONFIRMED';
  ctx.pool.persist();
  return {};
};

/** `attribute = "value"` or `attribute ^= "value"` (ListUsers' Filter), or every user. */
function filterOf(filter: unknown): (user: User) => boolean {
  if (filter === undefined || filter === '') return () => true;
  const match = /^\s*([\w:]+)\s*(\^?=)\s*"([^"]*)"\s*$/.exec(String(filter));
  if (!match) throw invalidParameter('Error while parsing filter.');
  const [, name, operator, value] = match;
  const valueOf = (user: User) =>
    name === 'username'
      ? user.username
      : name === 'status' || name === 'cognito:user_status'
        ? user.status
        : user.attributes[name];
  return (user) => {
    const actual = valueOf(user);
    return actual !== undefined && (operator === '=' ? actual === value : actual.startsWith(value));
  };
}

const listUsers: Operation = async (ctx, body) => {
  checkPoolId(ctx, body);
  const limit = typeof body.Limit === 'number' ? body.Limit : 60;
  return { Users: ctx.pool.users.all().filter(filterOf(body.Filter)).slice(0, limit).map(userType) };
};

export const ADMIN_OPERATIONS = {
  AdminCreateUser: adminCreateUser,
  AdminSetUserPassword: adminSetUserPassword,
  AdminGetUser: adminGetUser,
  AdminDeleteUser: adminDeleteUser,
  AdminUpdateUserAttributes: adminUpdateUserAttributes,
  AdminSetUserMFAPreference: adminSetUserMFAPreference,
  AdminConfirmSignUp: adminConfirmSignUp,
  ListUsers: listUsers,
  DescribeUserPool: async (ctx, body) => {
    checkPoolId(ctx, body);
    return { UserPool: describeUserPool(ctx.settings) };
  },
  DescribeUserPoolClient: async (ctx, body) => {
    checkPoolId(ctx, body);
    if (body.ClientId !== ctx.settings.clientId)
      throw new CognitoError('ResourceNotFoundException', `User pool client ${String(body.ClientId)} does not exist.`);
    return { UserPoolClient: describeUserPoolClient(ctx.settings) };
  },
} satisfies Record<string, Operation>;
