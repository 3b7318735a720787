/** Server side of Cognito's SRP-6a variant (see /work/shared/cognito-protocol.md). */
import { createHash, createHmac, randomBytes } from 'node:crypto';

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1' +
  '29024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245' +
  'E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D' +
  'C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D' +
  '670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9' +
  'DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64' +
  'ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B' +
  'F12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31' +
  '43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt('0x' + N_HEX);
export const g = 2n;

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  if (base < 0n) base += mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    base = (base * base) % mod;
  }
  return result;
}

/** Hex of a non-negative integer, even length, with a leading 00 when the top bit is set. */
export function padHex(n: bigint): string {
  let h = n.toString(16);
  if (h.length % 2) h = '0' + h;
  if (/^[89a-f]/i.test(h)) h = '00' + h;
  return h;
}

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hashHex = (hex: string) => sha256Hex(Buffer.from(hex, 'hex'));

export const k = BigInt('0x' + hashHex(padHex(N) + padHex(g)));

export function parseHexBigInt(hex: string): bigint | undefined {
  if (typeof hex !== 'string' || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  return BigInt('0x' + hex);
}

/** x = H(pad(salt) ‖ H(poolName + userId + ":" + password)) */
export function computeX(saltHex: string, poolName: string, userId: string, password: string): bigint {
  const inner = sha256Hex(Buffer.from(`${poolName}${userId}:${password}`, 'utf8'));
  const salt = BigInt('0x' + saltHex);
  return BigInt('0x' + hashHex(padHex(salt) + inner));
}

export function computeVerifier(saltHex: string, poolName: string, userId: string, password: string): bigint {
  return modPow(g, computeX(saltHex, poolName, userId, password), N);
}

export function newSalt(): string {
  // Keep the top bit clear so the hex string and the padded integer agree.
  const b = randomBytes(16);
  b[0] &= 0x7f;
  if (b[0] === 0) b[0] = 1;
  return b.toString('hex');
}

export interface ServerEphemeral {
  b: bigint;
  B: bigint;
}

export function newServerEphemeral(v: bigint): ServerEphemeral {
  for (;;) {
    const b = BigInt('0x' + randomBytes(32).toString('hex'));
    const B = (k * v + modPow(g, b, N)) % N;
    if (B !== 0n) return { b, B };
  }
}

/** The 16-byte key both sides derive. */
export function computeKey(A: bigint, B: bigint, b: bigint, v: bigint): Buffer {
  const u = BigInt('0x' + hashHex(padHex(A) + padHex(B)));
  const S = modPow((A * modPow(v, u, N)) % N, b, N);
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
    .update(Buffer.from(padHex(S), 'hex'))
    .digest();
  return createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]))
    .digest()
    .subarray(0, 16);
}

export function computeSignature(
  key: Buffer,
  poolName: string,
  userId: string,
  secretBlockB64: string,
  timestamp: string,
): string {
  return createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(poolName, 'utf8'),
        Buffer.from(userId, 'utf8'),
        Buffer.from(secretBlockB64, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]),
    )
    .digest('base64');
}
