import { html, type TemplateResult } from 'lit';
import type { ListedItem } from '../../src/flow/account-lists.js';
import { AuthAccountList } from './list-section.js';

/**
 * `<auth-account>`'s devices section (pools with device tracking): this device first and marked, each remembered
 * device with its name and last sign-in, and a button to forget it (a forgotten device asks for MFA again).
 */
export class AuthAccountDevices extends AuthAccountList {
  protected override renderStep(): TemplateResult {
    return this.renderForm(this.t('account.devices.title'), {
      body: html`<p class="auth-hint">${this.t('account.devices.hint')}</p>
        ${this.rows('account.devices.empty', (item, nameId) => this.row(item, nameId))}`,
    });
  }

  private row(item: ListedItem, nameId: string): TemplateResult {
    const used = this.date(item.lastUsedAt, true);
    return html`${this.rowText(
      nameId,
      item.name || this.t('account.devices.unnamed'),
      [used && this.t('account.lastUsed', { date: used })],
      item.current ? this.t('account.devices.this') : undefined,
    )}
    ${this.rowButton(
      'forget',
      'device',
      this.t(item.current ? 'account.devices.forgetThis' : 'account.devices.forget'),
      nameId,
      item.id,
    )}`;
  }
}
