/** Tokens: the one place they are issued (sign-in and refresh), checked (access tokens) and revoked. */
import { randomBytes, randomUUID } from 'node:crypto';

import { notAuthorized } from '../errors.js';
import type { RefreshRecord } from '../store/pool.js';
import type { User } from '../store/users.js';
import { issueTokens, verifyToken } from '../tokens.js';
import { checkClientId, nowSec, requiredString, type Json, type Operation, type OperationContext } from './context.js';

/** `{ AuthenticationResult, ChallengeParameters: {} }` for `user`; a new sign-in also gets a refresh token. */
async function authenticationResult(
  ctx: OperationContext,
  user: User,
  grant: RefreshRecord,
  refreshToken?: string,
  nonce?: string,
  newDevice?: Json,
) {
  const tokens = await issueTokens({
    keys: ctx.keys,
    issuer: ctx.issuer(),
    clientId: ctx.settings.clientId,
    nowSec: nowSec(ctx),
    authTime: grant.authTime,
    originJti: grant.originJti,
    sub: user.sub,
    username: user.username,
    attributes: user.attributes,
    groups: user.groups,
    expiresIn: ctx.settings.tokenTtlSec,
    idExpiresIn: ctx.settings.idTokenTtlSec,
    deviceKey: grant.deviceKey,
    scope: grant.scope,
    nonce,
  });
  const result: Json = {
    AccessToken: tokens.AccessToken,
    ExpiresIn: ctx.settings.tokenTtlSec,
    TokenType: 'Bearer',
    IdToken: tokens.IdToken,
  };
  if (refreshToken) result.RefreshToken = refreshToken;
  if (newDevice) result.NewDeviceMetadata = newDevice;
  return { AuthenticationResult: result, ChallengeParameters: {} };
}

/**
 * The end of a successful sign-in: new tokens, a refresh token, and the wrong-password count back to 0.
 * The hosted UI (`server/oauth/`) adds the scope it granted and the `nonce` it was sent; a sign-in with device
 * tracking its device (`deviceKey`) and, for a new one, the `NewDeviceMetadata`.
 */
export function signInTokens(
  ctx: OperationContext,
  user: User,
  oauth: { scope?: string; nonce?: string; refresh?: boolean; deviceKey?: string; newDevice?: Json } = {},
): Promise<Json> {
  const grant: RefreshRecord = {
    username: user.username,
    authTime: nowSec(ctx),
    originJti: randomUUID(),
    revoked: false,
    expires: ctx.now() + ctx.settings.refreshTokenTtlSec * 1000,
    deviceKey: oauth.deviceKey,
    ...(oauth.scope ? { scope: oauth.scope } : {}),
  };
  const refreshToken = oauth.refresh === false ? undefined : randomBytes(96).toString('base64url');
  if (refreshToken) {
    ctx.pool.refreshTokens.set(refreshToken, grant);
    ctx.pool.persist();
  }
  user.failedPasswords = 0;
  return authenticationResult(ctx, user, grant, refreshToken, oauth.nonce, oauth.newDevice);
}

/** New access and ID tokens for a refresh token (same auth_time and origin_jti). */
export function refreshedTokens(ctx: OperationContext, token: unknown): Promise<Json> {
  const refreshToken = requiredString(token, 'REFRESH_TOKEN');
  const grant = ctx.pool.refreshTokens.get(refreshToken);
  const user = grant && !grant.revoked ? ctx.pool.users.find(grant.username) : undefined;
  if (!grant || !user) throw notAuthorized('Invalid Refresh Token');
  if (grant.expires <= ctx.now()) throw notAuthorized('Refresh Token has expired');
  return authenticationResult(ctx, user, grant);
}

/** The user of a valid, unexpired, unrevoked access token with the scope of the user's own API. */
export async function userOfAccessToken(ctx: OperationContext, token: unknown): Promise<User> {
  const { user, scope } = await accessTokenOwner(ctx, token);
  if (scope !== undefined && !scope.split(' ').includes('aws.cognito.signin.user.admin'))
    throw notAuthorized('Access Token does not have required scopes');
  return user;
}

/** The user and scope of a valid, unexpired, unrevoked access token, whatever its scope (the hosted UI's userInfo). */
export async function accessTokenOwner(ctx: OperationContext, token: unknown): Promise<{ user: User; scope?: string }> {
  const accessToken = requiredString(token, 'AccessToken');
  const payload = await verifyToken(ctx.keys, accessToken, ctx.issuer());
  if (!payload || payload.token_use !== 'access') throw notAuthorized('Invalid Access Token');
  if (typeof payload.exp === 'number' && payload.exp * 1000 <= ctx.now())
    throw notAuthorized('Access Token has expired');
  if (ctx.pool.revokedOrigins.has(String(payload.origin_jti))) throw notAuthorized('Access Token has been revoked');
  const user = ctx.pool.users.find(payload.username);
  if (!user || user.sub !== payload.sub) throw notAuthorized('Invalid Access Token');
  return { user, scope: typeof payload.scope === 'string' ? payload.scope : undefined };
}

const getTokensFromRefreshToken: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  requiredString(body.RefreshToken, 'RefreshToken');
  const { AuthenticationResult } = await refreshedTokens(ctx, body.RefreshToken);
  return { AuthenticationResult };
};

const globalSignOut: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  ctx.pool.revokeTokensOf(user.username, true);
  return {};
};

const revokeToken: Operation = async (ctx, body) => {
  checkClientId(ctx, body);
  const grant = ctx.pool.refreshTokens.get(requiredString(body.Token, 'Token'));
  if (grant) {
    grant.revoked = true;
    ctx.pool.revokedOrigins.add(grant.originJti);
    ctx.pool.persist();
  }
  // Cognito answers 200 for an unknown token too.
  return {};
};

export const TOKEN_OPERATIONS = {
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
} satisfies Record<string, Operation>;
