import { html, nothing, type TemplateResult } from 'lit';
import type { ListedItem } from '../../src/flow/account-lists.js';
import { AuthAccountList } from './list-section.js';

/**
 * `<auth-account>`'s passkeys section: each passkey with its name, when it was added and last used (where Cognito
 * says), a remove button that asks first, and "Add a passkey" (the browser's own dialog).
 */
export class AuthAccountPasskeys extends AuthAccountList {
  protected override renderStep(): TemplateResult {
    const confirming = this.list.confirming;
    return this.renderForm(this.t('account.passkeys.title'), {
      body: html`<p class="auth-hint">${this.t('account.passkeys.hint')}</p>
        ${this.rows('account.passkeys.empty', (item, nameId) =>
          item.id === confirming ? this.confirmation(item, nameId) : this.row(item, nameId),
        )}`,
      // While a removal waits for its answer, the form's one action is that answer.
      submitLabel: confirming || !this.list.items ? undefined : this.t('account.passkeys.add'),
    });
  }

  private nameOf(item: ListedItem) {
    return item.name || this.t('account.passkeys.unnamed');
  }

  private row(item: ListedItem, nameId: string): TemplateResult {
    const created = this.date(item.createdAt);
    const used = this.date(item.lastUsedAt);
    return html`${this.rowText(nameId, this.nameOf(item), [
      created && this.t('account.passkeys.created', { date: created }),
      used && this.t('account.lastUsed', { date: used }),
    ])}
    ${this.rowButton('remove', 'passkey', this.t('account.passkeys.remove'), nameId, item.id)}`;
  }

  private confirmation(item: ListedItem, nameId: string): TemplateResult {
    return html`<div class="auth-confirm">
      <p id=${nameId}>${this.message('account.passkeys.confirm', { name: this.nameOf(item) })}</p>
      <div class="auth-actions">
        <button type="submit" name="choice" value="confirm" data-action="confirm-remove" aria-describedby=${nameId}>
          ${this.state.busy ? this.t('action.working') : this.t('account.passkeys.confirmSubmit')}
        </button>
        ${this.state.busy ? nothing : this.action('cancel', this.t('account.passkeys.keep'), () => this.press('cancel'))}
      </div>
    </div>`;
  }

  /** The form's submit: the confirmation's answer, else "Add a passkey". */
  protected override submit(values: Record<string, string>) {
    const confirm = values.choice === 'confirm';
    this.pressed = confirm ? this.list.confirming : '';
    super.submit({ action: confirm ? 'confirm' : 'add' });
  }
}
