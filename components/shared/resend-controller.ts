import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What the resend button reads from its step element. */
export interface ResendSource {
  /** The step can send a new code (now or after the cooldown). */
  canResend(): boolean;
  /** Milliseconds left in the step's cooldown. */
  waitMs(): number;
  /** When the last code was sent on this step (the flow's `resendAt`); a change means a new code went out. */
  sentAt(): number | undefined;
  send(): void;
  t(id: string, values?: { count: number }): string;
}

/**
 * "Send a new code" on every step that sends codes: the button (`data-action=resend-code`), disabled with a
 * countdown while the flow's cooldown runs, so a press is never silently ignored; and, once a new code went out,
 * the code field emptied and focused for it.
 */
export class ResendController implements ReactiveController {
  /** Seconds left before a new code can be asked for; ticks while the cooldown runs. */
  private waitSeconds = 0;
  private ticker?: ReturnType<typeof setInterval>;
  private lastSentAt?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: ResendSource,
  ) {
    host.addController(this);
  }

  /**
   * The button, or nothing where the step cannot send a code. `labelId` names what is sent; the countdown shows in
   * the label of a code only (a link's button is disabled without one).
   */
  render(labelId = 'action.resendCode'): TemplateResult | typeof nothing {
    if (!this.source.canResend()) return nothing;
    const waiting = this.waitSeconds > 0;
    const countdown = waiting && labelId === 'action.resendCode';
    return html`<button
      type="button"
      class="auth-link"
      data-action="resend-code"
      ?disabled=${waiting}
      @click=${() => this.source.send()}
    >
      ${countdown ? this.source.t('action.resendCodeIn', { count: this.waitSeconds }) : this.source.t(labelId)}
    </button>`;
  }

  hostUpdated() {
    const sentAt = this.source.sentAt();
    if (sentAt === this.lastSentAt) return;
    this.lastSentAt = sentAt;
    if (sentAt === undefined) return;
    // A new code was sent: the old one is no use, so the field is cleared for the new one.
    const code = this.host.querySelector<HTMLInputElement>('input[name=code]');
    if (code) {
      code.value = '';
      code.focus();
    }
    this.startCountdown();
  }

  hostDisconnected() {
    clearInterval(this.ticker);
  }

  private startCountdown() {
    clearInterval(this.ticker);
    const tick = () => {
      const seconds = Math.ceil(this.source.waitMs() / 1000);
      if (seconds !== this.waitSeconds) {
        this.waitSeconds = seconds;
        this.host.requestUpdate();
      }
      if (seconds === 0) clearInterval(this.ticker);
    };
    tick();
    this.ticker = setInterval(tick, 1000);
  }
}
