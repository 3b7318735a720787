/**
 * The show-password toggle's icon: small stroked inline SVG in `currentColor`, hidden from assistive technology (the
 * button's name carries the words). Drawn on a 24 × 24 grid. (Notice icons are CSS badges: see the form styles.)
 */
import { html, svg, type TemplateResult } from 'lit';

const EYE = svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"></path><circle cx="12" cy="12" r="3"></circle>`;

/** The show-password toggle: an open eye while the password is hidden, a struck-out one while it shows. */
export const eyeIcon = (shown: boolean): TemplateResult =>
  html`<svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
  >
    ${EYE}${shown ? svg`<path d="M3 3l18 18"></path>` : ''}
  </svg>`;
