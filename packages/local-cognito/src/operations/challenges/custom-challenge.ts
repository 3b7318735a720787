/**
 * CUSTOM_CHALLENGE: what the pool's custom-auth triggers would ask (`settings.customChallenges`), one challenge after
 * another; a wrong answer asks the same again, up to the pool's limit. The stand-in CAPTCHA's public parameters are
 * `{ captcha: 'sum', a, b }`, two numbers from 10 to 99, and its answer is their sum.
 */
import { randomInt } from 'node:crypto';
import { missingParameter, notAuthorized } from '../../errors.js';
import type { CustomChallengeSetting } from '../../settings.js';
import type { SessionIn } from '../../store/sessions.js';
import type { User } from '../../store/users.js';
import { str, type Json, type OperationContext } from '../context.js';
import { finishSignIn, nextChallenge, type SignIn } from '../sign-in.js';

/** What one challenge asks: its public parameters and the answer that passes it. */
interface Asked {
  parameters: Record<string, string>;
  answer: string;
}

/** The challenges `user` answers: those that name them, or else those that name no one. */
export function challengesFor(challenges: readonly CustomChallengeSetting[], user: User): CustomChallengeSetting[] {
  const names = [user.username, user.attributes.email].filter(Boolean).map((name) => name!.toLowerCase());
  const named = challenges.filter((challenge) => challenge.users?.some((u) => names.includes(u.toLowerCase())));
  return named.length ? named : challenges.filter((challenge) => !challenge.users);
}

/** A new puzzle for a CAPTCHA; a question as the pool file sets it. */
export function ask(challenge: CustomChallengeSetting): Asked {
  if (challenge.type === 'QUESTION') return { parameters: challenge.parameters, answer: challenge.answer };
  const a = randomInt(10, 100);
  const b = randomInt(10, 100);
  return { parameters: { ...challenge.parameters, captcha: 'sum', a: String(a), b: String(b) }, answer: String(a + b) };
}

/**
 * Asks challenge `round` of the user's (a new one), or `again` (what a wrong answer asked); `wrongAttempts`
 * carries the count of a sign-in that answered wrong before. Past the last challenge, the sign-in ends with tokens.
 */
export function startCustomChallenge(
  ctx: OperationContext,
  signIn: SignIn,
  wrongAttempts = 0,
  round = 0,
  again?: Asked,
): Json {
  const challenges = challengesFor(ctx.settings.customChallenges, signIn.user);
  if (round >= challenges.length) return finishSignIn(ctx, signIn);
  const asked = again ?? ask(challenges[round]);
  const state = { challenge: 'CUSTOM_CHALLENGE' as const, round, parameters: asked.parameters, answer: asked.answer };
  const parameters = { USERNAME: signIn.user.username, ...asked.parameters };
  return nextChallenge(ctx, signIn, state, parameters, wrongAttempts);
}

export async function answerCustomChallenge(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'CUSTOM_CHALLENGE'> },
  responses: Json,
): Promise<Json> {
  const answer = str(responses.ANSWER);
  if (answer === undefined) throw missingParameter('ANSWER');
  const { session } = signIn;
  if (answer.trim() === session.answer)
    return startCustomChallenge(ctx, signIn, session.wrongAttempts, session.round + 1);
  if (ctx.pool.sessions.countWrongAttempt(session, ctx.settings.wrongAnswersPerSession))
    throw notAuthorized('Incorrect answer.');
  const { parameters, answer: expected } = session;
  return startCustomChallenge(ctx, signIn, session.wrongAttempts, session.round, { parameters, answer: expected });
}
