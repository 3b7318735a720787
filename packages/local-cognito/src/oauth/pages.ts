/**
 * The hosted side's HTML: the stand-in identity provider's page, the managed login page (a provider to choose),
 * and the error page. Plain HTML with one same-origin stylesheet and no script, so it works without JavaScript
 * and under `default-src 'none'`.
 */
import { SEEDED_PEOPLE } from './identities.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A raw HTML fragment, already escaped. */
class Html {
  constructor(readonly text: string) {}
}

/** Escapes every interpolated value except nested `html` fragments (and lists of them). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const part = (value: unknown): string =>
    value instanceof Html ? value.text : Array.isArray(value) ? value.map(part).join('') : escapeHtml(String(value));
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? part(values[i]) : ''), ''));
}

/** How the providers are called on buttons and headings. */
export const DISPLAY_NAMES: Record<string, string> = {
  Google: 'Google',
  Facebook: 'Facebook',
  SignInWithApple: 'Apple',
  LoginWithAmazon: 'Amazon',
};
export const displayName = (provider: string) => DISPLAY_NAMES[provider] ?? provider;

function page(title: string, body: Html): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/hosted-ui.css" />
  </head>
  <body>
    <main>
${body.text}
    </main>
  </body>
</html>
`;
}

const note = html`<p class="note">
  A local stand-in served by the development Cognito server: no real provider is contacted and nothing leaves this
  machine.
</p>`;

/** The stand-in provider: one button per seeded person, an email field, and Cancel. */
export function providerPage(provider: string, requestId: string, email = '', problem = ''): string {
  const name = displayName(provider);
  const action = `/stand-in/${encodeURIComponent(provider)}`;
  const hidden = html`<input type="hidden" name="request" value="${requestId}" />`;
  return page(
    `Sign in with ${name}`,
    html`<h1>Sign in with ${name}</h1>
      ${note} ${problem ? html`<p role="alert" id="problem">${problem}</p>` : ''}
      <form method="post" action="${action}">
        ${hidden}
        <fieldset>
          <legend>Choose an account</legend>
          ${SEEDED_PEOPLE.map(
            (p) =>
              html`<button type="submit" name="account" value="${p.email}">
                <span class="person">${p.given} ${p.family}</span> <span class="email">${p.email}</span>
              </button>`,
          )}
        </fieldset>
      </form>
      <form method="post" action="${action}">
        ${hidden}
        <label for="email">Or use another email address</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          required
          value="${email}"
          ${problem ? html`aria-invalid="true" aria-describedby="problem"` : ''}
        />
        <button type="submit">Continue with this email</button>
      </form>
      <form method="post" action="${action}">
        ${hidden}
        <button type="submit" name="cancel" value="1" class="secondary">Cancel</button>
      </form>`,
  );
}

/** Managed login: no password form here, a link per federated provider the client offers. */
export function managedLoginPage(providers: { name: string; href: string }[]): string {
  return page(
    'Sign in',
    html`<h1>Sign in</h1>
      ${note}
      <ul class="providers">
        ${providers.map((p) => html`<li><a href="${p.href}">Sign in with ${displayName(p.name)}</a></li>`)}
      </ul>`,
  );
}

/** The root: where a person accepts the certificate once (README), then goes back to the app. */
export function welcomePage(): string {
  return page(
    'Local hosted UI',
    html`<h1>Local hosted UI</h1>
      <p>
        The browser accepts this server's certificate now: the social sign-in buttons of the demo work. Go back to the
        demo page.
      </p>
      ${note}`,
  );
}

/** After the link of a sign-up verification email: the account is confirmed, the app's page goes on. */
export function confirmedPage(): string {
  return page(
    'Registration confirmed',
    html`<h1>Your registration has been confirmed!</h1>
      <p>You can close this tab: the page where you signed up goes on by itself.</p>
      ${note}`,
  );
}

/** Cognito's error page: the request cannot go back to the app, so the person is told here. */
export function errorPage(error: string, description: string): string {
  return page(
    'An error was encountered with the requested page',
    html`<h1>An error was encountered with the requested page</h1>
      <p role="alert">${description}</p>
      <p class="note">Error code: <code>${error}</code></p>`,
  );
}

export const STYLESHEET = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0; display: grid; place-items: center; min-height: 100vh; background: Canvas; color: CanvasText; }
main { width: min(26rem, 100% - 2rem); display: grid; gap: 1rem; padding: 2rem 0; }
h1 { font-size: 1.5rem; margin: 0; }
.note { font-size: 0.875rem; margin: 0; }
form, fieldset { display: grid; gap: 0.5rem; margin: 0; }
fieldset { border: 1px solid GrayText; border-radius: 0.5rem; padding: 0.75rem; }
label { font-weight: 600; }
input { font: inherit; padding: 0.5rem; border: 1px solid GrayText; border-radius: 0.375rem; }
button, .providers a { font: inherit; padding: 0.625rem 0.75rem; border-radius: 0.375rem; cursor: pointer;
  border: 1px solid ButtonBorder; background: ButtonFace; color: ButtonText; text-align: start; display: block; }
button .email { display: block; font-size: 0.875rem; }
button.secondary { text-align: center; }
.providers { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
`;
