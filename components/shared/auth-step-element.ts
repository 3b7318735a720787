import {
  html,
  LitElement,
  nothing,
  type CSSResult,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { FlowError } from '../../src/flow/errors.js';
import type { FlowController } from '../../src/flow/controller.js';
import type { FlowView } from '../../src/flow/view.js';
import type { FlowState } from '../../src/flow/store.js';
import type { AuthContext } from '../context.js';
import { failureTextPending, loadFailureText, type MessageValues } from '../../src/i18n.js';
import { errorText } from './error-text.js';
import type { Catalog } from '../../src/messages/en.js';
import { noticeKind } from '../../src/flow/notice-kind.js';
import { identifierInputType, type IdentifierKind } from '../../src/identifier-field.js';
import { fieldTemplate, type FieldOptions } from './fields.js';
import { isolated } from './message.js';
import { FlowStateController } from './flow-state-controller.js';
import { adoptLightDomStyles } from './light-dom-styles.js';

/** The notices' look (`notice-styles.ts`), loaded with the first notice or error; `null`: it could not load. */
let noticeLook: Promise<void> | undefined;
let noticeStyles: CSSResult | null | undefined;

/** Whether the text or the look of errors and notices is still to come (show them once both are). */
const noticePending = () => failureTextPending() || noticeStyles === undefined;

let nextId = 0;

/** The label of the sign-in identifier, by what the pool signs in with. */
const IDENTIFIER_LABEL: Record<IdentifierKind, string> = {
  email: 'field.email',
  phone: 'field.phone',
  'email-or-phone': 'field.emailOrPhone',
  username: 'field.username',
};

export interface FormParts {
  /** Fields and text between the heading and the submit button. */
  body?: unknown;
  /** Label of the primary submit button; none for forms that only hold choices. */
  submitLabel?: string;
  /** Secondary actions under the submit button. */
  actions?: unknown;
  /** Another way in, on its own rows below the actions (the social sign-in section). */
  after?: unknown;
}

/**
 * Base of every step element. It renders into its own light DOM (password managers, page CSS and
 * `document.querySelector` reach the fields), reads the flow from the context the host hands it, and draws the
 * common frame: a form with a heading, a notice, an alert, the step's body and its buttons. It renders only
 * its own step: when the flow moves on, the element keeps its last picture until the host replaces it.
 */
export abstract class AuthStepElement extends LitElement {
  /** The English text this screen shows beyond the shared part; added to the lookup when the element is defined. */
  static messages: Catalog = {};

  static override properties: PropertyDeclarations = {
    step: { reflect: true },
    context: { attribute: false },
    revealed: { state: true },
  };

  /** The step this element shows. */
  step = '';

  /** The flow and the text lookup: set by `<auth-sign-in>` when it places the element, and again when they change. */
  context?: AuthContext;

  protected readonly idPrefix = `auth-${++nextId}`;
  private readonly flowState = new FlowStateController(
    this,
    () => this.context?.flow,
    () => this.step,
  );
  /** Password fields whose text is shown (the show-password toggle). */
  private revealed: ReadonlySet<string> = new Set();
  /** Counts errors shown in the alert, so it is re-created and read out again for a repeated error. */
  private alertKey = 0;
  private shownError?: FlowError;

  protected override createRenderRoot() {
    return this;
  }

  protected get flow(): FlowController {
    return this.context!.flow;
  }

  /** The flow's state, as it was while this element's step was current. */
  protected get state(): FlowState {
    return this.flowState.state ?? this.flow.state;
  }

  protected get view(): FlowView {
    return this.flow.view();
  }

  protected t(id: string, values?: MessageValues): string {
    return this.context?.t(id, values) ?? id;
  }

  /** The names of the fields this step shows now: an error at one of them shows there, any other in the alert. */
  protected fieldNames(): readonly string[] {
    return [];
  }

  protected override render() {
    return this.context ? this.renderStep() : nothing;
  }

  protected abstract renderStep(): TemplateResult;

  /** Sends the form's values to the flow; `choice` is the value of the choice button pressed. */
  protected submit(values: Record<string, string>) {
    void this.flow.submit(this.step, values);
  }

  /** Moves focus to the first field, or to the heading when the step has none. */
  focusFirst() {
    const target =
      this.querySelector<HTMLElement>('input:not([type=hidden]):not([hidden]):not([disabled]), select, textarea') ??
      this.querySelector<HTMLElement>('h2');
    target?.focus();
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const { error, notice } = this.state;
    if (error && error !== this.shownError && !this.atField(error)) this.alertKey++;
    // The text of errors and notices loads with the first one shown (English's, and the rest of the language's), and
    // so does their look.
    if (!(error || notice)) return;
    if (failureTextPending()) void loadFailureText(this.context?.textLang).then(() => this.requestUpdate());
    if (noticeStyles) adoptLightDomStyles(this, noticeStyles);
    else if (noticeStyles === undefined)
      void (noticeLook ??= import('./notice-styles.js').then(
        (loaded) => void (noticeStyles = loaded.noticeStyles),
        () => void (noticeStyles = null),
      )).then(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // After an error at a field, put the user there.
    const error = this.state.error;
    // Its error is the field's description, read once as focus arrives (it is no live region); a field that has
    // focus already is left and entered again so it is read.
    if (error && error !== this.shownError && error.field) {
      const target = this.querySelector<HTMLElement>(`[name="${CSS.escape(error.field)}"]`);
      if (target && target === document.activeElement) target.blur();
      target?.focus();
    }
    this.shownError = error;
  }

  private atField(error: FlowError) {
    return Boolean(error.field && this.fieldNames().includes(error.field));
  }

  /** The text of an error, its `{rule}`-style values translated first (and written to go on its sentence). */
  protected errorText(error: FlowError): string {
    return errorText(error, (id, values) => this.t(id, values), this.context?.textLang ?? 'en');
  }

  /** The id of the error shown at `field` (to describe another field it marks invalid too). */
  protected fieldErrorId = (field: string) => `${this.idPrefix}-${field}-error`;

  /** The error shown at `field`, with its text prefix (errors read as errors without colour too), or nothing. */
  protected fieldError(field: string): TemplateResult | undefined {
    const error = this.state.error;
    // A page's hook may refuse several fields at once: the others come with the first.
    const shown = [error, ...(error?.also ?? [])].find((each) => each?.field === field);
    return shown ? this.prefixed(shown) : undefined;
  }

  /** An error with its prefix; nothing while its text is still loading. */
  private prefixed(error: FlowError): TemplateResult | undefined {
    const text = this.errorText(error);
    return text ? html`<span class="auth-error-prefix">${this.t('error.prefix')}</span> ${text}` : undefined;
  }

  /** A message whose string values (a destination, a username) are isolated in `<bdi>` and capped. */
  protected message(id: string, values?: MessageValues): TemplateResult {
    return isolated((messageId, messageValues) => this.t(messageId, messageValues), id, values);
  }

  protected renderForm(title: string, { body, submitLabel, actions, after }: FormParts): TemplateResult {
    const { error, notice, busy } = this.state;
    const formError = error && !this.atField(error) ? error : undefined;
    // A failure that is no error (a cancel the person chose) shows as a notice of its kind, without "Error:".
    const quiet = formError && noticeKind(formError.messageId) !== 'error' ? formError : undefined;
    const shown = quiet ?? notice;
    const kind = shown && noticeKind(shown.messageId);
    const titleId = `${this.idPrefix}-title`;
    // One live region, there from the start: notices and the busy state are read out politely. While busy it is
    // heard, not seen: the button shows the progress.
    const status = busy
      ? this.t('action.working')
      : shown && kind
        ? html`<span>${this.message(shown.messageId, shown.values)}</span>`
        : nothing;
    const pending = noticePending();
    const alert = formError && !quiet && !pending && this.prefixed(formError);
    const alertBox = html`<div class=${alert ? 'auth-notice auth-alert' : 'auth-sr'} role="alert">
      ${alert ? html`<span>${alert}</span>` : nothing}
    </div>`;
    return html`
      <form
        method="post"
        novalidate
        aria-labelledby=${titleId}
        aria-busy=${busy || ((error || notice) && pending) ? 'true' : nothing}
        @submit=${this.onSubmit}
      >
        <h2 id=${titleId} tabindex="-1">${title}</h2>
        <p class=${shown && !busy && !pending ? 'auth-notice' : 'auth-sr'} role="status" data-kind=${kind ?? nothing}>
          ${status}
        </p>
        ${
          // A new error re-creates the alert so it is read out again: Lit replaces the DOM when the value switches
          // between a template and a list of it (what `keyed` does, without its code on the first load).
          this.alertKey % 2 ? [alertBox] : alertBox
        }
        ${body}
        ${
          submitLabel
            ? // While busy the button shows "Please wait…" but keeps its name: the status says it, once.
              html`<button
                type="submit"
                aria-busy=${busy ? 'true' : 'false'}
                aria-label=${busy ? submitLabel : nothing}
              >
                ${busy ? this.t('action.working') : submitLabel}
              </button>`
            : nothing
        }
        ${actions ? html`<div class="auth-actions">${actions}</div>` : nothing} ${after ?? nothing}
      </form>
    `;
  }

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) values[name] = String(value);
    const submitter = event.submitter as HTMLButtonElement | null;
    if (submitter?.name === 'choice') values.choice = submitter.value;
    this.submit(values);
  };

  /**
   * A labelled input; an error at it is linked with `aria-describedby`. Typed values survive re-renders. A
   * password field gets a show-password toggle (it keeps its `autocomplete` and value).
   */
  protected field(options: Omit<FieldOptions, 'id' | 'error' | 'reveal'> & { revealLabel?: string }): TemplateResult {
    const { name } = options;
    const reveal =
      options.type === 'password'
        ? {
            shown: this.revealed.has(name),
            label: options.revealLabel ?? this.t('action.showPassword'),
            toggle: () => this.toggleReveal(name),
          }
        : undefined;
    return fieldTemplate({ ...options, id: `${this.idPrefix}-${name}`, error: this.fieldError(name), reveal });
  }

  private toggleReveal(name: string) {
    const revealed = new Set(this.revealed);
    if (!revealed.delete(name)) revealed.add(name);
    this.revealed = revealed;
  }

  /**
   * The sign-in identifier, labelled and typed as the pool names it (email: `type=email`, the email keyboard on
   * phones; phone: `type=tel`); always `name=username`, so password managers pair it with the password.
   */
  protected identifierField(
    options: Pick<FieldOptions, 'autocomplete' | 'value' | 'invalid' | 'describedBy'>,
  ): TemplateResult {
    const kind = this.view.identifier;
    return this.field({
      name: 'username',
      label: this.t(IDENTIFIER_LABEL[kind]),
      type: identifierInputType(kind),
      ...options,
    });
  }

  /** For password managers: the account a new password belongs to, in a field they read but people do not see. */
  protected usernameForPasswordManagers(): TemplateResult {
    return html`<input type="text" name="username" autocomplete="username" value=${this.state.username} hidden />`;
  }

  /**
   * The one-time code field of the README's form markup. `length`: the code's digits where Cognito fixes them
   * (`src/flow/code-length.ts`), said after the hint unless the hint says it already (`sayLength`).
   */
  protected codeField(hint?: unknown, length?: number, sayLength = true): TemplateResult {
    // The length is said after where the code went (the screen reader reads both as the field's description).
    const lengthHint = length && sayLength ? this.t('hint.codeLength', { count: length }) : undefined;
    return this.field({
      name: 'code',
      label: this.t('field.code'),
      autocomplete: 'one-time-code',
      inputmode: 'numeric',
      hint: hint && lengthHint ? html`${hint} ${lengthHint}` : (hint ?? lengthHint),
      length,
    });
  }

  /** A secondary action button (`data-action`, as the README's form markup names them). */
  protected action(name: string, label: string, onClick: () => unknown): TemplateResult {
    return html`<button type="button" class="auth-link" data-action=${name} @click=${onClick}>${label}</button>`;
  }

  protected backToSignIn(): TemplateResult {
    return this.action('back-to-sign-in', this.t('action.backToSignIn'), () => this.flow.restart());
  }
}
