// The demo page's own script: settings, seeded users, the server's outbox and the widget's events.
import { DEFAULT_ENDPOINT, loopbackEndpoint } from './endpoint.js';

const params = new URLSearchParams(location.search);
const widget = document.querySelector('auth-sign-in');
const settings = document.querySelector('#settings');

// Only a local server: `?cognito=http://elsewhere/` is refused, visibly.
const requested = params.get('cognito');
const accepted = requested === null ? DEFAULT_ENDPOINT : loopbackEndpoint(requested);
const endpoint = accepted ?? DEFAULT_ENDPOINT;
if (!accepted) {
  const note = document.querySelector('#endpoint-note');
  note.textContent = `Ignored ?cognito=${requested}: the demo talks only to a local server (localhost, 127.0.0.1 or [::1]). Using ${DEFAULT_ENDPOINT}.`;
  note.hidden = false;
  params.delete('cognito');
}
widget.setAttribute('user-pool-endpoint', endpoint);
// `npm start -- --pool FILE` links here with the pool's ids: the widget uses them instead of the demo pool's file.
if (params.get('user-pool-id') && params.get('user-pool-client-id')) {
  widget.removeAttribute('config-src');
  widget.setAttribute('user-pool-id', params.get('user-pool-id'));
  widget.setAttribute('user-pool-client-id', params.get('user-pool-client-id'));
}

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
  'passwordless@example.com': ['email or SMS code instead of a password', { 'auth-flow-type': 'USER_AUTH' }],
  'passkey@example.com': ['sign in, create a passkey, then sign in with it', { 'passkey-prompt': 'after-sign-in' }],
};

function applySettings() {
  const values = Object.fromEntries(new FormData(settings));
  for (const name of ['auth-flow-type', 'preferred-challenge', 'passkey-prompt', 'lang']) {
    if (values[name]) widget.setAttribute(name, values[name]);
    else widget.removeAttribute(name);
  }
  const theme = document.querySelector('#theme');
  theme.disabled = !values.theme;
  if (values.theme) theme.href = `../dist/themes/${values.theme}.css`;
  const query = new URLSearchParams({ ...Object.fromEntries(params), ...values });
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

// The widget's events, newest first.
const eventLog = document.querySelector('#events');
for (const type of ['auth-step-change', 'auth-signed-in', 'auth-signed-out', 'auth-error', 'auth-passkey-registered']) {
  widget.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    item.append(name, ` ${JSON.stringify(event.detail)}`);
    eventLog.prepend(item);
  });
}
