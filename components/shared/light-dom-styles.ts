import { css } from 'lit';

/**
 * Styles of the forms, which live in the light DOM of `<auth-sign-in>` so password managers see them.
 * Adopted as a constructable stylesheet by the root the widget sits in: no `<style>` element, no `style`
 * attribute, so a strict `style-src 'self'` policy holds.
 */
const formStyles = css`
  :is(auth-sign-in, auth-account) form {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    font: inherit;
  }
  :is(auth-sign-in, auth-account) h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
    outline: none;
  }
  :is(auth-sign-in, auth-account) h2:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  :is(auth-sign-in, auth-account) p {
    margin: 0;
  }
  :is(auth-sign-in, auth-account) .auth-hint {
    color: var(--_color-text-muted);
  }
  :is(auth-sign-in, auth-account) .auth-notice {
    color: var(--_color-success);
  }
  :is(auth-sign-in, auth-account) .auth-field {
    display: grid;
    gap: 0.25rem;
  }
  :is(auth-sign-in, auth-account) label {
    font-weight: 600;
  }
  :is(auth-sign-in, auth-account) input {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.625rem 0.75rem;
    min-height: 2.75rem;
    box-sizing: border-box;
    width: 100%;
  }
  :is(auth-sign-in, auth-account) .auth-check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
    min-height: 2.75rem;
  }
  :is(auth-sign-in, auth-account) .auth-check input {
    width: 1.25rem;
    min-height: 1.25rem;
    margin: 0;
    accent-color: var(--_color-focus);
  }
  :is(auth-sign-in, auth-account) input[aria-invalid='true'] {
    border-color: var(--_color-error);
  }
  :is(auth-sign-in, auth-account) input:focus-visible,
  :is(auth-sign-in, auth-account) button:focus-visible,
  :is(auth-sign-in, auth-account) a:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  :is(auth-sign-in, auth-account) .auth-field-error,
  :is(auth-sign-in, auth-account) .auth-alert {
    color: var(--_color-error);
  }
  :is(auth-sign-in, auth-account) .auth-alert:empty {
    display: none;
  }
  :is(auth-sign-in, auth-account) button {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    cursor: pointer;
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  :is(auth-sign-in, auth-account) button[type='submit']:not([name]) {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  /* Busy: the label changes and the cursor says so; no fading, so the text keeps its contrast. */
  :is(auth-sign-in, auth-account) button[aria-busy='true'] {
    cursor: progress;
  }
  :is(auth-sign-in, auth-account) button:disabled {
    cursor: not-allowed;
    color: var(--_color-text-muted);
  }
  :is(auth-sign-in, auth-account) a {
    color: var(--_color-primary);
  }
  /* Outside strings (a destination, a question, a provider) wrap anywhere rather than widen the card. */
  :is(auth-sign-in, auth-account) form {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  :is(auth-sign-in, auth-account) .auth-input-row {
    display: flex;
    gap: var(--_space-s);
  }
  :is(auth-sign-in, auth-account) .auth-input-row input {
    flex: 1;
    min-width: 0;
  }
  :is(auth-sign-in, auth-account) .auth-reveal {
    flex: none;
    padding-inline: 0.75rem;
  }
  :is(auth-sign-in, auth-account) .auth-error-prefix {
    font-weight: 600;
  }
  :is(auth-sign-in, auth-account) .auth-rules ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  :is(auth-sign-in, auth-account) .auth-rule-met {
    color: var(--_color-success);
  }
  /* The live region stays in the accessibility tree while empty (so it is read when text arrives), out of the layout. */
  :is(auth-sign-in, auth-account) .auth-notice:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  :is(auth-sign-in, auth-account) .auth-link {
    border: none;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
    padding: 0.25rem 0;
    min-height: 0;
    justify-self: start;
  }
  :is(auth-sign-in, auth-account) .auth-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  :is(auth-sign-in, auth-account) .auth-choices {
    display: grid;
    gap: var(--_space-s);
  }
  :is(auth-sign-in, auth-account) .auth-secret {
    font-family: ui-monospace, monospace;
    word-break: break-all;
    user-select: all;
  }
  :is(auth-sign-in, auth-account) .auth-qr {
    width: 12rem;
    height: 12rem;
    justify-self: center;
  }
  :is(auth-sign-in, auth-account) .auth-separator {
    text-align: center;
    color: var(--_color-text-muted);
  }
`;

let adopted: CSSStyleSheet | undefined;

/** Adds the form styles to the document or shadow root holding `element`, once per root. */
export function adoptLightDomStyles(element: Element) {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  adopted ??= formStyles.styleSheet;
  if (adopted && !root.adoptedStyleSheets.includes(adopted)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, adopted];
  }
}
