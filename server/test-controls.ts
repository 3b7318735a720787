/**
 * What the test routes read and steer, kept apart from the pool's data: the outbox of codes "sent",
 * the log of operations received, queued faults, and the clock offset.
 */
export interface OutboxEntry {
  to: string;
  medium: 'EMAIL' | 'SMS';
  code: string;
  message: string;
  sentAt: string;
}

export interface Fault {
  status?: number;
  errorType?: string;
  delayMs?: number;
  times: number;
}

export class TestControls {
  outbox: OutboxEntry[] = [];
  requests: string[] = [];
  readonly faults = new Map<string, Fault[]>();
  clockOffsetMs = 0;

  /** The server's clock: real time plus the offset `/_clock` moved it by. */
  readonly now = (): number => Date.now() + this.clockOffsetMs;

  reset(): void {
    this.outbox = [];
    this.requests = [];
    this.faults.clear();
    this.clockOffsetMs = 0;
  }

  /** "Sends" a code: it lands in the outbox. */
  send(to: string, medium: OutboxEntry['medium'], code: string, purpose: string): void {
    this.outbox.push({
      to,
      medium,
      code,
      message: `${purpose}: your verification code is ${code}`,
      sentAt: new Date(this.now()).toISOString(),
    });
  }

  logRequest(operation: string): void {
    this.requests.push(operation);
  }

  addFault(operation: string, fault: Fault): void {
    const queue = this.faults.get(operation) ?? [];
    queue.push(fault);
    this.faults.set(operation, queue);
  }

  /** The fault for this call of `operation`, if one is queued. */
  takeFault(operation: string): Fault | undefined {
    const queue = this.faults.get(operation);
    const fault = queue?.[0];
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) queue.shift();
    return fault;
  }
}
