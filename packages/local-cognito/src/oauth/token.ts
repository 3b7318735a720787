/**
 * `/oauth2/token`, `/oauth2/userInfo` and `/oauth2/revoke`, with Cognito's error answers: `invalid_grant` for a
 * wrong PKCE verifier or a reused, expired or foreign code; `invalid_client` for a wrong client; JSON with CORS,
 * since apps call them with `fetch` from their own origin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { HostedContext } from './grant.js';
import { readForm, sendJson } from './http.js';

const fail = (res: ServerResponse, error: string, status = 400) => sendJson(res, status, { error });

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The client of a token or revoke request (Basic header or form field), checked; `undefined` after a refusal. */
function authenticateClient(ctx: HostedContext, req: IncomingMessage, form: URLSearchParams, res: ServerResponse) {
  let id = form.get('client_id');
  let secret = form.get('client_secret');
  const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''));
  if (basic) {
    const [user, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    try {
      id = decodeURIComponent(user);
      secret = decodeURIComponent(rest.join(':'));
    } catch {
      fail(res, 'invalid_client', 401); // bad percent-encoding: a client error, never a 500
      return undefined;
    }
  }
  const { ClientId, ClientSecret } = ctx.client;
  if (id !== ClientId || (ClientSecret && !(secret && same(secret, ClientSecret)))) {
    fail(res, 'invalid_client', basic ? 401 : 400);
    return undefined;
  }
  return id;
}

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export async function token(ctx: HostedContext, req: IncomingMessage, res: ServerResponse) {
  const form = await readForm(req);
  if (!form) return fail(res, 'invalid_request');
  const clientId = authenticateClient(ctx, req, form, res);
  if (!clientId) return;
  const grantType = form.get('grant_type');
  if (grantType === 'authorization_code') {
    // A code is spent by the first attempt, whatever its outcome.
    const code = ctx.store.codes.take(form.get('code'));
    const verifier = form.get('code_verifier');
    if (
      !code ||
      code.clientId !== clientId ||
      code.redirectUri !== form.get('redirect_uri') ||
      (code.codeChallenge && !(verifier && same(s256(verifier), code.codeChallenge)))
    )
      return fail(res, 'invalid_grant');
    const tokens = await ctx.host.issueTokens(code.username, { scopes: code.scopes, nonce: code.nonce, refresh: true });
    return sendJson(res, 200, tokens);
  }
  if (grantType === 'refresh_token') {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return fail(res, 'invalid_request');
    const tokens = await ctx.host.refresh(refreshToken);
    return tokens ? sendJson(res, 200, tokens) : fail(res, 'invalid_grant');
  }
  if (grantType === 'client_credentials') return fail(res, 'unauthorized_client');
  fail(res, grantType ? 'unsupported_grant_type' : 'invalid_request');
}

/** Attributes `userInfo` shows for these scopes; `profile` shows the others, `aws.cognito.signin.user.admin` all. */
const SCOPED: Record<string, string[]> = {
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
};

export async function userInfo(ctx: HostedContext, req: IncomingMessage, res: ServerResponse) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  const owner = bearer ? await ctx.host.accessTokenOwner(bearer[1]) : undefined;
  const refuse = (description: string) =>
    sendJson(
      res,
      401,
      { error: 'invalid_token', error_description: description },
      {
        'www-authenticate': `Bearer error="invalid_token", error_description="${description}"`,
      },
    );
  if (!owner) return refuse(bearer ? 'Access token is invalid, expired or revoked' : 'Access token is missing');
  const { scopes, attributes } = owner;
  if (!scopes.includes('openid') && !scopes.includes('aws.cognito.signin.user.admin'))
    return refuse('Access token does not have the openid scope');
  const all = scopes.includes('aws.cognito.signin.user.admin');
  const profile = scopes.includes('profile');
  const scoped = new Set(Object.entries(SCOPED).flatMap(([scope, names]) => (scopes.includes(scope) ? names : [])));
  const claimed = Object.values(SCOPED).flat();
  const out: Record<string, string> = { sub: attributes.sub };
  for (const [name, value] of Object.entries(attributes)) {
    if (all || scoped.has(name) || (profile && !claimed.includes(name))) out[name] = value;
  }
  out.username = owner.username;
  sendJson(res, 200, out);
}

export async function revoke(ctx: HostedContext, req: IncomingMessage, res: ServerResponse) {
  const form = await readForm(req);
  if (!form) return fail(res, 'invalid_request');
  if (!authenticateClient(ctx, req, form, res)) return;
  const token = form.get('token');
  if (!token) return fail(res, 'invalid_request');
  // Only refresh tokens are revoked here; an access or ID token (a JWT) is refused.
  if (/^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(token)) return fail(res, 'unsupported_token_type');
  await ctx.host.revokeRefreshToken(token);
  res.writeHead(200, { 'access-control-allow-origin': '*', 'content-length': '0' });
  res.end();
}
