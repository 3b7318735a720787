/** RespondToAuthChallenge: checks the session and hands the answer to its challenge's handler. */
import { invalidParameter, invalidSession, missingParameter, userNotFound } from '../errors.js';
import type { ChallengeName, SessionIn } from '../store/sessions.js';
import { answerCustomChallenge } from './challenges/custom-challenge.js';
import { answerDevicePasswordVerifier, answerDeviceSrpAuth } from './challenges/device-srp.js';
import { answerMfaSetup } from './challenges/mfa-setup.js';
import { answerNewPasswordRequired } from './challenges/new-password-required.js';
import { answerPasswordVerifier } from './challenges/password-verifier.js';
import { answerSelectChallenge } from './challenges/select-challenge.js';
import { answerSelectMfaType } from './challenges/select-mfa-type.js';
import { answerSignInCode } from './challenges/sign-in-code.js';
import { answerSoftwareTokenMfa } from './challenges/software-token-mfa.js';
import { answerWebAuthn } from './challenges/web-authn.js';
import { checkClientId, mapParameter, str, type Json, type Operation, type OperationContext } from './context.js';
import { signInOf, userOfSession, type SignIn } from './sign-in.js';

type Answer<C extends ChallengeName> = (
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<C> },
  responses: Json,
) => Promise<Json>;

/** A new challenge gets its state in store/sessions.ts, its handler in challenges/, and its row here. */
const ANSWERS: { [C in Exclude<ChallengeName, 'AUTO_SIGN_IN'>]: Answer<C> } = {
  PASSWORD_VERIFIER: answerPasswordVerifier,
  SMS_MFA: answerSignInCode,
  SMS_OTP: answerSignInCode,
  EMAIL_OTP: answerSignInCode,
  SOFTWARE_TOKEN_MFA: answerSoftwareTokenMfa,
  SELECT_MFA_TYPE: answerSelectMfaType,
  MFA_SETUP: answerMfaSetup,
  NEW_PASSWORD_REQUIRED: answerNewPasswordRequired,
  CUSTOM_CHALLENGE: answerCustomChallenge,
  SELECT_CHALLENGE: answerSelectChallenge,
  WEB_AUTHN: answerWebAuthn,
  DEVICE_SRP_AUTH: answerDeviceSrpAuth,
  DEVICE_PASSWORD_VERIFIER: answerDevicePasswordVerifier,
};

const UNSUPPORTED = ['ADMIN_NO_SRP_AUTH'];

export const respondToAuthChallenge: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const name = str(body.ChallengeName);
  if (!name) throw missingParameter('ChallengeName');
  const responses = mapParameter(body.ChallengeResponses, 'ChallengeResponses');
  if (UNSUPPORTED.includes(name)) throw invalidParameter(`Challenge ${name} is not supported by this server`);
  const session = ctx.pool.sessions.get(body.Session);
  const user = userOfSession(ctx, session);
  if (!user) {
    ctx.pool.sessions.end(session);
    throw userNotFound();
  }
  const named = user.phantom ? responses.USERNAME === user.username : ctx.pool.users.find(responses.USERNAME) === user;
  if (responses.USERNAME !== undefined && !named) throw invalidSession();
  // A SELECT_CHALLENGE answer is accepted on a session waiting for WEB_AUTHN (cancelled passkey).
  const expected = session.challenge === name || (name === 'SELECT_CHALLENGE' && session.challenge === 'WEB_AUTHN');
  if (!expected) throw invalidSession();
  if (!Object.hasOwn(ANSWERS, name)) throw invalidParameter(`Invalid ChallengeName: ${name}`);
  const answer = ANSWERS[name as keyof typeof ANSWERS] as Answer<ChallengeName>;
  const signIn = signInOf(user, session) as SignIn & { session: SessionIn<ChallengeName> };
  if (str(responses.DEVICE_KEY)) signIn.deviceKey = responses.DEVICE_KEY;
  return ctx.pool.sessions.answer(session, () => answer(ctx, signIn, responses));
};
