/** SMS_MFA, SMS_OTP and EMAIL_OTP: a code sent for this sign-in, typed back. */
import { randomBytes } from 'node:crypto';

import { invalidParameter, userNotConfirmed } from '../../errors.js';
import { safeEqual } from '../../store/credentials.js';
import type { SessionIn } from '../../store/sessions.js';
import type { User } from '../../store/users.js';
import { maskEmail, maskPhone, newCode } from '../codes.js';
import { requiredString, type Json, type OperationContext } from '../context.js';
import { checkLockout, countFailure, refuseResetRequired } from '../passwords.js';
import { finishSignIn, nextChallenge, wrongCode, type SignIn } from '../sign-in.js';

export type CodeChallenge = 'SMS_MFA' | 'SMS_OTP' | 'EMAIL_OTP';

/** Sends a sign-in code (to `settingUpEmail` during MFA_SETUP) and asks for it. */
export function startCodeChallenge(
  ctx: OperationContext,
  signIn: SignIn,
  challenge: CodeChallenge,
  settingUpEmail?: string,
): Json {
  const { user } = signIn;
  const medium = challenge === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
  const to =
    settingUpEmail ??
    (medium === 'EMAIL' ? user.attributes.email : user.attributes.phone_number) ??
    (user.phantom ? (medium === 'EMAIL' ? `${user.username}@example.com` : '+15555550000') : undefined);
  if (!to) throw invalidParameter(`No ${medium === 'EMAIL' ? 'email' : 'phone number'} for the user`);
  // A made-up user (unknown login) is told a code was sent; none was, and no code matches.
  const code = user.phantom ? randomBytes(24).toString('hex') : newCode(challenge === 'SMS_MFA' ? 6 : 8);
  user.signInCodeSerial += 1;
  const answer = nextChallenge(
    ctx,
    signIn,
    {
      challenge,
      code: { code, expires: ctx.now() + ctx.settings.codeTtlMs, serial: user.signInCodeSerial, wrongAttempts: 0 },
      settingUpEmail,
    },
    {
      CODE_DELIVERY_DELIVERY_MEDIUM: medium,
      CODE_DELIVERY_DESTINATION: medium === 'EMAIL' ? maskEmail(to) : maskPhone(to),
      USER_ID_FOR_SRP: user.username,
    },
  );
  if (!user.phantom) ctx.outbox.send(to, medium, code, 'Sign-in code');
  return answer;
}

function enableEmailMfa(user: User, email: string): void {
  user.attributes.email = email;
  user.attributes.email_verified = 'true';
  if (!user.mfaEnabled.includes('EMAIL_OTP')) user.mfaEnabled.push('EMAIL_OTP');
  user.mfaPreferred = 'EMAIL_OTP';
  user.mfaCanSetup = [];
}

/** The latest code sent to the user, in time: tokens. A wrong one keeps the session, up to the pool's limit. */
export async function answerSignInCode(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<CodeChallenge> },
  responses: Json,
): Promise<Json> {
  const { user, session } = signIn;
  const typed = requiredString(responses[`${session.challenge}_CODE`], `${session.challenge}_CODE`);
  checkLockout(ctx, user);
  const sent = session.code;
  const right = sent.expires > ctx.now() && sent.serial === user.signInCodeSerial && safeEqual(sent.code, typed);
  if (!right) {
    // A wrong passwordless code counts towards the lockout as a wrong password does (MFA codes: in wrongCode).
    if (!session.passwordVerified) countFailure(ctx, user);
    throw wrongCode(ctx, session, undefined, user);
  }
  if (session.settingUpEmail) enableEmailMfa(user, session.settingUpEmail);
  if (!signIn.passwordVerified && user.status !== 'CONFIRMED') {
    ctx.pool.sessions.end(session);
    if (user.status === 'UNCONFIRMED') throw userNotConfirmed();
    refuseResetRequired(user);
  }
  return finishSignIn(ctx, signIn);
}
