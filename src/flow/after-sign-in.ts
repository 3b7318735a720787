/**
 * What follows once tokens exist, in this order: `VERIFY_CONTACT` (a contact the pool verifies is not verified),
 * then `PASSKEY_PROMPT` (asked for, and no passkey yet), then `DONE`. Each stage is asked only after the one
 * before it has passed.
 */
import type { AuthService, ContactAttribute, SignedInUser } from '../auth-service.js';
import type { FlowOptions } from './options.js';
import { shouldOfferPasskey } from './passkey-offer.js';
import type { StepData } from './step-data.js';
import type { Step } from './steps.js';

const STAGES = ['VERIFY_CONTACT', 'PASSKEY_PROMPT', 'DONE'] as const;
export type AfterSignInStep = (typeof STAGES)[number];

export interface AfterSignInEnvironment {
  options: FlowOptions;
  service: AuthService;
  user: SignedInUser;
  localStore?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Runs each service call (so a late answer is dropped like any other). */
  call: <T>(request: () => Promise<T>) => Promise<T>;
}

/** The signed-in user's contacts that the pool verifies, that they have, and that are not verified yet. */
export function unverifiedContacts(
  verifiable: readonly ContactAttribute[],
  attributes: Partial<Record<string, string>>,
): ContactAttribute[] {
  return verifiable.filter((name) => attributes[name] && attributes[`${name}_verified`] !== 'true');
}

async function contactsToVerify({ options, service, call }: AfterSignInEnvironment): Promise<ContactAttribute[]> {
  const verifiable = service.signUpSettings().verificationAttributes;
  if (options.verifyContact === 'never' || verifiable.length === 0) return [];
  const attributes = await call(() => service.fetchUserAttributes().catch(() => ({})));
  return unverifiedContacts(verifiable, attributes);
}

/** The first stage after `from` (after the sign-in itself when none) that applies, and its details. */
export async function stageAfter(
  from: Step | undefined,
  environment: AfterSignInEnvironment,
): Promise<{ step: AfterSignInStep; data: StepData }> {
  const start = from === undefined ? 0 : STAGES.indexOf(from as AfterSignInStep) + 1;
  for (const stage of STAGES.slice(start)) {
    if (stage === 'VERIFY_CONTACT') {
      const contacts = await contactsToVerify(environment);
      if (contacts.length) return { step: stage, data: { contacts } };
    } else if (stage === 'PASSKEY_PROMPT') {
      const { options, localStore, user, service, call } = environment;
      if (await shouldOfferPasskey(options, localStore, user, service, call)) return { step: stage, data: {} };
    }
  }
  return { step: 'DONE', data: {} };
}
