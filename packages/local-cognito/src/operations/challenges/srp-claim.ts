/**
 * The server's half of an SRP exchange, shared by PASSWORD_VERIFIER (the user's password verifier) and
 * DEVICE_PASSWORD_VERIFIER (a remembered device's): B from the client's SRP_A, then the check of the claim.
 */
import { randomBytes } from 'node:crypto';

import { invalidParameter, missingParameter } from '../../errors.js';
import { computeKey, computeSignature, N, newServerEphemeral, parseHexBigInt } from '../../srp.js';
import { safeEqual } from '../../store/credentials.js';
import type { SrpExchange } from '../../store/sessions.js';
import { str, type Json } from '../context.js';

const MAX_SRP_A_DIGITS = 1024;

/** B and a secret block for the client's SRP_A; InvalidParameterException for a missing or unusable A. */
export function serverExchange(srpA: unknown, verifier: bigint): SrpExchange {
  const hex = str(srpA) ?? '';
  // A is below the 3072-bit N (768 hex digits, a few more with leading zeros): anything longer is refused unread.
  if (hex.length > MAX_SRP_A_DIGITS) throw invalidParameter('Invalid SRP_A');
  const A = parseHexBigInt(hex);
  if (A === undefined) throw missingParameter('SRP_A');
  if (A % N === 0n) throw invalidParameter('Invalid SRP_A');
  const { b, B } = newServerEphemeral(verifier);
  return { A, b, B, secretBlock: randomBytes(512).toString('base64') };
}

/**
 * Whether the claim in `responses` (PASSWORD_CLAIM_SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE, TIMESTAMP) proves
 * the secret behind `verifier` for `poolName` + `userId`; InvalidParameterException when a part is missing.
 */
export function claimProves(srp: SrpExchange, verifier: bigint, poolName: string, userId: string, responses: Json) {
  const block = str(responses.PASSWORD_CLAIM_SECRET_BLOCK);
  const signature = str(responses.PASSWORD_CLAIM_SIGNATURE);
  const timestamp = str(responses.TIMESTAMP);
  if (!block || !signature || !timestamp)
    throw missingParameter('PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK or TIMESTAMP');
  if (block !== srp.secretBlock) return false;
  const key = computeKey(srp.A, srp.B, srp.b, verifier);
  return safeEqual(computeSignature(key, poolName, userId, srp.secretBlock, timestamp), signature);
}
