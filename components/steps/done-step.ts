import { html, type TemplateResult } from 'lit';
import { AuthStepElement } from '../shared/auth-step-element.js';
import { done } from '../../src/messages/en/done.js';

/** `DONE`: who is signed in, and a sign-out button. The `signed-in` slot of the host replaces it. */
export class AuthStepDone extends AuthStepElement {
  static override messages = done;

  protected override renderStep(): TemplateResult {
    const { user, username } = this.state;
    return this.renderForm(this.t('step.DONE.title'), {
      body: html`<p>
        ${this.message('hint.signedInAs', { username: user?.loginId ?? (username || user?.username) })}
      </p>`,
      actions: this.action('sign-out', this.t('action.signOut'), () => this.flow.signOut()),
    });
  }
}

/** What `step-elements.ts` loads for the `done` screen. */
export default AuthStepDone;
