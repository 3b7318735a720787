import { defineElement } from '../shared/define.js';
import { AuthStepChoice } from '../steps/choice-step.js';

defineElement('auth-step-choice', AuthStepChoice);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-choice': AuthStepChoice;
  }
}
