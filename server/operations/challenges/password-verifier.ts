/** PASSWORD_VERIFIER: the SRP exchange that proves the password without sending it. */
import { randomBytes } from 'node:crypto';

import { invalidParameter, invalidSession, missingParameter } from '../../errors.js';
import { poolName } from '../../settings.js';
import { computeKey, computeSignature, N, newServerEphemeral, parseHexBigInt } from '../../srp.js';
import { safeEqual } from '../../store/credentials.js';
import type { SessionIn } from '../../store/sessions.js';
import { afterPassword } from '../after-password.js';
import { str, type Json, type OperationContext } from '../context.js';
import { checkLockout, refuseResetRequired, wrongPassword } from '../passwords.js';
import { nextChallenge, type SignIn } from '../sign-in.js';

/** Answers the client's SRP_A with the salt, B and a secret block. */
export function startPasswordVerifier(ctx: OperationContext, signIn: SignIn, srpA: unknown): Json {
  const { user } = signIn;
  const A = parseHexBigInt(str(srpA) ?? '');
  if (A === undefined) throw missingParameter('SRP_A');
  if (A % N === 0n) throw invalidParameter('Invalid SRP_A');
  refuseResetRequired(user);
  const { b, B } = newServerEphemeral(user.credentials.srpVerifier);
  const secretBlock = randomBytes(512).toString('base64');
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'PASSWORD_VERIFIER', srp: { A, b, B, secretBlock } },
    {
      SALT: user.credentials.srpSalt,
      SRP_B: B.toString(16),
      SECRET_BLOCK: secretBlock,
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
  const block = str(responses.PASSWORD_CLAIM_SECRET_BLOCK);
  const signature = str(responses.PASSWORD_CLAIM_SIGNATURE);
  const timestamp = str(responses.TIMESTAMP);
  if (!block || !signature || !timestamp)
    throw missingParameter('PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK or TIMESTAMP');
  if (block !== srp.secretBlock) throw invalidSession();
  const key = computeKey(srp.A, srp.B, srp.b, user.credentials.srpVerifier);
  const expected = computeSignature(key, poolName(ctx.settings), user.username, srp.secretBlock, timestamp);
  if (!safeEqual(expected, signature)) {
    ctx.pool.sessions.end(session);
    throw wrongPassword(ctx, user);
  }
  return afterPassword(ctx, signIn);
}
