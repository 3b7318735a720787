/** The account: password reset and change, attributes, the user's own record (sign-up is in sign-up.ts). */
import { CognitoError, invalidParameter } from '../errors.js';
import { attributeList } from './attributes.js';
import { checkSentCode, countCodeRequest, deliveryDetails, sendUserCode, simulatedDelivery } from './codes.js';
import { checkClientId, requiredString, type Json, type Operation } from './context.js';
import { enabledMfa } from './mfa.js';
import { checkNewPassword, checkPassword } from './passwords.js';
import { codeMismatch, SIGN_UP_OPERATIONS, userOrHidden } from './sign-up.js';
import { userOfAccessToken } from './tokens.js';
import { sendAttributeCode } from './verify-attributes.js';

const forgotPassword: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const user = userOrHidden(ctx, body.Username);
  if (!user) return { CodeDeliveryDetails: simulatedDelivery(String(body.Username)) };
  const { recovery } = ctx.settings;
  if (recovery.includes('admin_only'))
    throw new CognitoError('NotAuthorizedException', 'User password cannot be reset in the current state.');
  const verified = recovery.find((name) => name !== 'admin_only' && user.attributes[`${name}_verified`] === 'true') as
    'email' | 'phone_number' | undefined;
  if (!verified)
    throw invalidParameter(
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  countCodeRequest(ctx, user);
  user.resetCode = sendUserCode(ctx, user, 'Reset your password', ctx.settings.resetCodeTtlMs, verified);
  return { CodeDeliveryDetails: deliveryDetails(user, verified) };
};

const confirmForgotPassword: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const code = requiredString(body.ConfirmationCode, 'ConfirmationCode');
  const user = userOrHidden(ctx, body.Username);
  if (!user) throw codeMismatch();
  checkSentCode(ctx, user.resetCode, code);
  const password = checkNewPassword(ctx, body.Password);
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
  const password = checkNewPassword(ctx, body.ProposedPassword, 'proposedPassword');
  await ctx.pool.users.setPassword(user, password);
  ctx.pool.persist();
  return {};
};

/**
 * A changed email or phone number is no longer verified; where the pool auto-verifies it, a code goes to it. Where
 * the pool requires verification before an update (`AttributesRequireVerificationBeforeUpdate`, auto-verified
 * attributes with a value to keep), the old value stays, verified and the sign-in alias, until the new one's code
 * comes back.
 */
const updateUserAttributes: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const given = attributeList(body.UserAttributes, 'Missing required parameter UserAttributes');
  const changed = (['email', 'phone_number'] as const).filter(
    (name) => given[name] !== undefined && given[name] !== user.attributes[name],
  );
  const { autoVerifiedAttributes, attributesRequireVerificationBeforeUpdate = [] } = ctx.settings;
  const held = changed.filter(
    (name) =>
      attributesRequireVerificationBeforeUpdate.includes(name) &&
      autoVerifiedAttributes.includes(name) &&
      user.attributes[name] !== undefined,
  );
  for (const name of held) {
    user.pendingAttributes = { ...user.pendingAttributes, [name]: given[name] };
    delete given[name];
  }
  Object.assign(user.attributes, given);
  for (const name of changed) if (!held.includes(name)) user.attributes[`${name}_verified`] = 'false';
  const sent = changed.filter((name) => autoVerifiedAttributes.includes(name));
  ctx.pool.persist();
  return { CodeDeliveryDetailsList: sent.map((name) => sendAttributeCode(ctx, user, name)) };
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
  ...SIGN_UP_OPERATIONS,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ChangePassword: changePassword,
  UpdateUserAttributes: updateUserAttributes,
  GetUser: getUser,
  DeleteUser: deleteUser,
} satisfies Record<string, Operation>;
