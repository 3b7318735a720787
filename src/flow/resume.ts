/**
 * The widget's own record of an in-progress sign-in, kept in the tab's session storage (handed in by the host)
 * beside Amplify's session, so a reload comes back on the same step. It holds the step's details only: never a
 * password, a code or a TOTP secret. This module and `resume-record.ts` (the record's check, and what startup does
 * with it) are the only ones that know the record's key and shape.
 */
import type { StepData } from './step-data.js';
import { rowOf, type Step } from './steps.js';

export const PENDING_KEY = 'auth-sign-in:pending';
/** Amplify keeps its in-progress sign-in for 3 minutes after each answer from Cognito. */
export const SESSION_TTL_MS = 3 * 60 * 1000;
/** Steps needing no Amplify session live as long as their codes might. */
export const SESSIONLESS_TTL_MS = 60 * 60 * 1000;

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PendingRecord {
  step: Step;
  username: string;
  data: StepData;
  expiresAt: number;
}

/** How long a step entered now can be resumed; 0 where it is not resumed. */
export function resumeTtl(step: Step): number {
  const { resume } = rowOf(step);
  if (resume === 'sessionless') return SESSIONLESS_TTL_MS;
  return resume ? SESSION_TTL_MS : 0;
}

export class PendingStore {
  constructor(
    private readonly store: KeyValueStore | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  save(record: PendingRecord) {
    try {
      this.store?.setItem(PENDING_KEY, JSON.stringify(record));
    } catch {
      // storage full or blocked: nothing resumes
    }
  }

  /**
   * The record if it can be resumed, with `expired` telling whether its time is up; invalid ones are removed. Its
   * check (`resume-record.ts`) loads only when there is a record: a first visit does not carry it.
   */
  async load(): Promise<(PendingRecord & { expired: boolean }) | undefined> {
    let text: string | null = null;
    try {
      text = this.store?.getItem(PENDING_KEY) ?? null;
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    const record = (await import('./resume-record.js')).parseRecord(text);
    if (!record) {
      this.clear();
      return undefined;
    }
    return { ...record, expired: record.expiresAt <= this.now() };
  }

  clear() {
    try {
      this.store?.removeItem(PENDING_KEY);
    } catch {
      // blocked storage: nothing was saved either
    }
  }
}
