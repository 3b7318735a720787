/** Wires the hosted UI to the local pool: its users, its tokens, its clock, its test controls. */
import { randomBytes } from 'node:crypto';

import { CognitoError } from '../errors.js';
import type { Json, OperationContext } from '../operations/context.js';
import { SIGN_UP_OPERATIONS } from '../operations/sign-up.js';
import { accessTokenOwner, refreshedTokens, signInTokens, TOKEN_OPERATIONS } from '../operations/tokens.js';
import { poolName } from '../settings.js';
import { makeCredentials, PUBLISHED_PASSWORD_COST } from '../store/credentials.js';
import type { TestControls } from '../test-controls.js';
import type { FederatedUserStore } from './federated-users.js';
import type { OAuthHost, OAuthTokens } from './host.js';

/** Cognito's `AuthenticationResult` as the token endpoint answers it (an ID token only with `openid`). */
function toOAuth(result: Json, scopes: string[] | undefined): OAuthTokens {
  const r = result.AuthenticationResult as Json;
  return {
    ...(scopes && !scopes.includes('openid') ? {} : { id_token: r.IdToken }),
    access_token: r.AccessToken,
    ...(r.RefreshToken ? { refresh_token: r.RefreshToken } : {}),
    expires_in: r.ExpiresIn,
    token_type: 'Bearer',
  };
}

export function poolHost(ctx: OperationContext, controls: TestControls): OAuthHost {
  const { pool } = ctx;
  const users: FederatedUserStore = {
    find: (username) => pool.users.find(username),
    async createExternal(username, attributes) {
      // Cognito's federated users have no password: a random one nobody knows (so a cheap hash will do).
      const unknown = randomBytes(32).toString('base64url');
      const credentials = await makeCredentials(poolName(ctx.settings), username, unknown, PUBLISHED_PASSWORD_COST);
      const user = pool.users.create(username, credentials, 'EXTERNAL_PROVIDER', attributes);
      user.fromSignUp = true; // kept in the data file
      pool.users.add(user);
      pool.persist();
      return user;
    },
    persist: () => pool.persist(),
  };
  return {
    poolId: ctx.settings.poolId,
    now: ctx.now,
    request(endpoint) {
      controls.logRequest(endpoint);
      return controls.takeFault(endpoint);
    },
    users,
    async issueTokens(username, { scopes, nonce, refresh }) {
      const user = pool.users.require(username);
      return toOAuth(await signInTokens(ctx, user, { scope: scopes.join(' '), nonce, refresh }), scopes);
    },
    async refresh(refreshToken) {
      const scope = pool.refreshTokens.get(refreshToken)?.scope;
      try {
        return toOAuth(await refreshedTokens(ctx, refreshToken), scope?.split(' '));
      } catch {
        return undefined;
      }
    },
    async revokeRefreshToken(refreshToken) {
      await TOKEN_OPERATIONS.RevokeToken(ctx, { ClientId: ctx.settings.clientId, Token: refreshToken });
    },
    async confirmSignUp(clientId, username, code) {
      try {
        await SIGN_UP_OPERATIONS.ConfirmSignUp(ctx, { ClientId: clientId, Username: username, ConfirmationCode: code });
        return undefined;
      } catch (err) {
        return err instanceof CognitoError ? err.message : 'The confirmation failed.';
      }
    },
    async accessTokenOwner(token) {
      try {
        const { user, scope } = await accessTokenOwner(ctx, token);
        return { username: user.username, attributes: user.attributes, scopes: (scope ?? '').split(' ') };
      } catch {
        return undefined;
      }
    },
  };
}
