/**
 * SELECT_CHALLENGE: USER_AUTH's choice of first factor (password, SRP, email or SMS code, passkey), and the
 * start of the factor chosen there or named by PREFERRED_CHALLENGE.
 */
import { invalidParameter, missingParameter } from '../../errors.js';
import type { SessionIn } from '../../store/sessions.js';
import type { User } from '../../store/users.js';
import { afterPassword } from '../after-password.js';
import { str, type Json, type OperationContext } from '../context.js';
import { checkPassword, refuseResetRequired } from '../passwords.js';
import { nextChallenge, type SignIn } from '../sign-in.js';
import { startPasswordVerifier } from './password-verifier.js';
import { startCodeChallenge } from './sign-in-code.js';
import { startWebAuthnChallenge } from './web-authn.js';

export const FIRST_FACTORS = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const;

/**
 * The first factors the pool allows (`AllowedFirstAuthFactors`) that the user can use: a verified email or phone
 * number for the one-time codes, a passkey for WEB_AUTHN. A made-up user (unknown login) is offered all of them.
 */
export function availableFirstFactors(ctx: OperationContext, user: User): string[] {
  const allowed = ctx.settings.allowedFirstAuthFactors;
  const has = (verified: boolean) => user.phantom || verified;
  const factors: string[] = [];
  if (allowed.includes('PASSWORD')) factors.push('PASSWORD', 'PASSWORD_SRP');
  if (allowed.includes('EMAIL_OTP') && has(user.attributes.email_verified === 'true')) factors.push('EMAIL_OTP');
  if (allowed.includes('SMS_OTP') && has(user.attributes.phone_number_verified === 'true')) factors.push('SMS_OTP');
  if (allowed.includes('WEB_AUTHN') && has(user.passkeys.length > 0)) factors.push('WEB_AUTHN');
  return factors;
}

export function startSelectChallenge(ctx: OperationContext, signIn: SignIn): Json {
  return {
    ...nextChallenge(ctx, signIn, { challenge: 'SELECT_CHALLENGE' }, {}),
    AvailableChallenges: availableFirstFactors(ctx, signIn.user),
  };
}

/** Starts `factor` with `parameters` (PASSWORD or SRP_A); undefined when the user does not have it. */
export async function startFirstFactor(
  ctx: OperationContext,
  signIn: SignIn,
  factor: string,
  parameters: Json,
): Promise<Json | undefined> {
  if (!availableFirstFactors(ctx, signIn.user).includes(factor)) return undefined;
  switch (factor) {
    case 'PASSWORD':
      refuseResetRequired(signIn.user);
      await checkPassword(ctx, signIn.user, parameters.PASSWORD);
      return afterPassword(ctx, signIn);
    case 'PASSWORD_SRP':
      return startPasswordVerifier(ctx, signIn, parameters.SRP_A);
    case 'EMAIL_OTP':
    case 'SMS_OTP':
      return startCodeChallenge(ctx, signIn, factor);
    case 'WEB_AUTHN':
      return startWebAuthnChallenge(ctx, signIn);
  }
  return undefined;
}

/** The factor picked (also on a WEB_AUTHN session: the passkey was cancelled). */
export async function answerSelectChallenge(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'SELECT_CHALLENGE' | 'WEB_AUTHN'> },
  responses: Json,
): Promise<Json> {
  const answer = str(responses.ANSWER);
  if (!answer) throw missingParameter('ANSWER');
  const started = await startFirstFactor(ctx, signIn, answer, responses);
  if (!started) throw invalidParameter(`Invalid ANSWER: ${answer} is not available for the user`);
  return started;
}
