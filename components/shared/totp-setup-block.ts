import { css, html, nothing, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import { TOTP_CODE_LENGTH } from '../../src/flow/code-length.js';
import { qrSvg } from './qr-svg.js';

/** An element's one-time code field (`AuthStepElement.codeField`). */
type CodeField = (hint: string, length: number, sayLength: boolean) => TemplateResult;

/**
 * The authenticator-app setup as the sign-in's `CONTINUE_SIGN_IN_WITH_TOTP_SETUP` screen and `<auth-account>`'s
 * two-step verification section both show it: numbered steps, the QR code (inline SVG, drawn by the ES-module
 * encoder `qr`, loaded only here), the setup key in groups of four that never split with a "Copy setup key" button
 * ("Copied" is shown and announced), and the `otpauth://` link. One copy, used by both.
 */

/** The numbered steps, the key and the QR code, for the element named `tag` (`auth-sign-in`, `auth-account`). */
export const totpStyles = (tag: string) => {
  const host = unsafeCSS(tag);
  return css`
    ${host} .auth-steps {
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: auth-step;
      display: grid;
      gap: var(--_space-m);
    }
    ${host} .auth-steps > li {
      counter-increment: auth-step;
      display: grid;
      grid-template-columns: 1.75rem minmax(0, 1fr);
      gap: var(--_space-s);
      align-items: start;
    }
    ${host} .auth-steps > li > * {
      grid-column: 2;
    }
    ${host} .auth-steps > li::before {
      content: counter(auth-step);
      grid-area: 1 / 1;
      width: 1.75rem;
      height: 1.75rem;
      border-radius: 50%;
      display: grid;
      place-items: center;
      font-size: var(--_font-size-small);
      font-weight: 600;
      color: var(--_color-on-primary);
      background: var(--_color-primary);
    }
    ${host} .auth-secret {
      font-family: ui-monospace, monospace;
      user-select: all;
    }
    /* A group of four never splits; groups wrap between each other. */
    ${host} .auth-secret span {
      white-space: nowrap;
      display: inline-block;
    }
    ${host} .auth-actions-start {
      justify-content: flex-start;
    }
    ${host} .auth-qr {
      width: 11rem;
      height: 11rem;
      justify-self: start;
    }
  `;
};

/** The setup key in groups of four, as people read it out and type it (each group kept whole on a line). */
const grouped = (secret: string) => secret.match(/.{1,4}/g) ?? [];

type Translate = (id: string) => string;

/** Draws the QR code of a setup and keeps the "Copied" state of its key; `steps()` renders the numbered list. */
export class TotpSetupController implements ReactiveController {
  private qrCode?: TemplateResult;
  private qrFailed = false;
  private copied = false;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private drawnUri?: string;

  /** `copiedMs`: how long "Copied" shows before the button reads "Copy setup key" again. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly copiedMs: () => number = () => 3000,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.copiedTimer);
  }

  /** Draws the QR code of `uri` once (again only when `uri` changes). */
  async draw(uri: string | undefined, label: string) {
    if (!uri || uri === this.drawnUri) return;
    this.drawnUri = uri;
    const qrCode = await qrSvg(uri, label);
    if (this.drawnUri !== uri) return;
    this.qrCode = qrCode;
    this.qrFailed = !qrCode;
    this.host.requestUpdate();
  }

  /**
   * The three numbered steps: open an app; scan or copy; the first code, in the element's own code field
   * (`codeField`, given its hint and the code's length, which that hint already says).
   */
  steps(t: Translate, { secret, uri }: { secret: string; uri: string }, codeField: CodeField): TemplateResult {
    const copied = this.copied ? t('hint.totpCopied') : '';
    // The setup key is read right after its label: a `code` element takes no name of its own (ARIA prohibits it).
    return html`<ol class="auth-steps">
      <li><p>${t('hint.totpStepApp')}</p></li>
      <li>
        <p>${t('hint.totpStepScan')}</p>
        ${this.qrCode ?? nothing}
        ${this.qrFailed ? html`<p class="auth-hint" role="status">${t('error.qrCode')}</p>` : nothing}
        <p>
          <span class="auth-hint">${t('hint.totpSecret')}</span><br />
          <code class="auth-secret" data-totp-secret
            >${grouped(secret).map((group, index) => html`${index ? ' ' : ''}<span>${group}</span>`)}</code
          >
        </p>
        <div class="auth-actions auth-actions-start">
          <button type="button" class="auth-link" @click=${() => this.copy(secret)}>
            ${this.copied ? t('hint.totpCopied') : t('action.copySetupKey')}
          </button>
          <a class="auth-link" href=${uri}>${t('action.openAuthenticator')}</a>
        </div>
        <span class="auth-sr" role="status">${copied}</span>
      </li>
      <li>${codeField(t('hint.totpStepCode'), TOTP_CODE_LENGTH, false)}</li>
    </ol>`;
  }

  private copy(secret: string) {
    // The clipboard may ask the browser for permission: the button answers at once either way.
    void navigator.clipboard?.writeText(secret).catch(() => undefined);
    this.copied = true;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => {
      this.copied = false;
      this.host.requestUpdate();
    }, this.copiedMs());
    this.host.requestUpdate();
  }
}
