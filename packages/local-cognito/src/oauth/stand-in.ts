/**
 * The stand-in identity provider (`/stand-in/<ProviderName>`): the page where the person picks an account,
 * types an email or cancels; it answers Cognito's `/oauth2/idpresponse` as a provider would (a code, or
 * `error=access_denied`). `/oauth2/idpresponse` then does Cognito's part: find or create the federated user,
 * start the managed-login session, and go back to the app with a code, or relay the provider's error.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { signInFederated } from './federated-users.js';
import { issueAuthorization, startSession, type HostedContext } from './grant.js';
import { identityFor, isEmail } from './identities.js';
import { cookie, readForm, redirect, sendPage, STAND_IN_COOKIE, withParams } from './http.js';
import { displayName, errorPage, providerPage } from './pages.js';
import { providerSettings } from './settings.js';

const expired = () =>
  errorPage(
    'invalid_request',
    'This sign-in request has expired or was already used. Go back to the app and start again.',
  );

/** The origin of the app this request returns to: form posts on the page end there after two redirects. */
const appOrigin = (redirectUri: string) => new URL(redirectUri).origin;

export function showProvider(ctx: HostedContext, res: ServerResponse, provider: string, q: URLSearchParams) {
  const requestId = q.get('request') ?? '';
  const request = ctx.store.requests.peek(requestId);
  if (!request || request.provider !== provider) return sendPage(res, 400, expired());
  sendPage(res, 200, providerPage(provider, requestId, request.loginHint), [appOrigin(request.redirectUri)]);
}

/** The page's forms: an account button, the email field, or Cancel. */
export async function answerProvider(ctx: HostedContext, req: IncomingMessage, res: ServerResponse, provider: string) {
  const form = await readForm(req);
  const requestId = form?.get('request') ?? '';
  const request = ctx.store.requests.peek(requestId);
  if (!form || !request || request.provider !== provider) return sendPage(res, 400, expired());
  // Login CSRF: only the page itself posts here, from the browser whose authorize request it is (its SameSite
  // cookie, which another site's post does not carry). The page says `no-referrer`, so its own posts have
  // `Origin: null`; a real other origin is refused too.
  const origin = req.headers.origin;
  const foreign = origin !== undefined && origin !== 'null' && origin !== `https://${req.headers.host}`;
  if (foreign || cookie(req, STAND_IN_COOKIE) !== requestId)
    return sendPage(res, 403, errorPage('invalid_request', 'This sign-in was not started in this browser.'));
  const back = (params: Record<string, string>) =>
    redirect(res, `/oauth2/idpresponse?${new URLSearchParams({ ...params, state: requestId })}`, 303);
  if (form.has('cancel')) {
    return back({
      error: 'access_denied',
      error_description: `The person cancelled the sign-in at ${displayName(provider)}.`,
    });
  }
  const email = (form.get('account') ?? form.get('email') ?? '').trim();
  if (!isEmail(email)) {
    const page = providerPage(provider, requestId, email, 'Enter an email address, such as name@example.com.');
    return sendPage(res, 400, page, [appOrigin(request.redirectUri)]);
  }
  const settings = providerSettings(provider, ctx.providers);
  const identity = identityFor(settings.ProviderType, provider, email);
  back({ code: ctx.store.providerCodes.add({ requestId, identity }) });
}

/** Cognito's side of the provider's answer. */
export async function idpResponse(ctx: HostedContext, res: ServerResponse, q: URLSearchParams) {
  const request = ctx.store.requests.take(q.get('state'));
  if (!request) return sendPage(res, 400, expired());
  const error = q.get('error');
  if (error) {
    const description = q.get('error_description') ?? error;
    return redirect(
      res,
      withParams(request.redirectUri, { error_description: description, state: request.state, error }),
    );
  }
  const answer = ctx.store.providerCodes.take(q.get('code'));
  if (!answer || answer.requestId !== q.get('state')) {
    const params = { error: 'invalid_request', error_description: 'Bad provider response', state: request.state };
    return redirect(res, withParams(request.redirectUri, params));
  }
  const settings = providerSettings(request.provider, ctx.providers);
  const user = await signInFederated(ctx.host.users, settings, answer.identity, ctx.host.now());
  const headers = startSession(ctx, user.username, request.provider);
  await issueAuthorization(ctx, res, request, user.username, headers);
}
