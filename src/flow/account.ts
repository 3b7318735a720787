/**
 * `<auth-account>`'s flow: the signed-in person's account, one section per form. It knows no DOM: the host renders
 * `state`, sends each section's form through `submit(section, values)`, and turns the sink calls into events. It
 * shares the sign-in's service, error policy, validation and session watch (`session-watch.ts`): a sign-out in
 * another tab or a refused refresh ends it as it ends `<auth-sign-in>`.
 */
import type { AccountService, SignedInUser } from '../auth-service.js';
import { isListSection, loadList, submitList, LIST_SECTIONS, type ListHost, type ListState } from './account-lists.js';
import { describeError, errorMessage, errorName, inputError, isFlowError, type FlowError } from './errors.js';
import { runHooks } from './hook-runner.js';
import type { AuthHooks, FormValues } from './hooks.js';
import { watchSession, type OnlineSignal } from './session-watch.js';
import type { Notice } from './store.js';
import { checkNewPassword, requireFields } from './validation.js';
import { ACCOUNT_SECTIONS, type AccountSection, type AccountChange } from './account-sections.js';
import { MfaSection, type MfaView } from './account-mfa.js';
import { ProfileSection, type ProfileView } from './account-profile.js';

export { ACCOUNT_SECTIONS, type AccountSection, type AccountChange };

export interface SectionState extends ListState {
  busy: boolean;
  error?: FlowError;
  notice?: Notice;
  /** Bumped by each success: the host empties the section's form. */
  done: number;
}

export interface AccountState {
  /** `undefined` while startup runs; `null`: nobody is signed in. */
  user?: SignedInUser | null;
  sections: Record<AccountSection, SectionState>;
  /** The two-step verification section's view, once loaded. */
  mfa?: MfaView;
  /** The profile section's view, once loaded. */
  profile?: ProfileView;
  /** Why the person is signed out, when the element knows (`notice.signedOut`, `notice.sessionEnded`). */
  signedOutNotice?: Notice;
}

export interface AccountSink {
  changed(change: AccountChange): void;
  signedOut(): void;
  error(section: AccountSection, error: FlowError): void;
}

export interface AccountEnvironment {
  service: AccountService;
  sink: AccountSink;
  online?: OnlineSignal;
  /** The issuer authenticator apps show for an app set up here (`totp-issuer`, else the page's host). */
  totpIssuer?: () => string;
  /** The page's hooks (the `hooks` property): `validate` runs before each section's call, given the section's name. */
  hooks?: () => AuthHooks | undefined;
  /** The clock for the profile's code cooldown; `Date.now` by default. */
  now?: () => number;
}

/** Picks and orders the sections an app asked for (unknown names are dropped); none asked for: all of them. */
export function sectionsOf(attribute: string | undefined): AccountSection[] {
  const asked = (attribute ?? '')
    .split(/\s+/)
    .filter((name): name is AccountSection => (ACCOUNT_SECTIONS as readonly string[]).includes(name));
  return asked.length ? [...new Set(asked)] : [...ACCOUNT_SECTIONS];
}

/** The fields an error can sit at; any other error shows in the section's alert. */
const PLACED_FIELDS = [
  'password',
  'newPassword',
  'confirmPassword',
  'confirmDelete',
  'code',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
];

const idle = (): SectionState => ({ busy: false, done: 0 });

