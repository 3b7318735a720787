import { defineElement } from '../shared/define.js';
import { AuthStepSignIn } from '../steps/sign-in-step.js';

defineElement('auth-step-sign-in', AuthStepSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-sign-in': AuthStepSignIn;
  }
}
