import { css } from 'lit';

/**
 * Styles of the forms, which live in the light DOM of `<auth-sign-in>` (and `<auth-account>`) so password managers
 * see them.
 * Adopted as a constructable stylesheet by the root the widget sits in: no `<style>` element, no `style`
 * attribute, so a strict `style-src 'self'` policy holds.
 */
const formStyles = css`
  auth-sign-in form {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    font: inherit;
  }
  auth-sign-in h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
    outline: none;
  }
  auth-sign-in h2:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  auth-sign-in p {
    margin: 0;
  }
  auth-sign-in .auth-hint {
    color: var(--_color-text-muted);
  }
  auth-sign-in .auth-notice {
    color: var(--_color-success);
  }
  auth-sign-in .auth-field {
    display: grid;
    gap: 0.25rem;
  }
  auth-sign-in label {
    font-weight: 600;
  }
  auth-sign-in input {
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
  auth-sign-in .auth-check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
    min-height: 2.75rem;
  }
  auth-sign-in .auth-check input {
    width: 1.25rem;
    min-height: 1.25rem;
    margin: 0;
    accent-color: var(--_color-focus);
  }
  auth-sign-in input[aria-invalid='true'] {
    border-color: var(--_color-error);
  }
  auth-sign-in input:focus-visible,
  auth-sign-in button:focus-visible,
  auth-sign-in a:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  auth-sign-in .auth-field-error,
  auth-sign-in .auth-alert {
    color: var(--_color-error);
  }
  auth-sign-in .auth-alert:empty {
    display: none;
  }
  auth-sign-in button {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    cursor: pointer;
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  auth-sign-in button[type='submit']:not([name]) {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  /* Busy: the label changes and the cursor says so; no fading, so the text keeps its contrast. */
  auth-sign-in button[aria-busy='true'] {
    cursor: progress;
  }
  auth-sign-in button:disabled {
    cursor: not-allowed;
    color: var(--_color-text-muted);
  }
  auth-sign-in a {
    color: var(--_color-primary);
  }
  /* Outside strings (a destination, a question, a provider) wrap anywhere rather than widen the card. */
  auth-sign-in form {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  auth-sign-in .auth-input-row {
    display: flex;
    gap: var(--_space-s);
  }
  auth-sign-in .auth-input-row input {
    flex: 1;
    min-width: 0;
  }
  auth-sign-in .auth-reveal {
    flex: none;
    padding-inline: 0.75rem;
  }
  auth-sign-in .auth-error-prefix {
    font-weight: 600;
  }
  auth-sign-in .auth-rules ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  auth-sign-in .auth-rule-met {
    color: var(--_color-success);
  }
  /* The live region stays in the accessibility tree while empty (so it is read when text arrives), out of the layout. */
  auth-sign-in .auth-notice:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  auth-sign-in .auth-link {
    border: none;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
    padding: 0.25rem 0;
    min-height: 0;
    justify-self: start;
  }
  auth-sign-in .auth-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  auth-sign-in .auth-choices {
    display: grid;
    gap: var(--_space-s);
  }
  auth-sign-in .auth-secret {
    font-family: ui-monospace, monospace;
    word-break: break-all;
    user-select: all;
  }
  auth-sign-in .auth-qr {
    width: 12rem;
    height: 12rem;
    justify-self: center;
  }
  auth-sign-in .auth-separator {
    text-align: center;
    color: var(--_color-text-muted);
  }
`;

const adopted = new Map<string, CSSStyleSheet | undefined>();

/**
 * Adds the form styles to the document or shadow root holding `element`, once per root and element name: written
 * for `auth-sign-in`, they serve `<auth-account>` with its own name put in.
 */
export function adoptLightDomStyles(element: Element) {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const tag = element.localName;
  if (!adopted.has(tag)) adopted.set(tag, tag === 'auth-sign-in' ? formStyles.styleSheet : restyled(tag));
  const sheet = adopted.get(tag);
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function restyled(tag: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(formStyles.cssText.replaceAll('auth-sign-in', tag));
  return sheet;
}
