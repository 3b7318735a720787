import { defineElement } from '../shared/define.js';
import { AuthStepUnknown } from '../steps/unknown-step.js';

defineElement('auth-step-unknown', AuthStepUnknown);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-unknown': AuthStepUnknown;
  }
}
