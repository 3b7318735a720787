/** What a proven password leads to: the account's state first, then a custom challenge or MFA. */
import { userNotConfirmed } from '../errors.js';
import { startCustomChallenge } from './challenges/custom-challenge.js';
import { startNewPasswordRequired } from './challenges/new-password-required.js';
import type { Json, OperationContext } from './context.js';
import { mfaStep } from './mfa.js';
import { refuseResetRequired } from './passwords.js';
import { endSignIn, type SignIn } from './sign-in.js';

export function afterPassword(ctx: OperationContext, signIn: SignIn): Json | Promise<Json> {
  const { user } = signIn;
  refuseResetRequired(user);
  if (user.status === 'UNCONFIRMED') {
    endSignIn(ctx, signIn);
    throw userNotConfirmed();
  }
  signIn.passwordVerified = true;
  if (user.status === 'FORCE_CHANGE_PASSWORD') return startNewPasswordRequired(ctx, signIn);
  if (signIn.flow === 'CUSTOM_AUTH') return startCustomChallenge(ctx, signIn);
  return mfaStep(ctx, signIn);
}
