/** Field templates: pure functions of their options, so what a render draws never depends on call order. */
import { html, nothing, type TemplateResult } from 'lit';
import { eyeIcon } from './icons.js';

export interface FieldOptions {
  /** The input's id; its hint and error ids derive from it. */
  id: string;
  name: string;
  label: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  value?: string;
  hint?: unknown;
  /** The error shown at this field (its text prefix included). */
  error?: unknown;
  /** A fixed length (a code's digits): `minlength` and `maxlength` both. */
  length?: number;
  /** More ids that describe the field (a password checklist). */
  describedBy?: string[];
  /**
   * Another field that is invalid with this one's error (a wrong password marks the username too); give it that
   * error's id in `describedBy`, so it says why.
   */
  invalid?: boolean;
  /** A password field's show-password toggle: an icon button inside the field, named for what pressing does. */
  reveal?: { shown: boolean; label: string; toggle: () => void };
  onInput?: (event: InputEvent) => void;
}

/** A labelled input; its hint and error are linked with `aria-describedby`. */
export function fieldTemplate(options: FieldOptions): TemplateResult {
  const { id, name, label, autocomplete, inputmode, value, hint, error, length, reveal } = options;
  const type = reveal?.shown ? 'text' : (options.type ?? 'text');
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', ...(options.describedBy ?? [])]
    .filter(Boolean)
    .join(' ');
  const input = html`<input
    id=${id}
    name=${name}
    type=${type}
    autocomplete=${autocomplete ?? 'off'}
    inputmode=${inputmode ?? nothing}
    minlength=${length ?? nothing}
    maxlength=${length ?? nothing}
    value=${value ?? ''}
    aria-required="true"
    aria-invalid=${error || options.invalid ? 'true' : 'false'}
    aria-describedby=${describedBy || nothing}
    autocapitalize="off"
    spellcheck="false"
    @input=${options.onInput}
  />`;
  return html`
    <div class="auth-field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="auth-hint" id="${id}-hint">${hint}</p>` : nothing}
      ${
        reveal
          ? html`<div class="auth-input-row">
              ${input}
              <button
                type="button"
                class="auth-reveal"
                aria-controls=${id}
                aria-label=${reveal.label}
                aria-pressed=${reveal.shown ? 'true' : 'false'}
                @click=${reveal.toggle}
              >
                ${eyeIcon(reveal.shown)}
              </button>
            </div>`
          : input
      }
      ${
        // Not a live region: focus moves to the field, which reads it once as its description.
        error ? html`<p class="auth-field-error" id="${id}-error">${error}</p>` : nothing
      }
    </div>
  `;
}
