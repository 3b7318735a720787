/**
 * A sign-in between two answers, and the two ways it moves on: to its next challenge (a new session that
 * replaces the one answered) or to tokens.
 */
import { randomBytes } from 'node:crypto';

import {
  incorrectPassword,
  missingParameter,
  signInCodeMismatch,
  tooManyFailedAttempts,
  userNotFound,
  type CognitoError,
} from '../errors.js';
import type { AuthFlow, ChallengeState, SignInSession } from '../store/sessions.js';
import type { User } from '../store/users.js';
import { newSalt } from '../srp.js';
import { nowSec, type Json, type OperationContext } from './context.js';
import { deviceOf, newDeviceMetadata } from './devices.js';
import { countFailure } from './passwords.js';
import { signInTokens } from './tokens.js';

export interface SignIn {
  user: User;
  flow: AuthFlow;
  /** The session being answered; none while InitiateAuth starts the sign-in. */
  session?: SignInSession;
  /** Whether the user has proven their password in this sign-in (MFA then applies). */
  passwordVerified: boolean;
  /** The DEVICE_KEY the client sent, if any. */
  deviceKey?: string;
  /** The device has proven itself (DEVICE_PASSWORD_VERIFIER) in this sign-in. */
  deviceVerified?: boolean;
}

/**
 * The user a sign-in names (username, username attribute, verified alias). Unknown: UserNotFoundException, or,
 * with existence errors prevented, a made-up user whose sign-in fails as a wrong password would.
 */
export function signInUser(ctx: OperationContext, login: unknown): User {
  if (typeof login !== 'string' || !login) throw missingParameter('USERNAME');
  const user = ctx.pool.users.find(login);
  if (user) return user;
  if (!ctx.settings.preventUserExistenceErrors) throw userNotFound();
  const attributes: Record<string, string> = {};
  if (login.includes('@')) attributes.email = login;
  else if (/^\+\d+$/.test(login)) attributes.phone_number = login;
  // No password matches it: an SRP verifier of nothing, no hash.
  const credentials = { srpSalt: newSalt(), srpVerifier: BigInt(`0x${randomBytes(32).toString('hex')}`), hash: '' };
  const phantom = ctx.pool.users.create(login, credentials, 'CONFIRMED', attributes);
  phantom.phantom = true;
  ctx.pool.phantomLockouts.restore(phantom);
  return phantom;
}

/** A sign-in that answers `session`. */
export function signInOf(user: User, session: SignInSession): SignIn {
  return {
    user,
    flow: session.flow,
    session,
    passwordVerified: session.passwordVerified,
    deviceKey: session.deviceKey,
  };
}

/** The user a session belongs to (a made-up one for an unknown login); undefined once deleted. */
export function userOfSession(ctx: OperationContext, session: SignInSession): User | undefined {
  return session.phantom ?? ctx.pool.users.find(session.username);
}

/**
 * Continues this sign-in with its next challenge, or starts the first one: the session answered (if any) ends,
 * a new one waits for `state.challenge`. Answers `{ ChallengeName, Session, ChallengeParameters }`.
 */
export function nextChallenge(
  ctx: OperationContext,
  signIn: SignIn,
  state: ChallengeState,
  parameters: Record<string, string>,
  wrongAttempts = 0,
): Json {
  if (signIn.session) ctx.pool.sessions.end(signIn.session);
  const session = ctx.pool.sessions.start(
    {
      username: signIn.user.username,
      flow: signIn.flow,
      passwordVerified: signIn.passwordVerified,
      wrongAttempts,
      phantom: signIn.user.phantom ? signIn.user : undefined,
      deviceKey: signIn.deviceKey,
    },
    state,
  );
  return { ChallengeName: session.challenge, Session: session.id, ChallengeParameters: parameters };
}

/** Ends the sign-in (its session, if any) without tokens. */
export function endSignIn(ctx: OperationContext, signIn: SignIn): void {
  if (signIn.session) ctx.pool.sessions.end(signIn.session);
}

/**
 * Ends the sign-in with tokens (never for a made-up user). With device tracking, a sign-in from a device Cognito
 * does not know gets NewDeviceMetadata; a known one is named in the access token.
 */
export function finishSignIn(ctx: OperationContext, signIn: SignIn): Promise<Json> {
  endSignIn(ctx, signIn);
  const { user } = signIn;
  if (user.phantom) throw incorrectPassword();
  if (!ctx.settings.devices) return signInTokens(ctx, user);
  const known = deviceOf(user, signIn.deviceKey);
  if (known) {
    known.lastAuthenticatedAt = nowSec(ctx);
    return signInTokens(ctx, user, { deviceKey: known.key });
  }
  const metadata = newDeviceMetadata(ctx, user);
  return signInTokens(ctx, user, { deviceKey: metadata.DeviceKey, newDevice: metadata });
}

/**
 * Counts a wrong code on `session`: the error to throw (`mismatch`, or the end of the session at the pool's limit).
 * A wrong MFA code (after the password) also counts towards the user's lockout.
 */
export function wrongCode(
  ctx: OperationContext,
  session: SignInSession,
  mismatch: CognitoError = signInCodeMismatch(),
  user?: User,
): CognitoError {
  if (user && session.passwordVerified) countFailure(ctx, user);
  const exhausted = ctx.pool.sessions.countWrongAttempt(session, ctx.settings.wrongAnswersPerSession);
  return exhausted ? tooManyFailedAttempts() : mismatch;
}
