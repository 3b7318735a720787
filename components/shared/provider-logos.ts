/**
 * Provider logos for the social sign-in buttons, drawn here as small inline SVG after each provider's published
 * guidance for sign-in buttons: Google's four-colour "G" on a neutral button, Apple's logo in the text colour
 * (black on light, white on dark), Facebook's blue circle with the white "f", Amazon's smile in its orange, and a
 * neutral sign-in icon for a custom OIDC or SAML provider. Loaded with the social section only (a lazy chunk), so a
 * sign-in without providers never carries them. Decorative: the button's words name the provider.
 */
import { css, html, svg, type TemplateResult } from 'lit';

/**
 * The lines either side of "or", which arrive with the logos (the form styles centre the word and keep the row's
 * height meanwhile, so nothing moves).
 */
export const dividerLines = css`
  auth-sign-in .auth-divider {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  auth-sign-in .auth-divider::before,
  auth-sign-in .auth-divider::after {
    content: '';
    flex: 1;
    border-top: 1px solid color-mix(in srgb, var(--_color-border) 55%, transparent);
  }
`;

const logo = (body: TemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

/** Google: a ring in four arcs (blue, green, yellow, red, clockwise from the bar) and the blue bar. */
const GOOGLE = svg`<g fill="none" stroke-width="3.6">
  <path stroke="#4285F4" d="M19.5 12a7.5 7.5 0 0 1-2.2 5.3"></path>
  <path stroke="#34A853" d="M17.3 17.3a7.5 7.5 0 0 1-11.8-1.55"></path>
  <path stroke="#FBBC05" d="M5.5 15.75a7.5 7.5 0 0 1 0-7.5"></path>
  <path stroke="#EA4335" d="M5.5 8.25a7.5 7.5 0 0 1 11.8-1.55"></path>
</g><path fill="#4285F4" d="M12 10.2h9.3v3.6H12z"></path>`;

/** Apple: the bitten apple and its leaf, in the button's text colour. */
const APPLE = svg`<g fill="currentColor">
  <path d="M16.5 12.8c0-2 1.6-3 1.7-3.1-1-1.4-2.4-1.6-2.9-1.6-1.2-.1-2.4.7-3 .7-.6 0-1.6-.7-2.6-.7-1.4 0-2.6.8-3.3 2-1.4 2.4-.4 6 1 8 .7 1 1.5 2 2.5 2s1.4-.6 2.6-.6 1.6.6 2.6.6c1.1 0 1.8-1 2.4-2 .8-1.1 1.1-2.2 1.1-2.3-.1 0-2.1-.8-2.1-3z"></path>
  <path d="M14.6 6.1c.5-.7.9-1.6.8-2.6-.8 0-1.8.6-2.4 1.2-.5.6-1 1.5-.8 2.5.9.1 1.8-.5 2.4-1.1z"></path>
</g>`;

/** Facebook: the white "f" on the brand's blue circle. */
const FACEBOOK = svg`<circle cx="12" cy="12" r="10" fill="#0866FF"></circle>
<path fill="#fff" d="M13.4 22v-7.2h2.4l.4-2.8h-2.8v-1.8c0-.8.3-1.4 1.4-1.4h1.5V6.3c-.3 0-1.2-.1-2.2-.1-2.2 0-3.6 1.3-3.6 3.7v2.1H8.1v2.8h2.4V22z"></path>`;

/** Amazon: the smile, an arrow from a to z, in Amazon orange. */
const AMAZON = svg`<g fill="none" stroke="#FF9900" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">
  <path d="M3 13.5c5 3.6 12 3.8 17.2.4"></path><path d="M17.6 12.6l2.9 1-1 2.9"></path>
</g>`;

/** Any other provider (custom OIDC or SAML): a neutral "sign in" mark, a door with an arrow into it. */
const CUSTOM = svg`<g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
  <path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M4 12h11M11 8l4 4-4 4"></path>
</g>`;

const LOGOS: Record<string, TemplateResult> = { Google: GOOGLE, Apple: APPLE, Facebook: FACEBOOK, Amazon: AMAZON };

/** The logo of a provider as `signInWithRedirect` names it (`Google`, `Apple`, …); the neutral mark for others. */
export const providerLogo = (provider: string): TemplateResult =>
  logo(Object.hasOwn(LOGOS, provider) ? LOGOS[provider] : CUSTOM);
