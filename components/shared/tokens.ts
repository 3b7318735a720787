import { css, unsafeCSS } from 'lit';
import { DARK, LIGHT, privateDeclarations, SHAPE } from './theme-values.js';

/**
 * Design tokens. The page sets the public `--auth-*` properties (see the theme files); the widget reads them
 * through private `--_*` ones carrying the defaults from `theme-values.ts`, declared once on the host and
 * inherited by the fields (the notice kinds' colours are declared by the styles that use them: `notice-styles.ts`).
 */
export const tokens = css`
  :host {
    ${unsafeCSS(privateDeclarations({ ...SHAPE, ...LIGHT }))}
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(privateDeclarations(DARK))}
    }
  }
`;
