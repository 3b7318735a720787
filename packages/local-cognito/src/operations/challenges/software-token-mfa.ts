/** SOFTWARE_TOKEN_MFA: the code of the user's authenticator app. */
import type { SessionIn } from '../../store/sessions.js';
import { acceptTotp } from '../codes.js';
import { checkLockout } from '../passwords.js';
import { requiredString, type Json, type OperationContext } from '../context.js';
import { finishSignIn, nextChallenge, wrongCode, type SignIn } from '../sign-in.js';

export function startSoftwareTokenMfa(ctx: OperationContext, signIn: SignIn): Json {
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'SOFTWARE_TOKEN_MFA' },
    { USER_ID_FOR_SRP: signIn.user.username, FRIENDLY_DEVICE_NAME: 'TOTP' },
  );
}

export async function answerSoftwareTokenMfa(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'SOFTWARE_TOKEN_MFA'> },
  responses: Json,
): Promise<Json> {
  const { user } = signIn;
  const code = requiredString(responses.SOFTWARE_TOKEN_MFA_CODE, 'SOFTWARE_TOKEN_MFA_CODE');
  checkLockout(ctx, user);
  const secret = user.totpSecret;
  if (!secret || !acceptTotp(user, secret, code)) throw wrongCode(ctx, signIn.session, undefined, user);
  return finishSignIn(ctx, signIn);
}
