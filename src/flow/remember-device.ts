/**
 * "Remember this device" (`remember-device`): `ask` shows a checkbox on the MFA code steps, `always` remembers
 * after every sign-in, `never` (default) does not. Remembering is Amplify's `rememberDevice()` once tokens exist.
 */
import type { AuthService } from '../auth-service.js';
import type { Step } from './steps.js';

export type RememberDevice = 'ask' | 'always' | 'never';

/** The steps that ask for a second factor's code: where `ask` shows the checkbox. */
const CODE_STEPS: ReadonlySet<Step> = new Set([
  'CONFIRM_SIGN_IN_WITH_SMS_CODE',
  'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
  'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
]);

/** The name of the checkbox in the form's values. */
export const REMEMBER_FIELD = 'rememberDevice';

export const offersRememberDevice = (option: RememberDevice | undefined, step: Step | undefined): boolean =>
  option === 'ask' && step !== undefined && CODE_STEPS.has(step);

export const shouldRemember = (option: RememberDevice | undefined, ticked: boolean): boolean =>
  option === 'always' || (option === 'ask' && ticked);

/**
 * Remembers the device when the option (and the checkbox) say so; a pool without device tracking has no device to
 * remember (Amplify then throws), which changes nothing for the person signing in.
 */
export async function rememberIfWanted(
  service: AuthService,
  option: RememberDevice | undefined,
  ticked: boolean,
): Promise<void> {
  if (!shouldRemember(option, ticked)) return;
  try {
    await service.rememberDevice();
  } catch {
    // No device metadata: the pool does not track devices.
  }
}
