import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { authContext, type AuthContext } from '../../src/context.js';
import type { FlowController, FlowState } from '../../src/flow-controller.js';
import { FlowStateController } from './flow-state-controller.js';

let nextId = 0;

export interface FormParts {
  /** Fields and text between the heading and the submit button. */
  body?: unknown;
  /** Label of the primary submit button; none for forms that only hold choices. */
  submitLabel?: string;
  /** Secondary actions under the submit button. */
  actions?: unknown;
}

/**
 * Base of every step element. It renders into its own light DOM (password managers, page CSS and
 * `document.querySelector` reach the fields), reads the flow from the host's context, and draws the
 * common frame: a form with a heading, a notice, an alert, the step's body and its buttons.
 */
export abstract class AuthStepElement extends LitElement {
  /** The step this element shows. */
  @property({ reflect: true }) step = '';

  @consume({ context: authContext, subscribe: true })
  @state()
  protected context?: AuthContext;

  protected readonly idPrefix = `auth-${++nextId}`;
  /** Counts errors shown, so the alert is re-created and read out again for a repeated error. */
  private errorCount = 0;
  private lastError?: object;

  constructor() {
    super();
    new FlowStateController(this, () => this.context?.flow);
  }

  protected override createRenderRoot() {
    return this;
  }

  protected get flow(): FlowController {
    return this.context!.flow;
  }

  protected get state(): FlowState {
    return this.flow.state;
  }

  protected t(id: string, values?: Record<string, string | undefined>): string {
    return this.context?.t(id, values) ?? id;
  }

  /** Fields drawn by this render: an error at one of them shows there, any other in the form's alert. */
  private renderedFields = new Set<string>();

  protected override render() {
    this.renderedFields = new Set();
    return this.context ? this.renderStep() : nothing;
  }

  protected abstract renderStep(): TemplateResult;

  /** Handles the form's submit; `submitter` is the button used (choices carry their value). */
  protected abstract submit(values: Record<string, string>, submitter: HTMLButtonElement | null): void;

  /** Moves focus to the first field, or to the heading when the step has none. */
  focusFirst() {
    const target =
      this.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select, textarea') ??
      this.querySelector<HTMLElement>('h2');
    target?.focus();
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // After an error at a field, put the user there.
    const error = this.context?.flow.state.error;
    if (error && error !== this.lastError && error.field) {
      this.querySelector<HTMLElement>(`[name="${CSS.escape(error.field)}"]`)?.focus();
    }
    this.lastError = error;
  }

  /** The error shown at `field`, or nothing. */
  protected fieldError(field: string): string | undefined {
    const error = this.state.error;
    return error?.field === field ? this.t(error.messageId, error.values) : undefined;
  }

  protected renderForm(title: string, { body, submitLabel, actions }: FormParts): TemplateResult {
    const { error, notice, busy } = this.state;
    const formError = error && !(error.field && this.renderedFields.has(error.field)) ? error : undefined;
    if (formError && formError !== this.lastError) this.errorCount++;
    const titleId = `${this.idPrefix}-title`;
    return html`
      <form novalidate aria-labelledby=${titleId} @submit=${this.onSubmit}>
        <h2 id=${titleId} tabindex="-1">${title}</h2>
        ${notice ? html`<p class="auth-notice" role="status">${this.t(notice.messageId, notice.values)}</p>` : nothing}
        ${keyed(
          this.errorCount,
          html`<div class="auth-alert" role="alert">
            ${formError ? this.t(formError.messageId, formError.values) : nothing}
          </div>`,
        )}
        ${body}
        ${
          submitLabel
            ? html`<button type="submit" aria-busy=${busy ? 'true' : 'false'}>
                ${busy ? this.t('action.working') : submitLabel}
              </button>`
            : nothing
        }
        ${actions ? html`<div class="auth-actions">${actions}</div>` : nothing}
      </form>
    `;
  }

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) values[name] = String(value);
    this.submit(values, (event.submitter as HTMLButtonElement | null) ?? null);
  };

  /** A labelled input; an error at it is linked with `aria-describedby`. Typed values survive re-renders. */
  protected field(options: {
    name: string;
    label: string;
    type?: string;
    autocomplete?: string;
    inputmode?: string;
    value?: string;
    hint?: string;
  }): TemplateResult {
    const { name, label, type = 'text', autocomplete, inputmode, value, hint } = options;
    const id = `${this.idPrefix}-${name}`;
    this.renderedFields.add(name);
    const error = this.fieldError(name);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="auth-field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="auth-hint" id="${id}-hint">${hint}</p>` : nothing}
        <input
          id=${id}
          name=${name}
          type=${type}
          autocomplete=${autocomplete ?? 'off'}
          inputmode=${inputmode ?? nothing}
          value=${value ?? ''}
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          autocapitalize="off"
          spellcheck="false"
        />
        ${error ? html`<p class="auth-field-error" id="${id}-error" role="alert">${error}</p>` : nothing}
      </div>
    `;
  }

  /** The one-time code field of the contract. */
  protected codeField(hint?: string): TemplateResult {
    return this.field({
      name: 'code',
      label: this.t('field.code'),
      autocomplete: 'one-time-code',
      inputmode: 'numeric',
      hint,
    });
  }

  /** New password and its confirmation. */
  protected newPasswordFields(): TemplateResult {
    return html`${this.field({
      name: 'newPassword',
      label: this.t('field.newPassword'),
      type: 'password',
      autocomplete: 'new-password',
    })}
    ${this.field({
      name: 'confirmPassword',
      label: this.t('field.confirmPassword'),
      type: 'password',
      autocomplete: 'new-password',
    })}`;
  }

  /** A secondary action button (`data-action` of the contract). */
  protected action(name: string, label: string, onClick: () => unknown): TemplateResult {
    return html`<button type="button" class="auth-link" data-action=${name} @click=${onClick}>${label}</button>`;
  }

  protected backToSignIn(): TemplateResult {
    return this.action('back-to-sign-in', this.t('action.backToSignIn'), () => this.flow.restart());
  }
}
