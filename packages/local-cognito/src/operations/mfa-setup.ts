/**
 * MFA setup: an authenticator app for a signed-in user (AccessToken) or during sign-in's MFA_SETUP (Session),
 * and the user's MFA preferences.
 */
import { CognitoError, invalidParameter, invalidSession, userNotFound } from '../errors.js';
import type { MfaType } from '../seed.js';
import type { User } from '../store/users.js';
import { acceptTotp, newTotpSecret } from './codes.js';
import { requiredString, type Json, type Operation, type OperationContext } from './context.js';
import { activeMfa, requiredMfa } from './mfa.js';
import { nextChallenge, signInOf, wrongCode } from './sign-in.js';
import { userOfAccessToken } from './tokens.js';

const codeMismatch = () => new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');

/** The MFA_SETUP session of a sign-in and its user. */
function mfaSetupSignIn(ctx: OperationContext, sessionId: unknown) {
  const session = ctx.pool.sessions.get(sessionId);
  if (session.challenge !== 'MFA_SETUP') throw invalidSession();
  const user = ctx.pool.users.find(session.username);
  if (!user) throw userNotFound();
  return { ...signInOf(user, session), session };
}

const associateSoftwareToken: Operation = async (ctx, body) => {
  const secret = newTotpSecret();
  if (body.AccessToken !== undefined) {
    const user = await userOfAccessToken(ctx, body.AccessToken);
    user.pendingTotpSecret = secret;
    return { SecretCode: secret };
  }
  const signIn = mfaSetupSignIn(ctx, body.Session);
  if (!requiredMfa(ctx, signIn.user).canSetup.includes('SOFTWARE_TOKEN_MFA'))
    throw invalidParameter('Software token MFA cannot be set up for this user');
  const next = nextChallenge(ctx, signIn, { challenge: 'MFA_SETUP', totp: { secret, verified: false } }, {});
  return { SecretCode: secret, Session: next.Session };
};

const verifySoftwareToken: Operation = async (ctx, body) => {
  const code = requiredString(body.UserCode, 'UserCode');
  if (body.AccessToken !== undefined) {
    const user = await userOfAccessToken(ctx, body.AccessToken);
    if (!user.pendingTotpSecret) throw invalidParameter('Software token has not been associated');
    if (!acceptTotp(user, user.pendingTotpSecret, code)) throw codeMismatch();
    user.totpSecret = user.pendingTotpSecret;
    user.pendingTotpSecret = undefined;
    user.totpVerified = true;
    return { Status: 'SUCCESS' };
  }
  const signIn = mfaSetupSignIn(ctx, body.Session);
  const secret = signIn.session.totp?.secret;
  if (!secret) throw invalidSession();
  if (!acceptTotp(signIn.user, secret, code)) throw wrongCode(ctx, signIn.session, codeMismatch());
  const next = nextChallenge(ctx, signIn, { challenge: 'MFA_SETUP', totp: { secret, verified: true } }, {});
  return { Status: 'SUCCESS', Session: next.Session };
};

/** Applies one `{ Enabled, PreferredMfa }` of SetUserMFAPreference. */
export function applyMfaSettings(user: User, type: MfaType, settings: unknown): void {
  if (!settings || typeof settings !== 'object') return;
  const { Enabled, PreferredMfa } = settings as Json;
  if (Enabled === true) {
    if (type === 'SOFTWARE_TOKEN_MFA' && !user.totpSecret)
      throw invalidParameter('User has not verified software token mfa');
    if (type === 'SMS_MFA' && !user.attributes.phone_number)
      throw invalidParameter('User does not have a phone number');
    if (type === 'EMAIL_OTP' && !user.attributes.email) throw invalidParameter('User does not have an email');
    if (!user.mfaEnabled.includes(type)) user.mfaEnabled.push(type);
  } else if (Enabled === false) {
    user.mfaEnabled = user.mfaEnabled.filter((enabled) => enabled !== type);
    if (user.mfaPreferred === type) user.mfaPreferred = undefined;
  }
  if (PreferredMfa === true) {
    if (!user.mfaEnabled.includes(type)) throw invalidParameter(`${type} must be enabled to be preferred`);
    user.mfaPreferred = type;
  } else if (PreferredMfa === false && user.mfaPreferred === type) user.mfaPreferred = undefined;
}

/**
 * The user's own MFA settings. All of them apply or none does (a refused one leaves the others as they were). In a
 * pool that requires MFA, turning off the user's last factor is refused: the account would have no second factor.
 */
const setUserMFAPreference: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const before = { mfaEnabled: [...user.mfaEnabled], mfaPreferred: user.mfaPreferred };
  const hadActive = activeMfa(ctx, user).length > 0;
  try {
    applyMfaSettings(user, 'SMS_MFA', body.SMSMfaSettings);
    applyMfaSettings(user, 'SOFTWARE_TOKEN_MFA', body.SoftwareTokenMfaSettings);
    applyMfaSettings(user, 'EMAIL_OTP', body.EmailMfaSettings);
    if (ctx.settings.mfa.configuration === 'ON' && hadActive && !activeMfa(ctx, user).length)
      throw invalidParameter(LAST_REQUIRED_FACTOR);
  } catch (error) {
    Object.assign(user, before);
    throw error;
  }
  if (user.mfaEnabled.length) user.mfaCanSetup = [];
  ctx.pool.persist();
  return {};
};

/** The refusal to turn off the last factor where MFA is required (Cognito documents no wording; this names the rule). */
export const LAST_REQUIRED_FACTOR = 'MFA is required in this user pool: at least one MFA method must stay enabled';

export const MFA_SETUP_OPERATIONS = {
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  SetUserMFAPreference: setUserMFAPreference,
} satisfies Record<string, Operation>;
