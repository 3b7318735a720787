/** Registers `<auth-account>` and its sections' elements (the npm entry at once, the CDN build when one is on the page). */
import { addEnglish } from '../../src/i18n.js';
import { AuthAccount } from '../auth-account.js';
import { defineElement } from '../shared/define.js';
import { AuthAccountDelete } from './delete-section.js';
import { AuthAccountDevices } from './devices-section.js';
import { AuthAccountPasskeys } from './passkeys-section.js';
import { AuthAccountMfa } from './mfa-section.js';
import { AuthAccountPassword } from './password-section.js';
import { AuthAccountProfile } from './profile-section.js';
import { AuthAccountSessions } from './sessions-section.js';

export function defineAccountElements() {
  addEnglish(AuthAccountProfile.messages);
  defineElement('auth-account-profile', AuthAccountProfile);
  addEnglish(AuthAccountPassword.messages);
  defineElement('auth-account-password', AuthAccountPassword);
  defineElement('auth-account-passkeys', AuthAccountPasskeys);
  defineElement('auth-account-devices', AuthAccountDevices);
  addEnglish(AuthAccountMfa.messages);
  defineElement('auth-account-mfa', AuthAccountMfa);
  defineElement('auth-account-sessions', AuthAccountSessions);
  defineElement('auth-account-delete', AuthAccountDelete);
  defineElement('auth-account', AuthAccount);
}

export { AuthAccount };
