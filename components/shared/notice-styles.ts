import { css, unsafeCSS } from 'lit';
import { KIND_DARK, KIND_LIGHT } from './kind-colours.js';
import { privateDeclarations } from './theme-values.js';

/**
 * The kinds' colours as private tokens on the element (the fields inherit them), as `tokens.ts` declares the rest on
 * its host: a page's `--auth-color-success` (and the others) still wins.
 */
export const kindTokens = css`
  auth-sign-in {
    ${unsafeCSS(privateDeclarations(KIND_LIGHT))}
  }
  @media (prefers-color-scheme: dark) {
    auth-sign-in {
      ${unsafeCSS(privateDeclarations(KIND_DARK))}
    }
  }
`;

/**
 * The look of notices and the alert (`auth-step-element.ts`): they load with the first one shown, as their text does,
 * so a sign-in page with nothing to say does not pay for them. `<auth-account>` takes them with its form styles.
 */
export const noticeStyles = css`
  ${kindTokens}
  /* Notices by kind: colour, icon and role. */
  auth-sign-in .auth-notice {
    --_kind: var(--_color-success);
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.625rem 0.75rem;
    border: 1px solid color-mix(in srgb, var(--_kind) 45%, transparent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_kind) 9%, var(--_color-background));
  }
  /* The icon: a badge in the kind's colour, its mark hidden from assistive technology (the words say it). */
  auth-sign-in .auth-notice::before {
    content: '✓' / '';
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.125rem;
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1;
    color: var(--_color-background);
    background: var(--_kind);
  }
  auth-sign-in [data-kind='info'] {
    --_kind: var(--_color-info);
  }
  auth-sign-in [data-kind='info']::before {
    content: 'i' / '';
  }
  auth-sign-in [data-kind='warning'] {
    --_kind: var(--_color-warning);
  }
  auth-sign-in .auth-alert {
    --_kind: var(--_color-error);
  }
  auth-sign-in :is([data-kind='warning'], .auth-alert)::before {
    content: '!' / '';
  }
`;
