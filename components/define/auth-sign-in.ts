import { AuthSignIn } from '../auth-sign-in.js';
import { defineElement } from '../shared/define.js';

defineElement('auth-sign-in', AuthSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-in': AuthSignIn;
  }
}
