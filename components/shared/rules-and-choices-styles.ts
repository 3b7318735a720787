import { css } from 'lit';
import { kindTokens } from './notice-styles.js';

/**
 * Styles of screens off the sign-in path (a new password's rules, a list of choices), adopted by their elements as
 * they connect (`adoptLightDomStyles`), so `SIGN_IN`'s first load does not carry them. `<auth-account>` takes them
 * with its form styles.
 */
export const rulesAndChoicesStyles = css`
  ${kindTokens}
  auth-sign-in .auth-rules {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  auth-sign-in .auth-rules ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  auth-sign-in .auth-rule-met {
    color: var(--_color-success);
  }
  auth-sign-in .auth-choices {
    display: grid;
    gap: var(--_space-s);
  }
`;
