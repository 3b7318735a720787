/**
 * MFA_SETUP: a user who must have MFA sets it up while signing in, either an authenticator app
 * (AssociateSoftwareToken + VerifySoftwareToken on the session, then this answer) or email codes (EMAIL here,
 * then the EMAIL_OTP code).
 */
import { invalidParameter } from '../../errors.js';
import type { SessionIn } from '../../store/sessions.js';
import type { User } from '../../store/users.js';
import { str, type Json, type OperationContext } from '../context.js';
import { requiredMfa } from '../mfa.js';
import { finishSignIn, type SignIn } from '../sign-in.js';
import { startCodeChallenge } from './sign-in-code.js';

function enableSoftwareTokenMfa(user: User, secret: string): void {
  user.totpSecret = secret;
  user.totpVerified = true;
  if (!user.mfaEnabled.includes('SOFTWARE_TOKEN_MFA')) user.mfaEnabled.push('SOFTWARE_TOKEN_MFA');
  user.mfaPreferred = 'SOFTWARE_TOKEN_MFA';
  user.mfaCanSetup = [];
}

/**
 * `name@domain.tld` with no white space, at most 2048 characters (Cognito's attribute limit), checked in linear
 * time: the regular expression it replaces backtracked quadratically (seconds on 24 k characters).
 */
function isEmailAddress(value: string): boolean {
  if (value.length > 2048 || /\s/.test(value)) return false;
  const at = value.indexOf('@');
  return at > 0 && at === value.lastIndexOf('@') && value.slice(at + 2, -1).includes('.');
}

export async function answerMfaSetup(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'MFA_SETUP'> },
  responses: Json,
): Promise<Json> {
  const { user, session } = signIn;
  if (session.totp?.verified) {
    enableSoftwareTokenMfa(user, session.totp.secret);
    return finishSignIn(ctx, signIn);
  }
  const email = str(responses.EMAIL);
  if (email === undefined)
    throw invalidParameter('Software token MFA has not been verified and no EMAIL was given for MFA setup');
  if (!requiredMfa(ctx, user).canSetup.includes('EMAIL_OTP'))
    throw invalidParameter('Email MFA cannot be set up for this user');
  if (!isEmailAddress(email)) throw invalidParameter('Invalid email address format.');
  return startCodeChallenge(ctx, signIn, 'EMAIL_OTP', email);
}
