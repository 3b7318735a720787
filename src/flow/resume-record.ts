/**
 * A pending record read back at startup (`resume.ts`): whether this version can resume it, and what startup does
 * with it. Loaded only when a record is there, so a first visit does not carry it.
 */
import type { PendingRecord } from './resume.js';
import type { StepData } from './step-data.js';
import { rowOf } from './steps.js';

const MAX_TEXT = 512;
const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isTextList = (value: unknown) =>
  Array.isArray(value) && value.length <= 16 && value.every((item) => isText(item, 64));
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** Only the details a step can show, each of the right type; anything else makes the record invalid. */
function validData(data: unknown): data is StepData {
  if (!isPlainObject(data)) return false;
  const checks: Record<string, (value: unknown) => boolean> = {
    codeDelivery: (value) =>
      isPlainObject(value) &&
      Object.entries(value).every(
        ([key, text]) =>
          ['destination', 'deliveryMedium', 'attributeName'].includes(key) && (text === undefined || isText(text)),
      ),
    firstFactor: (value) => value === true,
    allowedMFATypes: isTextList,
    availableChallenges: isTextList,
    missingAttributes: isTextList,
    additionalInfo: (value) =>
      isPlainObject(value) &&
      Object.keys(value).length <= 16 &&
      Object.values(value).every((text) => isText(text, 2048)),
  };
  return Object.entries(data).every(([key, value]) => Object.hasOwn(checks, key) && checks[key](value));
}

/** A record this version can resume: the right shape, a step that resumes, sane values. */
export function parseRecord(text: string | null): PendingRecord | undefined {
  let record: unknown;
  try {
    record = JSON.parse(text ?? 'null');
  } catch {
    return undefined;
  }
  if (!isPlainObject(record)) return undefined;
  const { step, username, data, expiresAt } = record;
  if (!isText(step, 64) || !rowOf(step).resume || rowOf(step).screen === 'unknown') return undefined;
  if (!isText(username) || !validData(data)) return undefined;
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return undefined;
  return { step, username, data, expiresAt };
}

/** What startup does with the pending record it found. */
export type ResumeDecision =
  | { kind: 'none' }
  | {
      kind: 'startOver';
      username: string;
      error?: { name: string; message: string; messageId: string };
      noticeId?: string;
    }
  | { kind: 'resume'; record: PendingRecord };

/**
 * Whether a record comes back. An expired one never does: a step on Amplify's session says the session expired; a
 * sessionless step (a reset or sign-up code) says its code has expired. A step that cannot resume starts over with
 * its row's notice.
 */
export function resumeDecision(record: (PendingRecord & { expired: boolean }) | undefined): ResumeDecision {
  if (!record) return { kind: 'none' };
  const { step, username, expired } = record;
  const { resume, restartNotice } = rowOf(step);
  if (expired && resume === 'sessionless') return { kind: 'startOver', username, noticeId: 'error.expiredCode' };
  if (expired) {
    const error = { name: 'SignInException', message: 'Sign-in session expired', messageId: 'error.sessionExpired' };
    return { kind: 'startOver', username, error };
  }
  if (resume === 'restart') return { kind: 'startOver', username, noticeId: restartNotice };
  const { expired: _expired, ...kept } = record;
  return { kind: 'resume', record: kept };
}
