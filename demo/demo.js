// The demo page's own script: settings, seeded users, the server's outbox and the widget's events.
import { DEFAULT_ENDPOINT, loopbackEndpoint } from './endpoint.js';
import './captcha.js';

/** What the hosted UI adds to the address on its way back: Amplify's to read (then gone), not a demo setting. */
const RETURN_PARAMS = ['code', 'state', 'error', 'error_description'];
const SETTINGS = 'auth-sign-in-demo:settings';
let params = new URLSearchParams(location.search);
for (const name of RETURN_PARAMS) params.delete(name);
// Back from the hosted UI the address has none of the page's settings: the tab remembers them.
if (params.size) sessionStorage.setItem(SETTINGS, params.toString());
else params = new URLSearchParams(sessionStorage.getItem(SETTINGS) ?? '');
const settings = document.querySelector('#settings');

// Only a local server: `?cognito=http://elsewhere/` or `?oauth=elsewhere` is refused, visibly.
const refused = [];
const requested = params.get('cognito');
const accepted = requested === null ? DEFAULT_ENDPOINT : loopbackEndpoint(requested);
const endpoint = accepted ?? DEFAULT_ENDPOINT;
if (!accepted) {
  refused.push(
    `Ignored ?cognito=${requested}: the demo talks only to a local server (localhost, 127.0.0.1 or [::1]). Using ${DEFAULT_ENDPOINT}.`,
  );
  params.delete('cognito');
}
const requestedOAuth = params.get('oauth');
const oauthEndpoint = requestedOAuth === null ? undefined : loopbackEndpoint(`https://${requestedOAuth}/`);
if (requestedOAuth !== null && !oauthEndpoint) {
  refused.push(`Ignored ?oauth=${requestedOAuth}: the demo's hosted UI is local too.`);
  params.delete('oauth');
}
if (refused.length) {
  const note = document.querySelector('#endpoint-note');
  note.textContent = refused.join(' ');
  note.hidden = false;
}

// The widget, configured from amplify_outputs.json, its OAuth settings pointed at this page and the local hosted
// UI (`?oauth=localhost:PORT` when it is not on 9230): the social buttons go through the stand-in providers.
const outputs = await (await fetch('./amplify_outputs.json')).json();
// `npm start -- --pool FILE` links here with that pool's ids: the widget signs in to it instead of the demo pool.
if (params.get('user-pool-id') && params.get('user-pool-client-id')) {
  outputs.auth.user_pool_id = params.get('user-pool-id');
  outputs.auth.user_pool_client_id = params.get('user-pool-client-id');
}
const here = new URL('./', location.href).href;
outputs.auth.oauth = {
  ...outputs.auth.oauth,
  ...(oauthEndpoint ? { domain: new URL(oauthEndpoint).host } : {}),
  redirect_sign_in_uri: [here],
  redirect_sign_out_uri: [here],
};
const widget = document.createElement('auth-sign-in');
widget.config = outputs;
widget.setAttribute('user-pool-endpoint', endpoint);
widget.setAttribute('totp-issuer', 'auth-sign-in demo');
widget.setAttribute('social-providers', 'google facebook apple amazon');
const footer = Object.assign(document.createElement('p'), {
  slot: 'footer',
  className: 'footer',
  textContent: 'Local demo: nothing leaves this machine.',
});
// The demo's own CAPTCHA screen, for captcha@example.com (see captcha.js).
widget.append(footer, document.createElement('demo-captcha'));
document.querySelector('#widget').append(widget);

// Once signed in, the account's security under the sign-in: `<auth-account>`, configured the same way.
const account = document.createElement('auth-account');
account.config = outputs;
account.setAttribute('user-pool-endpoint', endpoint);
account.hidden = true;
widget.addEventListener('auth-signed-in', () => (account.hidden = false));
account.addEventListener('auth-signed-out', () => (account.hidden = true));
document.querySelector('#widget').append(account);

