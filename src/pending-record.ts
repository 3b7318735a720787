/**
 * The widget's own record of an in-progress sign-in, kept in the tab's `sessionStorage` beside Amplify's
 * session so a reload (or another page of the site in the same tab) comes back on the same step.
 * It holds the step's details only: never a password, a code or a TOTP secret.
 */
import type { StepData } from './step-data.js';
import type { Step } from './steps.js';

export const PENDING_KEY = 'auth-sign-in:pending';
/** Amplify keeps its in-progress sign-in for 3 minutes. */
export const PENDING_TTL_MS = 3 * 60 * 1000;

export interface PendingRecord {
  step: Step;
  username: string;
  data: StepData;
  expiresAt: number;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const defaultStore = (): KeyValueStore | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage blocked (sandboxed iframe, privacy settings): nothing resumes
  }
};

export class PendingStore {
  constructor(
    private readonly store: KeyValueStore | undefined = defaultStore(),
    private readonly now: () => number = Date.now,
  ) {}

  save(step: Step, username: string, data: StepData, ttl = PENDING_TTL_MS) {
    const record: PendingRecord = { step, username, data, expiresAt: this.now() + ttl };
    this.store?.setItem(PENDING_KEY, JSON.stringify(record));
  }

  /** The record, with `expired` telling whether Amplify's session has certainly ended. */
  load(): (PendingRecord & { expired: boolean }) | undefined {
    try {
      const record = JSON.parse(this.store?.getItem(PENDING_KEY) ?? 'null') as PendingRecord | null;
      if (!record?.step) return undefined;
      return { ...record, expired: record.expiresAt <= this.now() };
    } catch {
      return undefined;
    }
  }

  clear() {
    this.store?.removeItem(PENDING_KEY);
  }
}
