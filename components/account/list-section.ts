import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ListState, ListedItem } from '../../src/flow/account-lists.js';
import { account } from '../../src/messages/en/account.js';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { adoptLightDomStyles } from '../shared/light-dom-styles.js';
import { listStyles } from './list-styles.js';
import type { SectionFlow } from './section-flow.js';

/**
 * What `<auth-account>`'s list sections share (passkeys, devices): a row per item with its name and dates (in the
 * text's language), a button per row, a retry when the list could not load. Rows' buttons send `{ action, id }`.
 */
export abstract class AuthAccountList extends AuthStepElement {
  static override messages = account;

  override connectedCallback() {
    super.connectedCallback();
    adoptLightDomStyles(this, listStyles);
  }

  protected get list(): ListState {
    return (this.flow as unknown as SectionFlow).list;
  }

  /** Sends what a row's button (or the form) asked for. */
  protected press(action: string, id?: string) {
    this.pressed = id ?? this.list.confirming ?? '';
    void this.flow.submit(this.step, { action, ...(id ? { id } : {}) });
  }

  /** A date as the text's language writes it (day, month, year; the time too when `withTime`). */
  protected date(date: Date | undefined, withTime = false): string | undefined {
    if (!date || Number.isNaN(date.getTime())) return undefined;
    const lang = this.context?.textLang ?? 'en';
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) }).format(
      date,
    );
  }

  /** The rows, or what the section says when there are none (nothing while it loads). */
  protected rows(emptyId: string, row: (item: ListedItem, nameId: string) => TemplateResult): TemplateResult {
    const { items } = this.list;
    if (!items) {
      return this.state.error && !this.list.loading
        ? html`<div class="auth-actions">
            ${this.action('reload', this.t('account.list.retry'), () => this.press('reload'))}
          </div>`
        : html``;
    }
    if (!items.length) return html`<p class="auth-hint">${this.t(emptyId)}</p>`;
    return html`<ul class="auth-list">
      ${items.map(
        (item, index) =>
          html`<li class="auth-row" data-id=${item.id}>${row(item, `${this.idPrefix}-row-${index}`)}</li>`,
      )}
    </ul>`;
  }

  /** A row's name and the dates under it. */
  protected rowText(nameId: string, name: string, details: (string | undefined)[], badge?: string): TemplateResult {
    const shown = details.filter(Boolean);
    return html`<div class="auth-row-text">
      <span
        ><span class="auth-row-name" id=${nameId}>${name}</span>${
          badge ? html` <span class="auth-badge">${badge}</span>` : nothing
        }</span
      >
      ${shown.length ? html`<span class="auth-hint">${shown.join(' · ')}</span>` : nothing}
    </div>`;
  }

  /**
   * A row's button, described by the row's name (the button's own text stays short): `action` for the flow,
   * `${action}-${noun}` as its `data-action`.
   */
  protected rowButton(action: string, noun: string, label: string, nameId: string, id: string): TemplateResult {
    return html`<button
      type="button"
      class="auth-link"
      data-action=${`${action}-${noun}`}
      aria-describedby=${nameId}
      @click=${() => this.press(action, id)}
    >
      ${label}
    </button>`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const { confirming } = this.list;
    const inside = this.contains(document.activeElement);
    if (confirming && confirming !== this.confirmingSeen) {
      // A new confirmation takes focus.
      this.querySelector<HTMLElement>('[data-action=confirm-remove]')?.focus();
    } else if (this.pressed && !this.state.busy && !inside) {
      // The button pressed is gone (its row was removed, the confirmation closed): back to its row, else the heading.
      const row = this.querySelector<HTMLElement>(`li[data-id="${CSS.escape(this.pressed)}"] button`);
      (row ?? this.querySelector<HTMLElement>('h2'))?.focus();
    }
    if (!this.state.busy && !confirming) this.pressed = undefined;
    this.confirmingSeen = confirming;
  }

  private confirmingSeen?: string;
  /** The row whose button was pressed last, until focus has found a place after it. */
  protected pressed?: string;
}
