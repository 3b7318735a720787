/**
 * DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER: a remembered device proves itself with SRP against the verifier
 * ConfirmDevice stored (pool name = the user's DeviceGroupKey, user id = the DeviceKey). With the pool's
 * ChallengeRequiredOnNewDevice, a proven device skips MFA.
 */
import { notAuthorized } from '../../errors.js';
import type { SessionIn } from '../../store/sessions.js';
import type { Json, OperationContext } from '../context.js';
import { rememberedDevice } from '../devices.js';
import { mfaStep } from '../mfa.js';
import { finishSignIn, nextChallenge, type SignIn } from '../sign-in.js';
import { claimProves, serverExchange } from './srp-claim.js';

export function startDeviceSrpAuth(ctx: OperationContext, signIn: SignIn): Json {
  return nextChallenge(ctx, signIn, { challenge: 'DEVICE_SRP_AUTH' }, { USERNAME: signIn.user.username });
}

/** The device's SRP_A: answers with the device's salt, B and a secret block. */
export async function answerDeviceSrpAuth(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'DEVICE_SRP_AUTH'> },
  responses: Json,
): Promise<Json> {
  const { user } = signIn;
  const device = rememberedDevice(ctx, user, responses.DEVICE_KEY ?? signIn.deviceKey);
  if (!device?.verifier || !device.salt) throw notAuthorized('Device is not remembered.');
  const srp = serverExchange(responses.SRP_A, BigInt(`0x${device.verifier}`));
  signIn.deviceKey = device.key;
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'DEVICE_PASSWORD_VERIFIER', srp, deviceKey: device.key },
    {
      SALT: device.salt,
      SRP_B: srp.B.toString(16),
      SECRET_BLOCK: srp.secretBlock,
      USERNAME: user.username,
      DEVICE_KEY: device.key,
    },
  );
}

/** The device's claim: a wrong one ends the sign-in; a right one skips MFA when the pool says so. */
export async function answerDevicePasswordVerifier(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'DEVICE_PASSWORD_VERIFIER'> },
  responses: Json,
): Promise<Json> {
  const { user, session } = signIn;
  const device = rememberedDevice(ctx, user, session.deviceKey);
  const verifier = device?.verifier ? BigInt(`0x${device.verifier}`) : undefined;
  const proven =
    verifier !== undefined && claimProves(session.srp, verifier, user.deviceGroupKey, session.deviceKey, responses);
  if (!proven) {
    ctx.pool.sessions.end(session);
    throw notAuthorized('Incorrect username or password.');
  }
  signIn.deviceVerified = true;
  if (ctx.settings.devices?.challengeRequiredOnNewDevice) return finishSignIn(ctx, signIn);
  return mfaStep(ctx, signIn);
}
