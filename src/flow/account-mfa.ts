/**
 * `<auth-account>`'s two-step verification section: what is on (`fetchMFAPreference`), an authenticator app turned
 * on (`setUpTOTP` → the first code, `verifyTOTPSetup` → `updateMFAPreference`), text message and email turned on
 * where the pool offers them, the preferred one chosen, one turned off — refused, before any call, when the pool
 * requires MFA and it is the last one on. The section's form names its action in `choice`: `enable:TOTP`,
 * `enable:SMS`, `prefer:EMAIL`, `disable:SMS`, `cancel`; a submit with no choice sends the app's first code.
 */
import type { MfaType } from '../auth-service.js';
import type { MfaService, PoolMfa } from '../mfa-service.js';
import { errorMessage, errorName, type FlowError } from './errors.js';
import type { Notice } from './store.js';
import { totpUri } from './totp-uri.js';
import { checkCode, normalizeCode } from './validation.js';

/** What the section shows; `undefined` until loaded. */
export interface MfaView {
  /** `on`: the pool requires MFA (the last type on cannot be turned off); `off`: the section is not shown. */
  status: PoolMfa['status'];
  /** The types the person can have on: the pool's (an authenticator app when the configuration does not say), and any already on. */
  offered: MfaType[];
  enabled: MfaType[];
  preferred?: MfaType;
  /** An authenticator-app setup under way: the key and its `otpauth://` link (in memory only). */
  totp?: { secret: string; uri: string };
}

export type MfaAction = 'totpEnabled' | 'smsEnabled' | 'emailEnabled' | 'mfaDisabled' | 'mfaPreferred';

/** What the section needs of `<auth-account>`'s controller, bound to this section. */
export interface MfaSectionTools {
  /** The section's calls to Amplify, loaded with it. */
  service(): Promise<MfaService>;
  /** The name the sign-in's account has in an authenticator app (the `otpauth://` label), and the issuer. */
  account(): string;
  issuer(): string;
  view(): MfaView | undefined;
  setView(view: MfaView | undefined): void;
  /** Runs one call of the section (busy while it runs; a throw shows as the section's error). */
  run(task: () => Promise<void>): Promise<void>;
  fail(error: unknown): Promise<void>;
  /** A change succeeded: the event, and the notice that says so (the form is emptied). */
  succeeded(action: MfaAction, notice: Notice): void;
}

const ENABLED_ACTION: Record<MfaType, MfaAction> = { TOTP: 'totpEnabled', SMS: 'smsEnabled', EMAIL: 'emailEnabled' };
const MFA_TYPES: readonly MfaType[] = ['TOTP', 'SMS', 'EMAIL'];

/** The last factor where MFA is required: refused before any call, and as the server says it. */
const lastRequired = (message = 'error.mfaLastRequired'): FlowError => ({
  name: 'InvalidParameterException',
  message,
  messageId: 'error.mfaLastRequired',
});

export class MfaSection {
  constructor(private readonly tools: MfaSectionTools) {}

  /** Reads the pool's and the person's MFA (a pool with MFA off: `status: 'off'`, the section hides). */
  load(): Promise<void> {
    return this.tools.run(async () => {
      const service = await this.tools.service();
      const [pool, preference] = await Promise.all([service.poolMfa(), service.fetchMfaPreference()]);
      const offered = (pool.types ?? ['TOTP']).concat(preference.enabled);
      this.tools.setView({
        status: pool.status,
        offered: MFA_TYPES.filter((type) => offered.includes(type)),
        enabled: MFA_TYPES.filter((type) => preference.enabled.includes(type)),
        preferred: preference.preferred,
        totp: this.tools.view()?.totp,
      });
    });
  }

  submit(values: Readonly<Record<string, string | undefined>>): Promise<void> {
    const [verb, name] = (values.choice ?? '').split(':');
    const type = MFA_TYPES.find((known) => known === name);
    const view = this.tools.view();
    if (verb === 'cancel') return this.forgetSetup();
    if (!view) return this.load();
    if (verb === 'enable' && type === 'TOTP') return this.startTotp();
    if (verb === 'enable' && type) return this.change(type, 'ENABLED', ENABLED_ACTION[type], 'account.mfa.saved');
    if (verb === 'prefer' && type) return this.change(type, 'PREFERRED', 'mfaPreferred', 'account.mfa.saved');
    if (verb === 'disable' && type) return this.disable(view, type);
    return this.finishTotp(view, normalizeCode(values.code ?? ''));
  }

  private startTotp() {
    return this.tools.run(async () => {
      const secret = await (await this.tools.service()).setUpTotp();
      const uri = totpUri(this.tools.issuer(), this.tools.account(), secret);
      this.tools.setView({ ...this.tools.view()!, totp: { secret, uri } });
    });
  }

  /** Leaves a setup under way (its error with it). */
  private forgetSetup() {
    const view = this.tools.view();
    if (!view?.totp) return Promise.resolve();
    return this.tools.run(async () => this.tools.setView({ ...view, totp: undefined }));
  }

  /** The app's first code: the app is verified, then turned on (preferred when it is the only one). */
  private finishTotp(view: MfaView, code: string) {
    if (!view.totp) return Promise.resolve();
    const rejected = checkCode(code);
    if (rejected) return this.tools.fail(rejected);
    return this.tools.run(async () => {
      const service = await this.tools.service();
      await service.verifyTotpSetup(code);
      await service.updateMfaPreference('TOTP', view.enabled.length ? 'ENABLED' : 'PREFERRED');
      await this.reload();
      this.tools.succeeded('totpEnabled', { messageId: 'account.mfa.totpOn' });
    });
  }

  private disable(view: MfaView, type: MfaType) {
    const others = view.enabled.filter((enabled) => enabled !== type);
    if (view.status === 'on' && !others.length) return this.tools.fail(lastRequired());
    return this.tools.run(async () => {
      try {
        await (await this.tools.service()).updateMfaPreference(type, 'DISABLED');
      } catch (error) {
        // The pool requires MFA and this was the last factor the server knew of (the configuration did not say).
        if (errorName(error) === 'InvalidParameterException' && /at least one|required/i.test(errorMessage(error)))
          throw lastRequired(errorMessage(error));
        throw error;
      }
      await this.reload();
      this.tools.succeeded('mfaDisabled', { messageId: 'account.mfa.saved' });
    });
  }

  private change(type: MfaType, setting: 'ENABLED' | 'PREFERRED', action: MfaAction, messageId: string) {
    return this.tools.run(async () => {
      await (await this.tools.service()).updateMfaPreference(type, setting);
      await this.reload();
      this.tools.succeeded(action, { messageId });
    });
  }

  /** After a change: what is on now, the setup under way forgotten. */
  private async reload() {
    const preference = await (await this.tools.service()).fetchMfaPreference();
    const view = this.tools.view()!;
    const offered = view.offered.concat(preference.enabled);
    this.tools.setView({
      ...view,
      offered: MFA_TYPES.filter((type) => offered.includes(type)),
      enabled: MFA_TYPES.filter((type) => preference.enabled.includes(type)),
      preferred: preference.preferred,
      totp: undefined,
    });
  }
}
