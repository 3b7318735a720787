// <demo-captcha>: the demo's stand-in CAPTCHA, the page's own element in the widget's
// CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE slot. A plain custom element: it asks `<auth-sign-in>` for its context with
// the Context Community Protocol's `context-request` event, takes the screen only while the challenge is the local
// server's CAPTCHA (challenge parameters `captcha: "sum"`, `a`, `b`: see the server's README), and answers with the
// context's `submit({ answer })`. A real CAPTCHA provider's widget goes where the puzzle is (README, "A CAPTCHA").
const STEP = 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE';

const element = (tag, properties = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
};

class DemoCaptcha extends HTMLElement {
  #context;
  #shown;
  #puzzle = element('span', { className: 'demo-captcha-puzzle' });
  #input = element('input', { name: 'answer', id: 'demo-captcha-answer', inputMode: 'numeric', autocomplete: 'off' });
  #error = element('p', { id: 'demo-captcha-error', className: 'demo-captcha-error' });
  #submit = element('button', { type: 'submit', textContent: 'Continue' });

  connectedCallback() {
    // Out of sight and empty until the widget asks a CAPTCHA (a slot the widget never shows).
    this.slot ||= 'demo-captcha-waiting';
    this.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: 'auth-sign-in', // the package's `authContext`
        subscribe: true,
        callback: (context) => this.#update(context),
      }),
    );
  }

  #form = this.#build();

  #build() {
    const form = element(
      'form',
      { method: 'post', className: 'demo-captcha' },
      element('h2', { textContent: 'Prove you are human' }),
      element('p', { textContent: 'Add the two numbers: ' }, this.#puzzle),
      element('label', { htmlFor: this.#input.id, textContent: 'Their sum' }),
      this.#input,
      this.#error,
      this.#submit,
    );
    const back = element('button', { type: 'button', className: 'demo-captcha-back', textContent: 'Back' });
    back.addEventListener('click', () => this.#context?.back());
    form.append(back);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#context?.submit({ answer: this.#input.value });
    });
    return form;
  }

  #update(context) {
    this.#context = context;
    const { step, challengeParameters: info, busy, error } = context;
    const captcha = step === STEP && info.captcha === 'sum';
    this.slot = captcha ? STEP : 'demo-captcha-waiting';
    if (!captcha) {
      this.#shown = undefined;
      return this.#form.remove();
    }
    if (!this.#form.isConnected) this.append(this.#form);
    const puzzle = `${info.a} + ${info.b}`;
    if (this.#shown !== puzzle) {
      this.#shown = puzzle;
      this.#puzzle.textContent = puzzle;
      this.#input.value = '';
      requestAnimationFrame(() => this.#input.focus());
    }
    this.#submit.disabled = busy;
    this.#error.textContent = error?.message ?? '';
    this.#input.toggleAttribute('aria-invalid', Boolean(error));
    if (error) this.#input.setAttribute('aria-describedby', this.#error.id);
    else this.#input.removeAttribute('aria-describedby');
  }
}

if (!customElements.get('demo-captcha')) customElements.define('demo-captcha', DemoCaptcha);
