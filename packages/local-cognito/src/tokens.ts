/** RS256 JWTs with Cognito's claims, signed with a key generated at start. */
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';

export interface TokenKeys {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as the JWKS shows it. */
  jwk: JWK;
  /** The private key, to keep in the data file. */
  privateJwk: JWK;
}

/** The RS256 key pair: the one `saved` (a private JWK from the data file), or a new one. */
export async function createTokenKeys(saved?: JWK): Promise<TokenKeys> {
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  let kid: string;
  if (saved?.d && typeof saved.kid === 'string') {
    kid = saved.kid;
    privateKey = (await importJWK(saved, 'RS256', { extractable: true })) as CryptoKey;
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = saved;
    publicKey = (await importJWK(publicPart, 'RS256')) as CryptoKey;
  } else {
    const pair = await generateKeyPair('RS256', { extractable: true });
    [privateKey, publicKey] = [pair.privateKey as CryptoKey, pair.publicKey as CryptoKey];
    kid = randomBytes(16).toString('base64url');
  }
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
  return { kid, privateKey, publicKey, jwk, privateJwk };
}

export interface IssueInput {
  keys: TokenKeys;
  issuer: string;
  clientId: string;
  nowSec: number;
  authTime: number;
  originJti: string;
  sub: string;
  username: string;
  attributes: Record<string, string>;
  groups: string[];
  /** Access token lifetime (s). */
  expiresIn: number;
  /** ID token lifetime (s). */
  idExpiresIn: number;
  /** The remembered device of this sign-in (`device_key` in the access token). */
  deviceKey?: string;
  /** The access token's `scope`; default `aws.cognito.signin.user.admin` (what the JSON API grants). */
  scope?: string;
  /** The hosted UI's `nonce`, echoed in the ID token. */
  nonce?: string;
}

/** Attributes as ID-token claims: every one the user has, `*_verified` as booleans. */
function attributeClaims(attributes: Record<string, string>): JWTPayload {
  const claims: JWTPayload = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'sub') continue;
    claims[name] = name.endsWith('_verified') ? value === 'true' : value;
  }
  return claims;
}

/**
 * What a federated user's tokens carry besides the usual claims: the `identities` attribute as a list, and
 * the group Cognito puts every user of a provider in (`<poolId>_<ProviderName>`).
 */
function federationClaims(attributes: Record<string, string>, issuer: string): JWTPayload {
  if (!attributes.identities) return {};
  let identities: { providerName?: string }[];
  try {
    identities = JSON.parse(attributes.identities) as { providerName?: string }[];
  } catch {
    return {};
  }
  const poolId = issuer.slice(issuer.lastIndexOf('/') + 1);
  return { identities, 'cognito:groups': identities.map((identity) => `${poolId}_${identity.providerName}`) };
}

export async function issueTokens(i: IssueInput): Promise<{ AccessToken: string; IdToken: string; accessJti: string }> {
  const exp = i.nowSec + i.expiresIn;
  const federation = federationClaims(i.attributes, i.issuer);
  const allGroups = [...i.groups, ...((federation['cognito:groups'] as string[] | undefined) ?? [])];
  const groups = allGroups.length ? { 'cognito:groups': allGroups } : {};
  const idClaims: JWTPayload = {
    ...attributeClaims(i.attributes),
    sub: i.sub,
    'cognito:username': i.username,
    aud: i.clientId,
    token_use: 'id',
    auth_time: i.authTime,
    iss: i.issuer,
    exp: i.nowSec + i.idExpiresIn,
    iat: i.nowSec,
    jti: randomUUID(),
    origin_jti: i.originJti,
    event_id: randomUUID(),
    ...federation,
    ...groups,
    ...(i.nonce ? { nonce: i.nonce } : {}),
  };
  const accessJti = randomUUID();
  const accessClaims: JWTPayload = {
    ...groups,
    ...(i.deviceKey ? { device_key: i.deviceKey } : {}),
    sub: i.sub,
    client_id: i.clientId,
    username: i.username,
    token_use: 'access',
    scope: i.scope ?? 'aws.cognito.signin.user.admin',
    auth_time: i.authTime,
    iss: i.issuer,
    exp,
    iat: i.nowSec,
    jti: accessJti,
    origin_jti: i.originJti,
    event_id: idClaims.event_id,
  };
  const sign = (claims: JWTPayload) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: i.keys.kid, typ: 'JWT' }).sign(i.keys.privateKey);
  return { AccessToken: await sign(accessClaims), IdToken: await sign(idClaims), accessJti };
}

/** Verifies signature and issuer; the caller checks exp against its own clock. */
export async function verifyToken(keys: TokenKeys, token: string, issuer: string): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      issuer,
      algorithms: ['RS256'],
      clockTolerance: 10 * 365 * 86400,
    });
    return payload;
  } catch {
    return undefined;
  }
}
