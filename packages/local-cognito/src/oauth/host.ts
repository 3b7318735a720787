/** What the hosted UI needs from the user pool it fronts (wired in `pool-adapter.ts`). */
import type { FederatedUserStore } from './federated-users.js';

/** The token endpoint's answer. */
export interface OAuthTokens {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
  token_type: 'Bearer';
}

export interface AccessTokenOwner {
  username: string;
  attributes: Record<string, string>;
  /** The token's `scope`, split. */
  scopes: string[];
}

export interface OAuthHost {
  poolId: string;
  now(): number;
  /** Logs the endpoint in `/_requests` and returns the fault `/_faults` queued for it, if any. */
  request(endpoint: string): { status?: number; errorType?: string; delayMs?: number } | undefined;
  users: FederatedUserStore;
  issueTokens(username: string, options: { scopes: string[]; nonce?: string; refresh: boolean }): Promise<OAuthTokens>;
  /** New access and ID tokens for a refresh token; `undefined` for an unknown or revoked one. */
  refresh(refreshToken: string): Promise<OAuthTokens | undefined>;
  revokeRefreshToken(refreshToken: string): Promise<void>;
  /**
   * Confirms a sign-up from the link of a verification email (`/confirmUser`): undefined when done, else what went
   * wrong, in Cognito's words.
   */
  confirmSignUp(clientId: string, username: string, code: string): Promise<string | undefined>;
  /** Whose access token this is; `undefined` when it is not a valid, unexpired, unrevoked access token. */
  accessTokenOwner(token: string): Promise<AccessTokenOwner | undefined>;
}
