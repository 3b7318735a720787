import { css, type CSSResult } from 'lit';

/**
 * Styles of the forms, which live in the light DOM of `<auth-sign-in>` so password managers see them (`<auth-account>`
 * takes them with its own name put in).
 * Adopted as a constructable stylesheet by the root the widget sits in: no `<style>` element, no `style`
 * attribute, so a strict `style-src 'self'` policy holds.
 */
export const formStyles = css`
  /*
   * One rule nests the rest, so the element's name is written once (a nested selector keeps the specificity of
   * \`auth-sign-in <selector>\`). Rules only later screens use load with them (notice-styles.ts,
   * rules-and-choices-styles.ts).
   */
  auth-sign-in {
    form {
      display: grid;
      gap: var(--_space-m);
      margin: 0;
      /* Outside strings (a destination, a question, a provider) and long words wrap rather than widen the card. */
      overflow-wrap: anywhere;
      hyphens: auto;
      min-width: 0;
    }
    h2 {
      margin: 0 0 var(--_space-xs);
      font-size: var(--_font-size-title);
      line-height: 1.25;
      font-weight: 650;
      text-wrap: balance;
      outline: none;
    }
    p {
      margin: 0;
    }
    .auth-hint,
    .auth-field-error,
    .auth-divider {
      font-size: var(--_font-size-small);
      color: var(--_color-text-muted);
    }
    .auth-field {
      display: grid;
      gap: var(--_space-xs);
    }
    label,
    .auth-error-prefix {
      font-weight: 600;
    }
    /* What fields and buttons share. */
    :is(input, button) {
      font: inherit;
      color: var(--_color-text);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      min-height: var(--_control-height);
    }
    input {
      background: var(--_color-surface);
      padding: 0.5rem 0.75rem;
      box-sizing: border-box;
      width: 100%;
      min-width: 0;
    }
    .auth-check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: normal;
      min-height: var(--_control-height);
    }
    .auth-check input {
      width: 1.25rem;
      min-height: 1.25rem;
      margin: 0;
      accent-color: var(--_color-focus);
    }
    input[aria-invalid='true'] {
      border-color: var(--_color-error);
    }
    /*
     * Fields, buttons and links keep a strong ring. A heading takes focus only from the widget (tabindex=-1: no key
     * reaches it), so it never shows one: no box tight around the text after keyboard use.
     */
    :is(input, button, a):focus-visible {
      outline: 2px solid var(--_color-focus);
      outline-offset: 2px;
    }
    button {
      padding: 0.5rem 1rem;
      cursor: pointer;
      background: var(--_color-background);
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.625rem;
    }
    button[type='submit']:not([name]) {
      background: var(--_color-primary);
      border-color: var(--_color-primary);
      color: var(--_color-on-primary);
      font-weight: 600;
      margin-top: var(--_space-xs);
    }
    /* Busy: a spinner inside the button, the label kept; no fading, so the text keeps its contrast. */
    button[aria-busy='true'] {
      cursor: progress;
    }
    button[aria-busy='true']::before {
      content: '';
      flex: none;
      width: 1em;
      height: 1em;
      border: 2px solid;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: auth-spin 0.8s linear infinite;
    }
    button:disabled {
      cursor: not-allowed;
      color: var(--_color-text-muted);
    }
    a {
      color: var(--_color-primary);
    }
    /* Secondary actions: quiet links. The show-password toggle is as quiet. */
    .auth-link,
    .auth-reveal {
      border: none;
      background: none;
    }
    .auth-link {
      color: var(--_color-primary);
      padding: 0.25rem 0;
      min-height: 1.5rem;
      justify-self: center;
      text-decoration: none;
    }
    .auth-link,
    .auth-provider {
      font-weight: 500;
    }
    .auth-link:hover {
      text-decoration: underline;
    }
    .auth-actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--_space-xs) var(--_space-m);
    }
    /* The show-password toggle sits inside the field, so the field keeps its width. */
    .auth-input-row {
      position: relative;
    }
    .auth-input-row input {
      padding-inline-end: var(--_control-height);
    }
    .auth-reveal {
      position: absolute;
      inset-block: 1px;
      inset-inline-end: 1px;
      width: calc(var(--_control-height) - 2px);
      min-height: 0;
      padding: 0;
      color: var(--_color-text-muted);
    }
    svg {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
    }
    .auth-field-error {
      color: var(--_color-error);
    }
    /* Notices and the alert: notice-styles.ts, loaded with the first one shown. */
    /*
     * Live regions stay in the accessibility tree while empty or busy (read when text arrives), out of the layout: on
     * a p, div or span, so no padding or border to reset (and the clip hides them anyway).
     */
    .auth-sr {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    /* The social section: one full-width button per row, "or" between two lines on its own row. */
    .auth-social {
      display: grid;
      gap: var(--_space-s);
    }
    /* Its lines load with the logos (provider-logos.ts). */
    .auth-divider {
      text-align: center;
    }
  }
  @keyframes auth-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;

/**
 * Adds the form styles (or a screen's own, which load with its element) to the document or shadow root holding
 * `element`, once per root.
 */
export function adoptLightDomStyles(element: Element, styles: CSSResult = formStyles) {
  const root = element.getRootNode() as Document | ShadowRoot;
  const sheet = styles.styleSheet;
  if (sheet && 'adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
