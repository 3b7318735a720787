import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowController } from '../../src/flow/controller.js';
import type { FlowState } from '../../src/flow/store.js';
import type { Step } from '../../src/flow/steps.js';

/**
 * Keeps its host's copy of the flow's state, and re-renders it on every change, only while the flow is on the
 * host's own step: the element being replaced keeps showing its own step until it is gone.
 */
export class FlowStateController implements ReactiveController {
  /** The state as it was while the host's step was current. */
  state?: FlowState;
  private unsubscribe?: () => void;
  private subscribed?: FlowController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly flow: () => FlowController | undefined,
    private readonly step: () => Step,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.resubscribe();
  }

  hostUpdate() {
    // The context may arrive or change after connection.
    if (this.flow() !== this.subscribed) this.resubscribe();
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }

  private resubscribe() {
    this.unsubscribe?.();
    this.subscribed = this.flow();
    this.take();
    this.unsubscribe = this.subscribed?.subscribe(() => {
      if (this.take()) this.host.requestUpdate();
    });
  }

  /** Copies the flow's state when it is about the host's step; whether it did. */
  private take(): boolean {
    const state = this.subscribed?.state;
    if (!state || (state.step !== undefined && state.step !== this.step())) return false;
    this.state = state;
    return true;
  }
}
