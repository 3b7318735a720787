/** Field templates: pure functions of their options, so what a render draws never depends on call order. */
import { html, nothing, type TemplateResult } from 'lit';

export interface FieldOptions {
  /** The input's id; its hint and error ids derive from it. */
  id: string;
  name: string;
  label: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  value?: string;
  hint?: string;
  /** The error shown at this field. */
  error?: string;
  maxlength?: number;
}

/** A labelled input; its hint and error are linked with `aria-describedby`. */
export function fieldTemplate(options: FieldOptions): TemplateResult {
  const { id, name, label, type = 'text', autocomplete, inputmode, value, hint, error, maxlength } = options;
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
        maxlength=${maxlength ?? nothing}
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
