/** The hosted UI's pages and redirects: authorize, the stand-in provider, cancel, sessions, logout. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import {
  authorizePath,
  CALLBACK,
  https,
  pkce,
  signInAt,
  SIGNED_OUT,
  useHostedUI,
  type Answer,
} from './oauth-client.js';

let server: RunningCognitoServer;

/** An error page: shown here, and nothing sends the browser anywhere. */
function assertErrorPage(answer: { status: number; headers: Record<string, unknown>; text: string }, text: RegExp) {
  assert.equal(answer.status, 400);
  assert.equal(answer.headers.location, undefined, 'an error page, never a redirect');
  assert.match(String(answer.headers['content-type']), /text\/html/);
  assert.match(answer.text, text);
}

describe('hosted UI: /oauth2/authorize', () => {
  useHostedUI((started) => (server = started));

  it('sends a good request to the stand-in provider page, plain HTML under a strict CSP', async () => {
    const start = await https(server, 'GET', authorizePath({ identity_provider: 'Google', ...pkceParams() }));
    assert.equal(start.status, 302);
    assert.equal(start.location!.pathname, '/stand-in/Google');
    const page = await https(server, 'GET', start.location!.pathname + start.location!.search);
    assert.equal(page.status, 200);
    assert.match(page.text, /<title>Sign in with Google<\/title>/);
    assert.match(page.text, /<button type="submit" name="account" value="jane.doe@example.com">/);
    assert.match(page.text, /<input[^>]*name="email"[^>]*type="email"/);
    assert.match(page.text, />Cancel<\/button>/);
    assert.doesNotMatch(page.text, /<script|style=/i);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /form-action 'self' https:\/\/app\.example/);
  });

  it('answers its root with the page where a person accepts the certificate once', async () => {
    const root = await https(server, 'GET', '/');
    assert.equal(root.status, 200);
    assert.match(root.text, /certificate/);
  });

  it('refuses a redirect_uri that is not a callback URL with an error page', async () => {
    const answer = await https(
      server,
      'GET',
      authorizePath({ identity_provider: 'Google', redirect_uri: 'https://evil.example/' }),
    );
    assertErrorPage(answer, /redirect_mismatch/);
    const similar = await https(server, 'GET', authorizePath({ redirect_uri: `${CALLBACK}/` }));
    assertErrorPage(similar, /redirect_mismatch/);
  });

  it('refuses an unknown client with an error page', async () => {
    assertErrorPage(await https(server, 'GET', authorizePath({ client_id: 'nope' })), /Invalid client id/);
  });

  it('refuses a provider the client does not offer with an error page', async () => {
    const answer = await https(server, 'GET', authorizePath({ identity_provider: 'Twitter' }));
    assertErrorPage(answer, /Login option is not available/);
    assertErrorPage(await https(server, 'GET', authorizePath({ idp_identifier: 'unknown.example' })), /not available/);
  });

  it('takes a custom OIDC provider by name or by idp_identifier', async () => {
    const byName = await https(server, 'GET', authorizePath({ identity_provider: 'AcmeSSO' }));
    assert.equal(byName.location!.pathname, '/stand-in/AcmeSSO');
    const byIdentifier = await https(server, 'GET', authorizePath({ idp_identifier: 'acme.example' }));
    assert.equal(byIdentifier.location!.pathname, '/stand-in/AcmeSSO');
  });

  it('sends other mistakes back to the app as error=…, with the state', async () => {
    for (const [params, error] of [
      [{ scope: 'openid admin.everything' }, 'invalid_scope'],
      [{ code_challenge: 'x', code_challenge_method: 'plain' }, 'invalid_request'],
      [{ response_type: 'id_token' }, 'unsupported_response_type'],
      [{ response_type: 'token' }, 'unauthorized_client'],
    ] as const) {
      const answer = await https(server, 'GET', authorizePath({ identity_provider: 'Google', ...params }));
      assert.equal(answer.status, 302, JSON.stringify(params));
      assert.equal(answer.location!.origin + answer.location!.pathname, CALLBACK);
      assert.equal(answer.location!.searchParams.get('error'), error, JSON.stringify(params));
      assert.equal(answer.location!.searchParams.get('state'), 'state-1');
    }
  });

  it('relays Cancel at the provider as error=access_denied with a description and the state', async () => {
    const { url } = await signInAt(server, 'Google', { cancel: '1' }, { state: 'abc-123' });
    assert.equal(url.origin + url.pathname, CALLBACK);
    assert.equal(url.searchParams.get('error'), 'access_denied');
    assert.match(url.searchParams.get('error_description')!, /cancel/i);
    assert.equal(url.searchParams.get('state'), 'abc-123');
    assert.equal(url.searchParams.get('code'), null);
  });

  it('comes back with a code and the state verbatim after an account is picked', async () => {
    const state = 'AbCdEf0123456789AbCdEf0123456789-7b2270617468223a222f227d';
    const { url, cookie } = await signInAt(server, 'SignInWithApple', { account: 'ravi.kumar@example.org' }, { state });
    assert.equal(url.origin + url.pathname, CALLBACK);
    assert.match(url.searchParams.get('code')!, /^[\w-]{20,}$/);
    assert.equal(url.searchParams.get('state'), state);
    assert.match(cookie!, /^cognito=/);
  });

  it('refuses a request id that was used or never existed', async () => {
    const start = await https(server, 'GET', authorizePath({ identity_provider: 'Google' }));
    const requestId = start.location!.searchParams.get('request')!;
    await signInAtRequest(requestId, boundCookie(start));
    const again = await https(server, 'POST', '/stand-in/Google', {
      form: { request: requestId, account: 'jane.doe@example.com' },
      headers: { cookie: boundCookie(start) },
    });
    assertErrorPage(again, /expired or was already used/);
    assertErrorPage(await https(server, 'GET', '/stand-in/Google?request=forged'), /expired/);
  });

  it('asks again for an email that is not one', async () => {
    const start = await https(server, 'GET', authorizePath({ identity_provider: 'Google' }));
    const requestId = start.location!.searchParams.get('request')!;
    const answer = await https(server, 'POST', '/stand-in/Google', {
      form: { request: requestId, email: 'not an email' },
      headers: { cookie: boundCookie(start) },
    });
    assert.equal(answer.status, 400);
    assert.match(answer.text, /role="alert"[^>]*>Enter an email address/);
    assert.match(answer.text, /aria-invalid="true"/);
  });

  it('shows the managed login page, a link per provider, without identity_provider', async () => {
    const page = await https(server, 'GET', authorizePath({}));
    assert.equal(page.status, 200);
    assert.match(page.text, /href="\/oauth2\/authorize\?[^"]*identity_provider=Google/);
    assert.match(page.text, /Sign in with AcmeSSO/);
  });
});

