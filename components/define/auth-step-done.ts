import { defineElement } from '../shared/define.js';
import { AuthStepDone } from '../steps/done-step.js';

defineElement('auth-step-done', AuthStepDone);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-done': AuthStepDone;
  }
}
