/**
 * An app with a bundler: the widget's npm build and the app's own Lit element, `<lit-challenge>`, in the
 * custom-challenge slot. The element takes the widget's context with `@lit/context`'s `@consume` (the widget's own
 * provider, not `@lit/context`'s, answers it), shows the challenge parameters and answers with `submit`.
 * Bundled with esbuild by context-lit.test.ts; pool ids and endpoint from the query.
 */
import { consume } from '@lit/context';
import { html, LitElement } from 'lit';
import { authContext, type AuthContextValue } from '../../../dist/auth-sign-in.js';

class LitChallenge extends LitElement {
  @consume({ context: authContext, subscribe: true })
  accessor auth!: AuthContextValue;

  /** Every value the element rendered with, for the tests. */
  static seen: Array<Pick<AuthContextValue, 'step' | 'busy' | 'error' | 'challengeParameters'>> = [];

  protected override createRenderRoot() {
    return this; // its field in the light DOM, where the page (and the test) find it
  }

  protected override render() {
    const auth = this.auth;
    if (!auth) return html`<p class="waiting">No context</p>`;
    const { step, busy, error, challengeParameters } = auth;
    LitChallenge.seen.push({ step, busy, error, challengeParameters });
    const atField = error?.field === 'answer';
    return html`
      <form method="post" @submit=${this.onSubmit}>
        <p class="parameters">${Object.values(challengeParameters).join(' ')}</p>
        <label for="lit-answer">Answer</label>
        <input id="lit-answer" name="answer" aria-invalid=${atField ? 'true' : 'false'} />
        <span class="field-error">${atField ? error.message : ''}</span>
        <button type="submit" ?disabled=${busy}>Answer</button>
      </form>
    `;
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>('input[name=answer]')!;
    void this.auth?.submit({ answer: input.value });
  }
}
customElements.define('lit-challenge', LitChallenge);
(window as any).litSeen = LitChallenge.seen;

const params = new URLSearchParams(location.search);
const widget = document.createElement('auth-sign-in');
for (const name of ['user-pool-id', 'user-pool-client-id', 'user-pool-endpoint', 'auth-flow-type']) {
  widget.setAttribute(name, params.get(name)!);
}
widget.append(
  Object.assign(document.createElement('lit-challenge'), { slot: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' }),
);
(window as any).events = [];
for (const type of ['auth-step-change', 'auth-signed-in', 'auth-error']) {
  widget.addEventListener(type, (event) =>
    (window as any).events.push({ type, detail: (event as CustomEvent).detail }),
  );
}
document.querySelector('main')!.append(widget);
