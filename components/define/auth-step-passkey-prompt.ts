import { defineElement } from '../shared/define.js';
import { AuthStepPasskeyPrompt } from '../steps/passkey-prompt-step.js';

defineElement('auth-step-passkey-prompt', AuthStepPasskeyPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'auth-step-passkey-prompt': AuthStepPasskeyPrompt;
  }
}
