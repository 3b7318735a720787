import { defineElement } from '../shared/define.js';
import { AuthStepCode } from '../steps/code-step.js';

defineElement('auth-step-code', AuthStepCode);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-code': AuthStepCode;
  }
}
