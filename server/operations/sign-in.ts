/**
 * A sign-in between two answers, and the two ways it moves on: to its next challenge (a new session that
 * replaces the one answered) or to tokens.
 */
import { signInCodeMismatch, tooManyFailedAttempts, type CognitoError } from '../errors.js';
import type { AuthFlow, ChallengeState, SignInSession } from '../store/sessions.js';
import type { User } from '../store/users.js';
import type { Json, OperationContext } from './context.js';
import { signInTokens } from './tokens.js';

export interface SignIn {
  user: User;
  flow: AuthFlow;
  /** The session being answered; none while InitiateAuth starts the sign-in. */
  session?: SignInSession;
  /** Whether the user has proven their password in this sign-in (MFA then applies). */
  passwordVerified: boolean;
}

/** A sign-in that answers `session`. */
export function signInOf(user: User, session: SignInSession): SignIn {
  return { user, flow: session.flow, session, passwordVerified: session.passwordVerified };
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
    { username: signIn.user.username, flow: signIn.flow, passwordVerified: signIn.passwordVerified, wrongAttempts },
    state,
  );
  return { ChallengeName: session.challenge, Session: session.id, ChallengeParameters: parameters };
}

/** Ends the sign-in (its session, if any) without tokens. */
export function endSignIn(ctx: OperationContext, signIn: SignIn): void {
  if (signIn.session) ctx.pool.sessions.end(signIn.session);
}

/** Ends the sign-in with tokens. */
export function finishSignIn(ctx: OperationContext, signIn: SignIn): Promise<Json> {
  endSignIn(ctx, signIn);
  return signInTokens(ctx, signIn.user);
}

/** Counts a wrong code on `session`: the error to throw (`mismatch`, or the end of the session at the pool's limit). */
export function wrongCode(
  ctx: OperationContext,
  session: SignInSession,
  mismatch: CognitoError = signInCodeMismatch(),
): CognitoError {
  const exhausted = ctx.pool.sessions.countWrongAttempt(session, ctx.settings.wrongAnswersPerSession);
  return exhausted ? tooManyFailedAttempts() : mismatch;
}
