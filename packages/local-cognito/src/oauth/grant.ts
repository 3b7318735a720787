/** The end of a good sign-in at the hosted UI: back to the app with a code (or, implicit flow, with tokens). */
import type { ServerResponse } from 'node:http';

import type { OAuthHost } from './host.js';
import { redirect, sessionCookie, withParams } from './http.js';
import type { IdentityProviderSettings, OAuthClientSettings } from './settings.js';
import { SESSION_TTL_MS, type AuthorizeRequest, type OAuthStore } from './store.js';

export interface HostedContext {
  host: OAuthHost;
  client: OAuthClientSettings;
  providers: IdentityProviderSettings[];
  store: OAuthStore;
}

/** Redirects to the app with a fresh single-use code, or with tokens in the fragment for `response_type=token`. */
export async function issueAuthorization(
  ctx: HostedContext,
  res: ServerResponse,
  request: AuthorizeRequest,
  username: string,
  extraHeaders: Record<string, string> = {},
) {
  const { redirectUri, state, scopes, nonce } = request;
  if (request.responseType === 'token') {
    const tokens = await ctx.host.issueTokens(username, { scopes, nonce, refresh: false });
    const fragment = {
      id_token: tokens.id_token,
      access_token: tokens.access_token,
      expires_in: String(tokens.expires_in),
      token_type: tokens.token_type,
      state,
    };
    return redirect(res, withParams(redirectUri, fragment, true), 302, extraHeaders);
  }
  const code = ctx.store.codes.add({
    clientId: request.clientId,
    redirectUri,
    username,
    scopes,
    codeChallenge: request.codeChallenge,
    nonce,
  });
  redirect(res, withParams(redirectUri, { code, state }), 302, extraHeaders);
}

/** Starts a managed-login session for `username` (the `cognito` cookie) and returns the header that sets it. */
export function startSession(ctx: HostedContext, username: string, provider: string): Record<string, string> {
  const id = ctx.store.sessions.add({ username, provider });
  return { 'set-cookie': sessionCookie(id, SESSION_TTL_MS / 1000) };
}
