import { defineElement } from '../shared/define.js';
import { AuthStepTotpSetup } from '../steps/totp-setup-step.js';

defineElement('auth-step-totp-setup', AuthStepTotpSetup);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-totp-setup': AuthStepTotpSetup;
  }
}