/** What signing in as each seeded user shows, and the settings it needs. */
const USERS = {
  'alice@example.com': ['no MFA: straight to DONE'],
  'sms@example.com': ['SMS code (see the outbox)'],
  'email@example.com': ['email code (see the outbox)'],
  'totp@example.com': ['TOTP code; secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'],
  'choose@example.com': ['choose SMS or TOTP'],
  'setup-totp@example.com': ['set up an authenticator app (QR code)'],
  'setup-any@example.com': ['choose TOTP or email to set up'],
  'setup-email@example.com': ['set up email codes'],
  'new@example.com': ['temporary password TempPassw0rd!: choose a new one, give your name'],
  'reset@example.com': ['password reset required (code in the outbox)'],
  'unconfirmed@example.com': ['confirm the account (code in the outbox)'],
  'custom@example.com': ['custom challenge: What is 2 + 2?', { 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' }],
  'captcha@example.com': [
    "custom challenge: the demo's own CAPTCHA element",
    { 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' },
  ],
  'passwordless@example.com': ['email or SMS code instead of a password', { 'auth-flow-type': 'USER_AUTH' }],
  'passkey@example.com': ['sign in, create a passkey, then sign in with it', { 'passkey-prompt': 'after-sign-in' }],
};

function applySettings() {
  const values = Object.fromEntries(new FormData(settings));
  for (const name of ['auth-flow-type', 'preferred-challenge', 'passkey-prompt', 'lang']) {
    if (values[name]) widget.setAttribute(name, values[name]);
    else widget.removeAttribute(name);
  }
  if (values.lang) account.setAttribute('lang', values.lang);
  else account.removeAttribute('lang');
  const theme = document.querySelector('#theme');
  theme.disabled = !values.theme;
  if (values.theme) theme.href = `../dist/themes/${values.theme}.css`;
  const query = new URLSearchParams({ ...Object.fromEntries(params), ...values });
  // A return from the hosted UI keeps its parameters until Amplify has read them.
  const current = new URLSearchParams(location.search);
  for (const name of RETURN_PARAMS) if (current.has(name)) query.set(name, current.get(name));
  history.replaceState(null, '', `?${query}`);
}

for (const [name, value] of params) {
  const control = settings.elements.namedItem(name);
  if (control) control.value = value;
}
applySettings();
settings.addEventListener('change', () => {
  applySettings();
  if (widget.step && widget.step !== 'DONE') widget.restart();
});

// Seeded users: a click picks the settings the user needs and fills the username.
const usersBody = document.querySelector('#users tbody');
for (const [username, [what, needs = {}]] of Object.entries(USERS)) {
  const row = usersBody.insertRow();
  const button = document.createElement('button');
  button.className = 'user';
  button.type = 'button';
  button.textContent = username;
  button.addEventListener('click', () => {
    for (const [name, value] of Object.entries(needs)) settings.elements.namedItem(name).value = value;
    applySettings();
    if (widget.step !== 'SIGN_IN') widget.restart();
    requestAnimationFrame(() => {
      const input = widget.querySelector('input[name=username]');
      if (!input) return;
      input.value = username;
      (widget.querySelector('input[name=password]') ?? input).focus();
    });
  });
  row.insertCell().append(button);
  row.insertCell().textContent = what;
}

// The codes the server "sent", newest first.
const outbox = document.querySelector('#outbox');
let shown = 0;
async function pollOutbox() {
  try {
    const messages = await (await fetch(new URL('_outbox', endpoint))).json();
    if (messages.length < shown) {
      outbox.replaceChildren();
      shown = 0;
    }
    for (const message of messages.slice(shown)) {
      const item = document.createElement('li');
      const code = document.createElement('span');
      code.className = 'code';
      code.textContent = message.code;
      item.append(code, ` ${message.medium} to ${message.to} at ${new Date(message.sentAt).toLocaleTimeString()}`);
      outbox.prepend(item);
    }
    shown = messages.length;
  } catch {
    outbox.replaceChildren(
      Object.assign(document.createElement('li'), {
        textContent: `The local server at ${endpoint} is not answering. Run npm start.`,
      }),
    );
    shown = 0;
  }
}
pollOutbox();
setInterval(pollOutbox, 1500);

// The events of both elements, newest first.
const eventLog = document.querySelector('#events');
const EVENTS = ['auth-step-change', 'auth-signed-in', 'auth-signed-out', 'auth-error', 'auth-passkey-registered'];
for (const type of [...EVENTS, 'auth-account-change']) {
  document.querySelector('#widget').addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = event.target === account ? `${type} (auth-account)` : type;
    item.append(name, ` ${JSON.stringify(event.detail)}`);
    eventLog.prepend(item);
  });
}
