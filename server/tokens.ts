/** RS256 JWTs with Cognito's claims, signed with a key generated at start. */
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type JWK, type JWTPayload } from 'jose';

export interface TokenKeys {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

export async function createTokenKeys(): Promise<TokenKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomBytes(16).toString('base64url');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey: privateKey as CryptoKey, publicKey: publicKey as CryptoKey, jwk };
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
  expiresIn: number;
  /** The access token's `scope`; default `aws.cognito.signin.user.admin` (what the JSON API grants). */
  scope?: string;
  /** The hosted UI's `nonce`, echoed in the ID token. */
  nonce?: string;
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
  const idClaims: JWTPayload = {
    sub: i.sub,
    'cognito:username': i.username,
    aud: i.clientId,
    token_use: 'id',
    auth_time: i.authTime,
    iss: i.issuer,
    exp,
    iat: i.nowSec,
    jti: randomUUID(),
    origin_jti: i.originJti,
    event_id: randomUUID(),
    ...federationClaims(i.attributes, i.issuer),
    ...(i.nonce ? { nonce: i.nonce } : {}),
  };
  for (const name of ['email', 'given_name', 'family_name', 'name', 'phone_number']) {
    if (i.attributes[name] !== undefined) idClaims[name] = i.attributes[name];
  }
  if (i.attributes.email !== undefined) idClaims.email_verified = i.attributes.email_verified === 'true';
  if (i.attributes.phone_number !== undefined)
    idClaims.phone_number_verified = i.attributes.phone_number_verified === 'true';
  const accessJti = randomUUID();
  const accessClaims: JWTPayload = {
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
    ...(idClaims['cognito:groups'] ? { 'cognito:groups': idClaims['cognito:groups'] } : {}),
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
