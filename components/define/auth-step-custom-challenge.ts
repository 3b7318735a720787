import { defineElement } from '../shared/define.js';
import { AuthStepCustomChallenge } from '../steps/custom-challenge-step.js';

defineElement('auth-step-custom-challenge', AuthStepCustomChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-custom-challenge': AuthStepCustomChallenge;
  }
}
