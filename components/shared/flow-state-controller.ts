import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowController } from '../../src/flow-controller.js';

/** Re-renders its host whenever the flow's state changes. */
export class FlowStateController implements ReactiveController {
  private unsubscribe?: () => void;
  private subscribed?: FlowController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly flow: () => FlowController | undefined,
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
    this.unsubscribe = this.subscribed?.subscribe(() => this.host.requestUpdate());
  }
}
