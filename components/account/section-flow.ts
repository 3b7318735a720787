import type { AccountService } from '../../src/auth-service.js';
import type { AccountController, AccountSection, AccountState } from '../../src/flow/account.js';
import type { ListState } from '../../src/flow/account-lists.js';
import type { FlowController } from '../../src/flow/controller.js';
import type { FlowState } from '../../src/flow/store.js';

/**
 * One section of `<auth-account>` seen as the step elements see the sign-in's flow: its state (busy, error, notice)
 * in the shape of `FlowState`, its form's submit, the service. So a section is a step element like any other
 * (`AuthStepElement`: the same form frame, fields, errors at their field, password toggles) with no copy of them.
 */
export class SectionFlow {
  private last?: { source: unknown; state: FlowState };

  constructor(
    private readonly account: AccountController,
    private readonly section: AccountSection,
  ) {}

  get state(): FlowState {
    const source = this.account.state.sections[this.section];
    const resendAt = this.section === 'profile' ? this.account.state.profile?.resendAt : undefined;
    if (this.last?.source !== source || this.last.state.resendAt !== resendAt) {
      const { busy, error, notice } = source;
      const username = this.account.state.user?.loginId ?? this.account.state.user?.username ?? '';
      const step = this.section as FlowState['step'];
      this.last = { source, state: { step, username, data: {}, busy, error, notice, resendAt } };
    }
    return this.last.state;
  }

  /** What the resend button reads: whether a code is awaited, and how long before a new one can be sent. */
  view(): { canResend: boolean; resendWaitMs: number } {
    const canResend = this.section === 'profile' && Boolean(this.account.state.profile?.pending);
    return { canResend, resendWaitMs: this.account.resendWaitMs(this.section) };
  }

  /** "Send a new code" (the profile's new email or phone number). */
  resendCode(): Promise<void> {
    return this.account.resendCode(this.section);
  }

  get service(): AccountService {
    return this.account.service;
  }

  /** How many times the section's action succeeded (the element then empties its form). */
  get done(): number {
    return this.account.state.sections[this.section].done;
  }

  /** A list section's rows and pending confirmation (passkeys, devices). */
  get list(): ListState {
    return this.account.state.sections[this.section];
  }

  /** The whole account's state: a section that shows more than its form's state reads its part here. */
  get accountState(): AccountState {
    return this.account.state;
  }

  /** Loads what the section shows (two-step verification: what is on). */
  load(): Promise<void> {
    return this.account.load(this.section);
  }

  subscribe(listener: () => void): () => void {
    return this.account.subscribe(listener);
  }

  submit(_step: string, values: Readonly<Record<string, string | undefined>>): Promise<void> {
    return this.account.submit(this.section, values);
  }

  /** As the step elements take their flow: they call only what this class has. */
  asFlow(): FlowController {
    return this as unknown as FlowController;
  }
}
