import { defineElement } from '../shared/define.js';
import { AuthStepResetPassword } from '../steps/reset-password-step.js';

defineElement('auth-step-reset-password', AuthStepResetPassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-reset-password': AuthStepResetPassword;
  }
}