export class AccountController {
  state: AccountState = {
    sections: {
      profile: idle(),
      password: idle(),
      mfa: idle(),
      passkeys: idle(),
      devices: idle(),
      sessions: idle(),
      delete: idle(),
    },
  };
  private readonly mfa = new MfaSection({
    service: () => this.env.service.mfa(),
    account: () => this.state.user?.loginId ?? this.state.user?.username ?? '',
    issuer: () => this.env.totpIssuer?.() ?? '',
    view: () => this.state.mfa,
    setView: (mfa) => this.update({ mfa }),
    run: (task) => this.run('mfa', task),
    fail: (error) => this.fail('mfa', error),
    succeeded: (action, notice) => {
      this.env.sink.changed({ section: 'mfa', action });
      this.patch('mfa', { notice, done: this.doneOf('mfa') + 1 });
    },
  });
  private readonly profile = new ProfileSection({
    service: this.env.service,
    view: () => this.state.profile,
    setView: (profile) => this.update({ profile }),
    run: (task) => this.run('profile', task),
    fail: (error) => this.fail('profile', error),
    succeeded: (action, notice) => {
      if (action) this.env.sink.changed({ section: 'profile', action });
      this.patch('profile', { notice });
    },
    now: () => (this.env.now ?? Date.now)(),
  });
  private readonly listeners = new Set<() => void>();
  private stopWatch?: () => void;

  constructor(private readonly env: AccountEnvironment) {}

  /** Loads what a section shows before its form (two-step verification: what is on; the profile); others have nothing to load. */
  load(section: AccountSection): Promise<void> {
    if (!this.state.user) return Promise.resolve();
    if (section === 'profile') return this.profile.load();
    return section === 'mfa' ? this.mfa.load() : Promise.resolve();
  }

  /** "Send a new code" in a section that awaits one (the profile's new email or phone number), after the cooldown. */
  resendCode(section: AccountSection): Promise<void> {
    return section === 'profile' && this.state.user ? this.profile.resend() : Promise.resolve();
  }

  /** Milliseconds before a section can send a new code. */
  resendWaitMs(section: AccountSection): number {
    return section === 'profile' ? this.profile.waitMs() : 0;
  }

