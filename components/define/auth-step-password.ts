import { defineElement } from '../shared/define.js';
import { AuthStepPassword } from '../steps/password-step.js';

defineElement('auth-step-password', AuthStepPassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-password': AuthStepPassword;
  }
}
