/**
 * `<auth-account>`'s profile section: the person's email, phone number and names (`fetchUserAttributes`). A name is
 * saved at once (`updateUserAttributes`); a new email or phone number waits for the code sent to it (`confirmUserAttribute`),
 * with a new code on request after the cooldown, and until then the old one stays the sign-in identifier. The form
 * names its action in `choice`: `cancel` leaves the code; a submit with no choice saves the fields, or, while a code is
 * awaited, confirms it.
 */
import type { AttributeUpdate, AccountService, ContactAttribute } from '../auth-service.js';
import { errorName, inputError, type FlowError } from './errors.js';
import { RESEND_COOLDOWN_MS } from './resend.js';
import type { Notice } from './store.js';
import { checkCode, checkEmail, checkPhone, normalizeCode, normalizePhone } from './validation.js';

export type ProfileAction = 'profileUpdated' | 'emailChanged' | 'phoneChanged';

/** The attributes the section edits. */
export type ProfileAttribute = ContactAttribute | 'name' | 'given_name' | 'family_name';

/** What the section shows; `undefined` until loaded. */
export interface ProfileView {
  /** The attributes as the server has them. */
  attributes: Partial<Record<ProfileAttribute, string>>;
  /** The fields shown, in order: email and phone number where the person has them, the names they have (given and family names when none). */
  fields: ProfileAttribute[];
  /** New values waiting for their code, the first one's code asked for now; where it went. */
  pending?: { attributes: ContactAttribute[]; values: Partial<Record<ContactAttribute, string>>; destination?: string };
  /** When a new code can be asked for again. */
  resendAt?: number;
}

/** What the section needs of `<auth-account>`'s controller, bound to this section. */
export interface ProfileSectionTools {
  service: AccountService;
  view(): ProfileView | undefined;
  setView(view: ProfileView | undefined): void;
  run(task: () => Promise<void>): Promise<void>;
  fail(error: unknown): Promise<void>;
  /** A change succeeded: the event, and the notice that says so. */
  succeeded(action: ProfileAction | undefined, notice: Notice): void;
  now(): number;
}

const CONTACTS: readonly ContactAttribute[] = ['email', 'phone_number'];
const NAMES: readonly ProfileAttribute[] = ['name', 'given_name', 'family_name'];
const CHANGED_ACTION: Record<ContactAttribute, ProfileAction> = { email: 'emailChanged', phone_number: 'phoneChanged' };

/** The fields a person with these attributes sees. */
export function profileFields(attributes: Partial<Record<string, string>>): ProfileAttribute[] {
  const names = NAMES.filter((name) => attributes[name] !== undefined);
  return [
    ...CONTACTS.filter((contact) => attributes[contact] !== undefined),
    ...(names.length ? names : (['given_name', 'family_name'] as const)),
  ];
}

export class ProfileSection {
  constructor(private readonly tools: ProfileSectionTools) {}

  load(): Promise<void> {
    return this.tools.run(() => this.reload());
  }

  submit(values: Readonly<Record<string, string | undefined>>): Promise<void> {
    const view = this.tools.view();
    if (!view) return this.load();
    if (values.choice === 'cancel')
      return this.tools.run(async () => this.tools.setView({ ...view, pending: undefined }));
    if (view.pending) return this.confirm(view, view.pending.attributes[0], normalizeCode(values.code ?? ''));
    return this.save(view, values);
  }

  /** A new code for the email or phone number awaiting one, once the cooldown is over. */
  resend(): Promise<void> {
    const view = this.tools.view();
    if (!view?.pending || this.waitMs() > 0) return Promise.resolve();
    const attribute = view.pending.attributes[0];
    return this.tools.run(async () => {
      await this.tools.service.sendUserAttributeVerificationCode(attribute);
      this.tools.setView({ ...this.tools.view()!, resendAt: this.tools.now() + RESEND_COOLDOWN_MS });
      this.tools.succeeded(undefined, { messageId: 'hint.codeResentNoDestination' });
    });
  }

  /** Milliseconds before a new code can be asked for. */
  waitMs(): number {
    return Math.max(0, (this.tools.view()?.resendAt ?? 0) - this.tools.now());
  }

  private save(view: ProfileView, values: Readonly<Record<string, string | undefined>>) {
    const changed: Partial<Record<ProfileAttribute, string>> = {};
    for (const field of view.fields) {
      const typed = field === 'phone_number' ? normalizePhone(values[field] ?? '') : (values[field] ?? '').trim();
      if (typed !== (view.attributes[field] ?? '')) changed[field] = typed;
    }
    const rejected =
      (changed.email !== undefined ? checkEmail(changed.email) : undefined) ??
      (changed.phone_number !== undefined ? checkPhone(changed.phone_number) : undefined);
    if (rejected) return this.tools.fail(rejected);
    const contact = CONTACTS.find((name) => changed[name] !== undefined);
    return this.tools.run(async () => {
      if (!Object.keys(changed).length) return this.tools.succeeded(undefined, { messageId: 'account.profile.saved' });
      let result: AttributeUpdate;
      try {
        result = await this.tools.service.updateUserAttributes(changed);
      } catch (error) {
        throw contact ? atContact(error, contact) : error;
      }
      const pending = CONTACTS.filter((name) => result.pending.includes(name));
      await this.reload();
      if (NAMES.some((name) => changed[name] !== undefined))
        this.tools.succeeded('profileUpdated', { messageId: 'account.profile.saved' });
      for (const name of CONTACTS.filter((name) => changed[name] !== undefined && !pending.includes(name)))
        this.tools.succeeded(CHANGED_ACTION[name], { messageId: 'account.profile.saved' });
      if (!pending.length) return;
      const values = Object.fromEntries(pending.map((name) => [name, changed[name]]));
      this.tools.setView({
        ...this.tools.view()!,
        pending: { attributes: pending, values, destination: result.destination },
        resendAt: this.tools.now() + RESEND_COOLDOWN_MS,
      });
    });
  }

  private confirm(view: ProfileView, attribute: ContactAttribute, code: string) {
    const rejected = checkCode(code);
    if (rejected) return this.tools.fail(rejected);
    const pending = view.pending!;
    return this.tools.run(async () => {
      await this.tools.service.confirmUserAttribute(attribute, code);
      await this.reload();
      const left = pending.attributes.slice(1);
      this.tools.setView({
        ...this.tools.view()!,
        pending: left.length ? { ...pending, attributes: left } : undefined,
      });
      this.tools.succeeded(CHANGED_ACTION[attribute], {
        messageId: 'account.profile.confirmed',
        values: { value: pending.values[attribute] },
      });
    });
  }

  private async reload() {
    const attributes = await this.tools.service.fetchUserAttributes();
    const kept: Partial<Record<ProfileAttribute, string>> = {};
    for (const name of [...CONTACTS, ...NAMES]) if (attributes[name] !== undefined) kept[name] = attributes[name];
    this.tools.setView({ ...this.tools.view(), attributes: kept, fields: profileFields(kept) });
  }
}

/** An email or phone number someone else's account already has: said at its field. */
function atContact(error: unknown, contact: ContactAttribute): unknown {
  if (errorName(error) !== 'AliasExistsException') return error;
  const exists: FlowError = inputError(contact, `error.accountExists.${contact}`, 'AliasExistsException');
  return exists;
}
