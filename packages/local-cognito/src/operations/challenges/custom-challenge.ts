/** CUSTOM_CHALLENGE: the pool's question; a wrong answer asks again, up to the pool's limit. */
import { missingParameter, notAuthorized } from '../../errors.js';
import type { SessionIn } from '../../store/sessions.js';
import { str, type Json, type OperationContext } from '../context.js';
import { finishSignIn, nextChallenge, type SignIn } from '../sign-in.js';

/** Asks the question; `wrongAttempts` carries the count of a sign-in that answered wrong before. */
export function startCustomChallenge(ctx: OperationContext, signIn: SignIn, wrongAttempts = 0): Json {
  const parameters = { USERNAME: signIn.user.username, question: ctx.settings.customChallenge.question };
  return nextChallenge(ctx, signIn, { challenge: 'CUSTOM_CHALLENGE' }, parameters, wrongAttempts);
}

export async function answerCustomChallenge(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'CUSTOM_CHALLENGE'> },
  responses: Json,
): Promise<Json> {
  const answer = str(responses.ANSWER);
  if (answer === undefined) throw missingParameter('ANSWER');
  if (answer.trim() === ctx.settings.customChallenge.answer) return finishSignIn(ctx, signIn);
  const { session } = signIn;
  if (ctx.pool.sessions.countWrongAttempt(session, ctx.settings.wrongAnswersPerSession))
    throw notAuthorized('Incorrect answer.');
  return startCustomChallenge(ctx, signIn, session.wrongAttempts);
}
