import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AuthContext } from '../context.js';

/** A step element: what the button reads (the flow and text the host hands it, and its own step). */
type StepHost = ReactiveControllerHost & HTMLElement & { context?: AuthContext; step: string };

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

  constructor(private readonly host: StepHost) {
    host.addController(this);
  }

  /** The flow, while its current step is the host's. */
  private get flow() {
    const flow = this.host.context?.flow;
    return flow?.state.step === this.host.step ? flow : undefined;
  }

  /**
   * The button, or nothing where the step cannot send a code. `labelId` names what is sent; the countdown shows in
   * the label of a code only (a link's button is disabled without one).
   */
  render(labelId = 'action.resendCode'): TemplateResult | typeof nothing {
    const t = this.host.context?.t;
    if (!t || !this.flow?.view().canResend) return nothing;
    const waiting = this.waitSeconds > 0;
    const countdown = waiting && labelId === 'action.resendCode';
    return html`<button
      type="button"
      class="auth-link"
      data-action="resend-code"
      ?disabled=${waiting}
      @click=${() => void this.flow?.resendCode()}
    >
      ${countdown ? t('action.resendCodeIn', { count: this.waitSeconds }) : t(labelId)}
    </button>`;
  }

  hostUpdated() {
    const sentAt = this.flow?.state.resendAt;
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
      const seconds = Math.ceil((this.flow?.view().resendWaitMs ?? 0) / 1000);
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