describe('hosted UI: sessions and /logout', () => {
  useHostedUI((started) => (server = started));

  it('prompt=none: a code straight away with a session, login_required without one', async () => {
    const without = await https(server, 'GET', authorizePath({ identity_provider: 'Google', prompt: 'none' }));
    assert.equal(without.location!.searchParams.get('error'), 'login_required');
    const { cookie } = await signInAt(server, 'Google');
    const withSession = await https(server, 'GET', authorizePath({ identity_provider: 'Google', prompt: 'none' }), {
      headers: { cookie: cookie! },
    });
    assert.match(withSession.location!.searchParams.get('code')!, /^[\w-]{20,}$/);
  });

  it('logs out to a sign-out URL of the client and ends the session', async () => {
    const { cookie } = await signInAt(server, 'Google');
    const answer = await https(
      server,
      'GET',
      `/logout?client_id=localdemoclient0000000000&logout_uri=${encodeURIComponent(SIGNED_OUT)}`,
      {
        headers: { cookie: cookie! },
      },
    );
    assert.equal(answer.status, 302);
    assert.equal(answer.location!.toString(), SIGNED_OUT);
    assert.match(String(answer.headers['set-cookie']), /^cognito=; .*Max-Age=0/);
    const after = await https(server, 'GET', authorizePath({ identity_provider: 'Google', prompt: 'none' }), {
      headers: { cookie: cookie! },
    });
    assert.equal(after.location!.searchParams.get('error'), 'login_required');
  });

  it('refuses a logout_uri that is not a sign-out URL, and an unknown client, with an error page', async () => {
    const wrong = await https(
      server,
      'GET',
      `/logout?client_id=localdemoclient0000000000&logout_uri=${encodeURIComponent('https://evil.example/')}`,
    );
    assertErrorPage(wrong, /not a sign-out URL/);
    const unknown = await https(server, 'GET', `/logout?client_id=nope&logout_uri=${encodeURIComponent(SIGNED_OUT)}`);
    assertErrorPage(unknown, /Invalid client id/);
  });

  it('logs every endpoint in /_requests', async () => {
    await signInAt(server, 'Google');
    const requests = (await (await fetch(`${server.url}_requests`)).json()) as string[];
    assert.deepEqual(requests, ['oauth2/authorize', 'stand-in', 'stand-in', 'oauth2/idpresponse']);
  });
});

function pkceParams() {
  return { code_challenge: pkce().challenge, code_challenge_method: 'S256' };
}

/** The cookie the authorize redirect set: the stand-in page's post is bound to it. */
const boundCookie = (start: Answer) => [start.headers['set-cookie'] ?? []].flat()[0]?.split(';')[0] ?? '';

async function signInAtRequest(requestId: string, cookie: string) {
  const posted = await https(server, 'POST', '/stand-in/Google', {
    form: { request: requestId, account: 'jane.doe@example.com' },
    headers: { cookie },
  });
  assert.equal(posted.status, 303);
  const back = await https(server, 'GET', posted.location!.pathname + posted.location!.search);
  assert.equal(back.status, 302);
}
