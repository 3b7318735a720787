/**
 * The widget's own icons: small stroked inline SVG in `currentColor`, hidden from assistive technology (the
 * control or message beside them carries the words). Drawn on a 24 × 24 grid.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { NoticeKind } from '../../src/flow/notice-kind.js';

const icon = (body: TemplateResult) =>
  html`<svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${body}
  </svg>`;

const EYE = svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"></path><circle cx="12" cy="12" r="3"></circle>`;
const CIRCLE = svg`<circle cx="12" cy="12" r="9.5"></circle>`;

/** The show-password toggle: an open eye while the password is hidden, a struck-out one while it shows. */
export const eyeIcon = (shown: boolean) => icon(shown ? svg`${EYE}<path d="M3 3l18 18"></path>` : EYE);

const NOTICE: Record<NoticeKind, TemplateResult> = {
  info: svg`${CIRCLE}<path d="M12 11v6M12 7.5v.5"></path>`,
  success: svg`${CIRCLE}<path d="M7.5 12.5l3 3 6-6.5"></path>`,
  warning: svg`<path d="M12 3 2 20.5h20z"></path><path d="M12 10v4.5M12 17.5v.5"></path>`,
  error: svg`${CIRCLE}<path d="M12 7v6M12 16.5v.5"></path>`,
};

/** The icon of a notice of this kind (info, success, warning, error). */
export const noticeIcon = (kind: NoticeKind) => icon(NOTICE[kind]);
