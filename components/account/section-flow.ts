import type { AuthService } from '../../src/auth-service.js';
import type { AccountController, AccountSection } from '../../src/flow/account.js';
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
    if (this.last?.source !== source) {
      const { busy, error, notice } = source;
      const username = this.account.state.user?.loginId ?? this.account.state.user?.username ?? '';
      this.last = { source, state: { username, data: {}, busy, error, notice } };
    }
    return this.last.state;
  }

  get service(): AuthService {
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
