/** One-time codes as a user's devices make them, shared by the server and end-to-end tests. */
import * as OTPAuth from 'otpauth';

import { SEED_TOTP_SECRET } from '../../packages/local-cognito/src/seed.js';

/** The authenticator app's code for `secret` (base32, spaces allowed as shown on screen) at `timestamp`. */
export function totpCode(secret: string = SEED_TOTP_SECRET, timestamp = Date.now()): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }).generate({ timestamp });
}

/** A 6-digit code that is certainly not `code`. */
export function otherCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

/** The code of the next 30-second period: accepted now (±1 period), and not the one just used. */
export function nextTotpCode(secret: string = SEED_TOTP_SECRET): string {
  return totpCode(secret, Date.now() + 30_000);
}
