import { defineElement } from '../shared/define.js';
import { AuthStepNewPassword } from '../steps/new-password-step.js';

defineElement('auth-step-new-password', AuthStepNewPassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-new-password': AuthStepNewPassword;
  }
}