  get service(): AccountService {
    return this.env.service;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Configures, then finds who is signed in; nobody: `auth-signed-out`. */
  async start(configure: () => Promise<void>): Promise<void> {
    try {
      await configure();
    } catch {
      return this.signedOut({ messageId: 'notice.signedOut' });
    }
    const { service } = this;
    this.stopWatch ??= watchSession(
      service,
      {
        // A call under way is this element's own news (a sign-out everywhere signs this tab out too).
        standing: () =>
          this.busy() ? 'busy' : this.state.user ? 'signedIn' : this.state.user === null ? 'idle' : 'busy',
        signedOut: (ended) => this.signedOut({ messageId: ended ? 'notice.sessionEnded' : 'notice.signedOut' }),
        signedIn: async () => {
          const user = (await service.currentUser()) ?? null;
          this.update({ user, signedOutNotice: undefined });
          if (user) this.loadLists();
        },
      },
      this.env.online,
    );
    const user = await service.currentUser();
    if (!user) return this.signedOut();
    this.update({ user });
    this.loadLists();
  }

  /** The sections to show of those asked for (`sections="…"`): a list section the pool or browser does not allow is not. */
  shownSections(attribute: string | undefined): AccountSection[] {
    return sectionsOf(attribute).filter((section) => this.state.sections[section].shown !== false);
  }

  /** Loads what the list sections show (each on its own: one that fails says so and the others still show). */
  private loadLists() {
    for (const section of LIST_SECTIONS) void loadList(this.lists, section);
  }

  private readonly lists: ListHost = {
    service: this.env.service,
    read: (section) => this.state.sections[section],
    patch: (section, patch) => this.patch(section, patch),
    run: (section, task) => this.run(section, task),
    fail: (section, error) => this.fail(section, error),
    changed: (section, action) => this.env.sink.changed({ section, action }),
  };

  dispose() {
    this.stopWatch?.();
    this.stopWatch = undefined;
  }

  /** A section's form was submitted with these values; the page's `validate` hook sees them first. */
  submit(section: AccountSection, values: FormValues): Promise<void> {
    if (!this.state.user || this.state.sections[section].busy) return Promise.resolve();
    const validate = this.env.hooks?.()?.validate;
    if (typeof validate !== 'function') return this.act(section, values);
    return this.run(section, async () => {
      const checked = await runHooks([validate], section, values);
      this.patch(section, { busy: false });
      await this.act(section, checked.values);
    });
  }

  /** What a section's submit does with its values. */
  private act(section: AccountSection, values: FormValues): Promise<void> {
    if (section === 'password') return this.changePassword(values);
    if (section === 'delete') return this.deleteAccount(values);
    if (isListSection(section)) return submitList(this.lists, section, values);
    if (section === 'mfa') return this.mfa.submit(values);
    if (section === 'profile') return this.profile.submit(values);
    return this.run('sessions', async () => {
      await this.env.service.signOutEverywhere();
      this.env.sink.changed({ section: 'sessions', action: 'signedOutEverywhere' });
      this.signedOut({ messageId: 'notice.signedOut' });
    });
  }

  private changePassword(values: Readonly<Record<string, string | undefined>>) {
    const current = values.password ?? '';
    const newPassword = values.newPassword ?? '';
    const rejected =
      requireFields({ password: current }, ['password']) ?? checkNewPassword(newPassword, values.confirmPassword);
    if (rejected) return this.fail('password', rejected);
    return this.run('password', async () => {
      try {
        await this.env.service.updatePassword(current, newPassword);
      } catch (error) {
        // Cognito says a wrong current password as NotAuthorizedException (a revoked session names its token).
        if (errorName(error) !== 'NotAuthorizedException' || /token/i.test(errorMessage(error))) throw error;
        const wrong = inputError('password', 'account.error.currentPassword', 'NotAuthorizedException');
        throw { ...wrong, message: errorMessage(error) };
      }
      this.env.sink.changed({ section: 'password', action: 'passwordChanged' });
      this.patch('password', { notice: { messageId: 'account.password.changed' }, done: this.doneOf('password') + 1 });
    });
  }

  /**
   * Deletes the account once the person typed the word the section shows (`values.word`, in the page's language;
   * letter case and spaces around it do not count). Ends signed out.
   */
  private deleteAccount(values: Readonly<Record<string, string | undefined>>) {
    const word = values.word ?? '';
    const typed = (values.confirmDelete ?? '').trim();
    if (!word || typed.toLocaleLowerCase() !== word.toLocaleLowerCase())
      return this.fail('delete', { ...inputError('confirmDelete', 'account.delete.mismatch'), values: { word } });
    return this.run('delete', async () => {
      await this.env.service.deleteUser();
      this.env.sink.changed({ section: 'delete', action: 'accountDeleted' });
      this.signedOut({ messageId: 'account.delete.done' });
    });
  }

  private async run(section: AccountSection, task: () => Promise<void>) {
    this.patch(section, { busy: true, error: undefined, notice: undefined });
    try {
      await task();
    } catch (error) {
      await this.fail(section, error);
    } finally {
      this.patch(section, { busy: false });
    }
  }

  private async fail(section: AccountSection, error: unknown) {
    const described = isFlowError(error) ? error : await describeError(error);
    // A password field error keeps the field; any other error shows in the section's alert.
    const placed = described.field && !PLACED_FIELDS.includes(described.field);
    const flowError = placed ? { ...described, field: undefined } : described;
    this.patch(section, { error: flowError });
    this.env.sink.error(section, flowError);
  }

  private signedOut(notice?: Notice) {
    const wasSignedIn = this.state.user !== null;
    this.update({ user: null, mfa: undefined, profile: undefined, signedOutNotice: notice });
    if (wasSignedIn) this.env.sink.signedOut();
  }

  private busy() {
    return Object.values(this.state.sections).some((section) => section.busy);
  }

  private doneOf(section: AccountSection) {
    return this.state.sections[section].done;
  }

  private patch(section: AccountSection, patch: Partial<SectionState>) {
    const sections = { ...this.state.sections, [section]: { ...this.state.sections[section], ...patch } };
    this.update({ sections });
  }

  private update(patch: Partial<AccountState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
