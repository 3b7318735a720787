/** PASSWORD_VERIFIER: the SRP exchange that proves the password without sending it. */
import { invalidSession } from '../../errors.js';
import { poolName } from '../../settings.js';
import type { SessionIn } from '../../store/sessions.js';
import { afterPassword } from '../after-password.js';
import type { Json, OperationContext } from '../context.js';
import { checkLockout, refuseResetRequired, wrongPassword } from '../passwords.js';
import { nextChallenge, type SignIn } from '../sign-in.js';
import { claimProves, serverExchange } from './srp-claim.js';

/** Answers the client's SRP_A with the salt, B and a secret block. */
export function startPasswordVerifier(ctx: OperationContext, signIn: SignIn, srpA: unknown): Json {
  const { user } = signIn;
  const srp = serverExchange(srpA, user.credentials.srpVerifier);
  refuseResetRequired(user);
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'PASSWORD_VERIFIER', srp },
    {
      SALT: user.credentials.srpSalt,
      SRP_B: srp.B.toString(16),
      SECRET_BLOCK: srp.secretBlock,
      USER_ID_FOR_SRP: user.username,
      USERNAME: user.username,
    },
  );
}

/** Checks the password claim; a wrong one ends the session and counts towards the lockout. */
export async function answerPasswordVerifier(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'PASSWORD_VERIFIER'> },
  responses: Json,
): Promise<Json> {
  const { user, session } = signIn;
  const { srp } = session;
  checkLockout(ctx, user);
  const block = responses.PASSWORD_CLAIM_SECRET_BLOCK;
  if (block !== undefined && block !== srp.secretBlock) throw invalidSession();
  if (!claimProves(srp, user.credentials.srpVerifier, poolName(ctx.settings), user.username, responses)) {
    ctx.pool.sessions.end(session);
    throw wrongPassword(ctx, user);
  }
  return afterPassword(ctx, signIn);
}
