/** The second factor after a password: which MFA the user has, and the step that asks for it (or sets it up). */
import type { MfaType } from '../seed.js';
import type { User } from '../store/users.js';
import { startCodeChallenge } from './challenges/sign-in-code.js';
import { startSoftwareTokenMfa } from './challenges/software-token-mfa.js';
import type { Json, OperationContext } from './context.js';
import { finishSignIn, nextChallenge, type SignIn } from './sign-in.js';

/** The enabled MFA types the user can receive (a phone for SMS, an email, a TOTP secret). */
export function enabledMfa(user: User): MfaType[] {
  return user.mfaEnabled.filter((type) => {
    if (type === 'SMS_MFA') return !!user.attributes.phone_number;
    if (type === 'EMAIL_OTP') return !!user.attributes.email;
    if (type === 'SOFTWARE_TOKEN_MFA') return !!user.totpSecret;
    return false;
  });
}

/** The challenge of one MFA type. */
export function startMfa(ctx: OperationContext, signIn: SignIn, type: MfaType): Json {
  if (type === 'SOFTWARE_TOKEN_MFA') return startSoftwareTokenMfa(ctx, signIn);
  return startCodeChallenge(ctx, signIn, type);
}

/** After the password: MFA (preferred, only, or a choice), MFA_SETUP when required and none is set up, or tokens. */
export function mfaStep(ctx: OperationContext, signIn: SignIn): Json | Promise<Json> {
  const { user } = signIn;
  signIn.passwordVerified = true;
  const enabled = enabledMfa(user);
  if (!enabled.length) {
    if (!user.mfaCanSetup.length) return finishSignIn(ctx, signIn);
    return nextChallenge(
      ctx,
      signIn,
      { challenge: 'MFA_SETUP' },
      { MFAS_CAN_SETUP: JSON.stringify(user.mfaCanSetup), USER_ID_FOR_SRP: user.username },
    );
  }
  const preferred = user.mfaPreferred && enabled.includes(user.mfaPreferred) ? user.mfaPreferred : undefined;
  const chosen = preferred ?? (enabled.length === 1 ? enabled[0] : undefined);
  if (chosen) return startMfa(ctx, signIn, chosen);
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'SELECT_MFA_TYPE' },
    { MFAS_CAN_CHOOSE: JSON.stringify(enabled), USER_ID_FOR_SRP: user.username },
  );
}
