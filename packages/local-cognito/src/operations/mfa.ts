/** The second factor after a password: which MFA the user has, and the step that asks for it (or sets it up). */
import type { MfaType } from '../seed.js';
import type { User } from '../store/users.js';
import { startCodeChallenge } from './challenges/sign-in-code.js';
import { startSoftwareTokenMfa } from './challenges/software-token-mfa.js';
import { startDeviceSrpAuth } from './challenges/device-srp.js';
import type { Json, OperationContext } from './context.js';
import { rememberedDevice } from './devices.js';
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

/** The user's MFA types the pool has on (none when its MfaConfiguration is OFF). */
export function activeMfa(ctx: OperationContext, user: User): MfaType[] {
  const { configuration, types } = ctx.settings.mfa;
  if (configuration === 'OFF') return [];
  return enabledMfa(user).filter((type) => types.includes(type));
}

/**
 * MFA required (`ON`) and none set up: SMS when the pool has it and the user has a phone number, else the types
 * the user may set up while signing in (the pool's authenticator app and email). Per-user `mfaCanSetup` (the demo's
 * seed users) comes first.
 */
export function requiredMfa(ctx: OperationContext, user: User): { sms: boolean; canSetup: MfaType[] } {
  if (user.mfaCanSetup.length) return { sms: false, canSetup: user.mfaCanSetup };
  const { configuration, types } = ctx.settings.mfa;
  if (configuration !== 'ON') return { sms: false, canSetup: [] };
  if (types.includes('SMS_MFA') && user.attributes.phone_number) return { sms: true, canSetup: [] };
  return { sms: false, canSetup: types.filter((type) => type !== 'SMS_MFA') };
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
  if (!signIn.deviceVerified && rememberedDevice(ctx, user, signIn.deviceKey)) return startDeviceSrpAuth(ctx, signIn);
  const enabled = activeMfa(ctx, user);
  if (!enabled.length) {
    const required = requiredMfa(ctx, user);
    if (required.sms) return startMfa(ctx, signIn, 'SMS_MFA');
    if (!required.canSetup.length) return finishSignIn(ctx, signIn);
    return nextChallenge(
      ctx,
      signIn,
      { challenge: 'MFA_SETUP' },
      { MFAS_CAN_SETUP: JSON.stringify(required.canSetup), USER_ID_FOR_SRP: user.username },
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
