// Builds the <auth-sign-in> of an e2e page from the query string (no inline script: the CSP forbids it),
// and records every event the widget dispatches in `window.events` for the tests to read (and, across the
// page loads of a social sign-in, in the tab's `sessionStorage` under `e2e:events`).
// A return from the hosted UI brings only `code`/`state`/`error`: the page's settings are those of its first load.
const SETTINGS = 'e2e:page-settings';
const LOG = 'e2e:events';
let settings = location.search;
if (new URLSearchParams(settings).has('user-pool-id')) sessionStorage.setItem(SETTINGS, settings);
else settings = sessionStorage.getItem(SETTINGS) ?? settings;
const params = new URLSearchParams(settings);
const EVENTS = [
  'auth-step-change',
  'auth-signed-in',
  'auth-signed-up',
  'auth-signed-out',
  'auth-error',
  'auth-passkey-registered',
];
const ATTRIBUTES = [
  'user-pool-id',
  'user-pool-client-id',
  'user-pool-endpoint',
  'auth-flow-type',
  'preferred-challenge',
  'passkey-prompt',
  'lang',
  'totp-issuer',
  'remember-device',
  'social-providers',
  'autofocus',
  'hide-sign-up',
  'initial-step',
  'verify-contact',
  'login-mechanism',
];

window.events = [];
const el = document.createElement('auth-sign-in');
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) el.setAttribute(name, value);
}
// With `oauth-domain`: an amplify_outputs.json with OAuth settings whose callback and sign-out URL is this page.
// With `username-attributes` (comma-separated): an amplify_outputs.json whose pool signs in with those.
const oauthDomain = params.get('oauth-domain');
const usernameAttributes = params.get('username-attributes');
if (oauthDomain || usernameAttributes !== null) {
  const page = location.origin + location.pathname;
  const auth = {
    aws_region: 'us-east-1',
    user_pool_id: params.get('user-pool-id'),
    user_pool_client_id: params.get('user-pool-client-id'),
  };
  if (usernameAttributes !== null) auth.username_attributes = usernameAttributes.split(',').filter(Boolean);
  if (oauthDomain) {
    auth.oauth = {
      identity_providers: ['GOOGLE', 'SIGN_IN_WITH_APPLE'],
      domain: oauthDomain,
      scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
      redirect_sign_in_uri: [page],
      redirect_sign_out_uri: [page],
      response_type: 'code',
    };
  }
  el.config = { version: '1.4', auth };
}
// With `config`: the widget's configuration (an amplify_outputs.json or a ResourcesConfig), as JSON.
const config = params.get('config');
if (config) el.config = JSON.parse(config);
// With `sign-up-fields`: the page's own sign-up fields, a company (sent as `custom:company`) and a required
// terms checkbox (not an attribute: not sent).
if (params.has('sign-up-fields')) {
  const fields = document.createElement('div');
  fields.slot = 'sign-up-fields';
  const company = document.createElement('label');
  company.append('Company', Object.assign(document.createElement('input'), { name: 'custom:company' }));
  const terms = document.createElement('label');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'terms', required: true });
  terms.append(box, 'I accept the terms');
  fields.append(company, terms);
  el.append(fields);
}
for (const type of EVENTS) {
  el.addEventListener(type, (event) => {
    const record = { type, detail: event.detail };
    if (type === 'auth-step-change') {
      // What the README promises at this moment: the step reflected, its form in place, focus in it.
      const form = el.querySelector(`[step="${event.detail.step}"] form`);
      record.at = {
        attribute: el.getAttribute('step'),
        property: el.step,
        form: Boolean(form),
        focusInForm: Boolean(form && form.contains(document.activeElement)),
        focused: document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName.toLowerCase(),
      };
    }
    window.events.push(record);
    const log = JSON.parse(sessionStorage.getItem(LOG) ?? '[]');
    sessionStorage.setItem(LOG, JSON.stringify([...log, { type, detail: event.detail }]));
  });
}
// With `spacer`: that many pixels of page above the widget (a CMS article, say).
const spacer = params.get('spacer');
if (spacer) {
  const block = document.createElement('div');
  block.style.height = `${Number(spacer)}px`;
  document.getElementById('app').append(block);
}
// With `page-element`: the page's own element (page-element.js) in the custom-challenge slot.
if (params.has('page-element')) {
  await import('./page-element.js');
  el.append(Object.assign(document.createElement('e2e-challenge'), { slot: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' }));
}
document.getElementById('app').append(el);

// With `account` (its value: the `sections` attribute, or empty for all): an `<auth-account>` beside the sign-in,
// configured the same way; its events in `window.accountEvents`.
const sections = params.get('account');
if (sections !== null) {
  window.accountEvents = [];
  const account = document.createElement('auth-account');
  for (const name of ['user-pool-id', 'user-pool-client-id', 'user-pool-endpoint', 'lang']) {
    const value = params.get(name);
    if (value !== null) account.setAttribute(name, value);
  }
  if (sections) account.setAttribute('sections', sections);
  for (const type of ['auth-account-change', 'auth-signed-out', 'auth-error'])
    account.addEventListener(type, (event) => window.accountEvents.push({ type, detail: event.detail }));
  document.getElementById('app').append(account);
}
