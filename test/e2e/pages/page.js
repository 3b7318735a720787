// Builds the <auth-sign-in> of an e2e page from the query string (no inline script: the CSP forbids it),
// and records every event the widget dispatches in `window.events` for the tests to read.
const params = new URLSearchParams(location.search);
const EVENTS = ['auth-step-change', 'auth-signed-in', 'auth-signed-out', 'auth-error', 'auth-passkey-registered'];
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
];

window.events = [];
const el = document.createElement('auth-sign-in');
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) el.setAttribute(name, value);
}
for (const type of EVENTS) {
  el.addEventListener(type, (event) => {
    const record = { type, detail: event.detail };
    if (type === 'auth-step-change') {
      // What the contract promises at this moment: the step reflected, its form in place, focus in it.
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
  });
}
document.getElementById('app').append(el);
