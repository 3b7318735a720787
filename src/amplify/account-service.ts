/**
 * `<auth-account>`'s auth service: the sign-in's (`service.ts`) and the account's own calls. Only `<auth-account>`
 * loads this module, so a sign-in page does not download these members.
 */
import { signOut } from 'aws-amplify/auth';
import type { AccountService } from '../auth-service.js';
import { Amplify } from './amplify.js';
import { AmplifyAuthService } from './service.js';

export class AmplifyAccountService extends AmplifyAuthService implements AccountService {
  async updateUserAttributes(attributes: Record<string, string>) {
    return (await import('./account.js')).updateAttributes(attributes);
  }

  async updatePassword(oldPassword: string, newPassword: string) {
    const { updatePassword } = await import('./account.js');
    await updatePassword({ oldPassword, newPassword });
  }

  signOutEverywhere() {
    return signOut({ global: true });
  }

  async deleteUser() {
    const { deleteUser } = await import('./account.js');
    await deleteUser();
  }

  async mfa() {
    return (await import('./mfa.js')).amplifyMfaService;
  }

  async passkeysAllowed() {
    const passwordless = Amplify.getConfig().Auth?.Cognito?.passwordless;
    // A configuration that names the passwordless factors without WebAuthn says the pool allows no passkeys.
    if (passwordless && !passwordless.webAuthn) return false;
    return this.supportsPasskeys();
  }

  async listPasskeys() {
    return (await import('./account-lists.js')).listPasskeys();
  }

  async deletePasskey(credentialId: string) {
    return (await import('./account-lists.js')).deletePasskey(credentialId);
  }

  async listDevices() {
    return (await import('./account-lists.js')).listDevices();
  }

  async forgetDevice(deviceKey: string) {
    return (await import('./account-lists.js')).forgetDevice(deviceKey);
  }
}
