/** SELECT_MFA_TYPE: the user has several MFA types and none preferred; they pick one. */
import { invalidParameter, missingParameter } from '../../errors.js';
import type { MfaType } from '../../seed.js';
import type { SessionIn } from '../../store/sessions.js';
import { str, type Json, type OperationContext } from '../context.js';
import { activeMfa, startMfa } from '../mfa.js';
import type { SignIn } from '../sign-in.js';

export async function answerSelectMfaType(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'SELECT_MFA_TYPE'> },
  responses: Json,
): Promise<Json> {
  const answer = str(responses.ANSWER) as MfaType | undefined;
  if (!answer) throw missingParameter('ANSWER');
  if (!activeMfa(ctx, signIn.user).includes(answer))
    throw invalidParameter(`MFA type ${answer} is not enabled for the user`);
  return startMfa(ctx, signIn, answer);
}
