/**
 * `/oauth2/authorize` (and `/login`), as Cognito answers them: a request Cognito cannot send back to the app
 * (unknown client, `redirect_uri` not among the client's `CallbackURLs`, a provider the client does not offer)
 * gets an error page, never a redirect; other mistakes go back to the app as `error=…`; a good request goes
 * to the provider's page, or, with a managed-login session, straight back with a code.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { issueAuthorization, type HostedContext } from './grant.js';
import { clearedSessionCookie, cookie, redirect, sendPage, SESSION_COOKIE, standInCookie, withParams } from './http.js';
import { errorPage, managedLoginPage } from './pages.js';
import { resolveProvider } from './settings.js';
import type { AuthorizeRequest } from './store.js';

const PROMPTS = ['none', 'login', 'consent', 'select_account'];

type Checked =
  | { page: { error: string; description: string } }
  | { back: { error: string; description: string; state?: string; redirectUri: string } }
  | { request: AuthorizeRequest; provider: string };

/** A value echoed on the error page: at most 128 characters (Cognito's client id limit). */
const shown = (value: string | null) =>
  value === null ? '(none)' : value.length > 128 ? `${value.slice(0, 128)}…` : value;

/** Checks an authorize request in Cognito's order. */
export function checkAuthorize(ctx: HostedContext, q: URLSearchParams): Checked {
  const { client } = ctx;
  const clientId = q.get('client_id');
  if (!clientId || clientId !== client.ClientId)
    return { page: { error: 'invalid_request', description: `Invalid client id: ${shown(clientId)}` } };
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!client.CallbackURLs.includes(redirectUri))
    return {
      page: { error: 'redirect_mismatch', description: 'The redirect_uri is not a callback URL of this app client.' },
    };
  const state = q.get('state') ?? undefined;
  const back = (error: string, description: string): Checked => ({ back: { error, description, state, redirectUri } });
  if (!client.AllowedOAuthFlowsUserPoolClient)
    return back('unauthorized_client', 'OAuth is not enabled for this client');
  const responseType = q.get('response_type');
  if (responseType !== 'code' && responseType !== 'token')
    return back('unsupported_response_type', 'response_type must be code or token');
  if (!client.AllowedOAuthFlows.includes(responseType === 'code' ? 'code' : 'implicit'))
    return back('unauthorized_client', `The ${responseType} flow is not allowed for this client`);
  const requested = (q.get('scope') ?? '').split(/\s+/).filter(Boolean);
  const scopes = requested.length ? requested : client.AllowedOAuthScopes;
  const refused = scopes.find((s) => !client.AllowedOAuthScopes.includes(s));
  if (refused) return back('invalid_scope', `Scope ${refused} is not allowed for this client`);
  const challenge = q.get('code_challenge') ?? undefined;
  const method = q.get('code_challenge_method');
  if ((method || challenge) && !(method === 'S256' && challenge))
    return back('invalid_request', 'code_challenge_method must be S256, with a code_challenge');
  const prompt = (q.get('prompt') ?? '').split(/\s+/).filter(Boolean);
  if (prompt.some((p) => !PROMPTS.includes(p)) || (prompt.includes('none') && prompt.length > 1))
    return back('invalid_request', 'Invalid prompt');
  const provider = resolveProvider(client, ctx.providers, q.get('identity_provider'), q.get('idp_identifier'));
  if (!provider)
    return { page: { error: 'invalid_request', description: 'Login option is not available. Please try another one' } };
  return {
    provider,
    request: {
      clientId,
      redirectUri,
      responseType,
      state,
      scopes,
      codeChallenge: challenge,
      nonce: q.get('nonce') ?? undefined,
      loginHint: q.get('login_hint') ?? undefined,
      prompt,
    },
  };
}

export async function authorize(ctx: HostedContext, req: IncomingMessage, res: ServerResponse, q: URLSearchParams) {
  const checked = checkAuthorize(ctx, q);
  if ('page' in checked) return sendPage(res, 400, errorPage(checked.page.error, checked.page.description));
  if ('back' in checked) {
    const { redirectUri, error, description, state } = checked.back;
    return redirect(res, withParams(redirectUri, { error, error_description: description, state }));
  }
  const { request, provider } = checked;
  const sessionId = cookie(req, SESSION_COOKIE);
  const session = ctx.store.sessions.peek(sessionId);
  const sessionFits = session && (provider === 'COGNITO' || session.provider === provider);
  if (request.prompt.includes('none')) {
    if (!sessionFits) {
      const location = withParams(request.redirectUri, { error: 'login_required', state: request.state });
      return redirect(res, location);
    }
    return issueAuthorization(ctx, res, request, session.username);
  }
  if (provider === 'COGNITO') {
    if (session && !request.prompt.includes('login')) return issueAuthorization(ctx, res, request, session.username);
    const federated = ctx.client.SupportedIdentityProviders.filter((name) => name !== 'COGNITO');
    const links = federated.map((name) => {
      const next = new URLSearchParams(q);
      next.delete('idp_identifier');
      next.set('identity_provider', name);
      return { name, href: `/oauth2/authorize?${next}` };
    });
    return sendPage(res, 200, managedLoginPage(links));
  }
  const requestId = ctx.store.requests.add({ ...request, provider });
  // The browser that asked carries the request's id in a cookie: the page's post is bound to it (no login CSRF).
  redirect(res, `/stand-in/${encodeURIComponent(provider)}?request=${encodeURIComponent(requestId)}`, 302, {
    'set-cookie': standInCookie(requestId),
  });
}

/** `/logout`: ends the managed-login session, then goes to `logout_uri` (or, with `redirect_uri`, to sign-in again). */
export function logout(ctx: HostedContext, req: IncomingMessage, res: ServerResponse, q: URLSearchParams) {
  const { client } = ctx;
  if (q.get('client_id') !== client.ClientId)
    return sendPage(res, 400, errorPage('invalid_request', 'Invalid client id'));
  const logoutUri = q.get('logout_uri');
  const redirectUri = q.get('redirect_uri');
  let location: string;
  if (logoutUri !== null) {
    if (!client.LogoutURLs.includes(logoutUri))
      return sendPage(
        res,
        400,
        errorPage('invalid_request', 'The logout_uri is not a sign-out URL of this app client.'),
      );
    location = logoutUri;
  } else if (redirectUri !== null) {
    const checked = checkAuthorize(ctx, q);
    if ('page' in checked) return sendPage(res, 400, errorPage(checked.page.error, checked.page.description));
    location = `/login?${q}`;
  } else {
    return sendPage(res, 400, errorPage('invalid_request', 'Required parameter logout_uri is missing.'));
  }
  const sessionId = cookie(req, SESSION_COOKIE);
  if (sessionId) ctx.store.sessions.take(sessionId);
  redirect(res, location, 302, { 'set-cookie': clearedSessionCookie() });
}
