/**
 * What the test routes read and steer, kept apart from the pool's data: the outbox of codes "sent",
 * the log of operations received, queued faults, and the clock offset.
 */
export interface OutboxEntry {
  to: string;
  medium: 'EMAIL' | 'SMS';
  code: string;
  message: string;
  /** A sign-up confirmation link (pools that verify by link): opening it confirms the user. */
  link?: string;
  sentAt: string;
}

/** A Cognito operation as received (`GET /_request-log`): what tests assert about what the widget sent. */
export interface ReceivedRequest {
  operation: string;
  /** `Username`, or `USERNAME` of `AuthParameters` / `ChallengeResponses`, as sent. */
  username?: string;
  /** `ClientMetadata` as sent (what the pool's Lambda triggers would get). */
  clientMetadata?: Record<string, string>;
}

export interface Fault {
  status?: number;
  errorType?: string;
  delayMs?: number;
  times: number;
}

/** Bounds of what the controls keep: the oldest log and outbox entries go first. */
const MAX_ENTRIES = 10_000;
const MAX_FAULTS = 1000;

function append<T>(list: T[], entry: T): void {
  list.push(entry);
  if (list.length > MAX_ENTRIES) list.splice(0, list.length - MAX_ENTRIES);
}

export class TestControls {
  outbox: OutboxEntry[] = [];
  requests: string[] = [];
  received: ReceivedRequest[] = [];
  readonly faults = new Map<string, Fault[]>();
  clockOffsetMs = 0;

  /** The server's clock: real time plus the offset `/_clock` moved it by. */
  readonly now = (): number => Date.now() + this.clockOffsetMs;

  private readonly resetHooks: (() => void)[] = [];

  /** Runs `hook` at every reset (the hosted UI forgets its codes, requests and sessions). */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  reset(): void {
    this.outbox = [];
    this.requests = [];
    this.received = [];
    this.faults.clear();
    this.clockOffsetMs = 0;
    for (const hook of this.resetHooks) hook();
  }

  /** "Sends" a code (or a link holding it): it lands in the outbox. */
  send(to: string, medium: OutboxEntry['medium'], code: string, purpose: string, link?: string): void {
    append(this.outbox, {
      to,
      medium,
      code,
      message: link ? `${purpose}: open ${link}` : `${purpose}: your verification code is ${code}`,
      ...(link ? { link } : {}),
      sentAt: new Date(this.now()).toISOString(),
    });
  }

  logRequest(operation: string): void {
    append(this.requests, operation);
  }

  /** Records a Cognito operation's username and client metadata as received. */
  logReceived(entry: ReceivedRequest): void {
    append(this.received, entry);
  }

  /** Queues a fault; false when MAX_FAULTS are queued already. */
  addFault(operation: string, fault: Fault): boolean {
    const queued = [...this.faults.values()].reduce((sum, queue) => sum + queue.length, 0);
    if (queued >= MAX_FAULTS) return false;
    const queue = this.faults.get(operation) ?? [];
    queue.push(fault);
    this.faults.set(operation, queue);
    return true;
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
