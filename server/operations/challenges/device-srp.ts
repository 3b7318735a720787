/**
 * DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER: a remembered device proves itself with SRP against the verifier
 * ConfirmDevice stored (pool name = the user's DeviceGroupKey, user id = the DeviceKey). With the pool's
 * ChallengeRequiredOnNewDevice, a proven device skips MFA.
 */
import { randomBytes } from 'node:crypto';

import { invalidParameter, missingParameter, notAuthorized } from '../../errors.js';
import { computeKey, computeSignature, N, newServerEphemeral, parseHexBigInt } from '../../srp.js';
import { safeEqual } from '../../store/credentials.js';
import type { SessionIn } from '../../store/sessions.js';
import { str, type Json, type OperationContext } from '../context.js';
import { rememberedDevice } from '../devices.js';
import { mfaStep } from '../mfa.js';
import { finishSignIn, nextChallenge, type SignIn } from '../sign-in.js';

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
  const A = parseHexBigInt(str(responses.SRP_A) ?? '');
  if (A === undefined) throw missingParameter('SRP_A');
  if (A % N === 0n) throw invalidParameter('Invalid SRP_A');
  const { b, B } = newServerEphemeral(BigInt(`0x${device.verifier}`));
  const secretBlock = randomBytes(512).toString('base64');
  signIn.deviceKey = device.key;
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'DEVICE_PASSWORD_VERIFIER', srp: { A, b, B, secretBlock }, deviceKey: device.key },
    {
      SALT: device.salt,
      SRP_B: B.toString(16),
      SECRET_BLOCK: secretBlock,
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
  const block = str(responses.PASSWORD_CLAIM_SECRET_BLOCK);
  const signature = str(responses.PASSWORD_CLAIM_SIGNATURE);
  const timestamp = str(responses.TIMESTAMP);
  if (!block || !signature || !timestamp)
    throw missingParameter('PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK or TIMESTAMP');
  const { srp } = session;
  const key = device?.verifier ? computeKey(srp.A, srp.B, srp.b, BigInt(`0x${device.verifier}`)) : undefined;
  const expected = key && computeSignature(key, user.deviceGroupKey, session.deviceKey, srp.secretBlock, timestamp);
  if (!expected || block !== srp.secretBlock || !safeEqual(expected, signature)) {
    ctx.pool.sessions.end(session);
    throw notAuthorized('Incorrect username or password.');
  }
  signIn.deviceVerified = true;
  if (ctx.settings.devices?.challengeRequiredOnNewDevice) return finishSignIn(ctx, signIn);
  return mfaStep(ctx, signIn);
}
