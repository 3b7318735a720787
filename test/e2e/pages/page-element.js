// <e2e-challenge>: a page's own plain (non-Lit) custom element in the custom-challenge slot, as page.js places it
// with `?page-element`. It asks `<auth-sign-in>` for its context with the protocol's `context-request` event,
// shows the challenge parameters, answers with the context's `submit({ answer })`, and shows an error at its own
// field when the context's error names it (else in its own alert). Every value it gets is kept in
// `window.contextValues` for the tests.
window.contextValues = [];

const make = (tag, properties = {}) => Object.assign(document.createElement(tag), properties);

class E2EChallenge extends HTMLElement {
  connectedCallback() {
    const form = make('form', { method: 'post' });
    const input = make('input', { name: 'answer', id: 'e2e-answer' });
    const fieldError = make('span', { id: 'e2e-answer-error' });
    fieldError.dataset.errorFor = 'answer';
    form.append(
      make('p', { className: 'parameters' }),
      make('label', { htmlFor: input.id, textContent: 'Answer' }),
      input,
      fieldError,
      make('button', { type: 'submit', textContent: 'Answer' }),
    );
    const alert = make('p', { className: 'alert' });
    alert.setAttribute('role', 'alert');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.context?.submit({ answer: input.value });
    });
    this.replaceChildren(form, alert);
    this.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: 'auth-sign-in',
        subscribe: true,
        callback: (value) => this.update(value),
      }),
    );
  }

  update(context) {
    this.context = context;
    const { step, challengeParameters, busy, error } = context;
    window.contextValues.push({ step, challengeParameters, busy, error, lang: context.lang });
    this.dataset.step = step ?? '';
    this.toggleAttribute('data-busy', busy);
    this.querySelector('.parameters').textContent = Object.values(challengeParameters).join(' ');
    const atField = error?.field === 'answer';
    this.querySelector('[data-error-for=answer]').textContent = atField ? error.message : '';
    this.querySelector('.alert').textContent = error && !atField ? error.message : '';
    const input = this.querySelector('input[name=answer]');
    input.toggleAttribute('aria-invalid', atField);
    if (atField) input.setAttribute('aria-describedby', 'e2e-answer-error');
    else input.removeAttribute('aria-describedby');
  }
}

customElements.define('e2e-challenge', E2EChallenge);
