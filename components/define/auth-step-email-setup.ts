import { defineElement } from '../shared/define.js';
import { AuthStepEmailSetup } from '../steps/email-setup-step.js';

defineElement('auth-step-email-setup', AuthStepEmailSetup);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-email-setup': AuthStepEmailSetup;
  }
}
