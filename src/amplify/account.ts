// Loaded only when a reset-password, sign-up or contact screen, `<auth-account>` (or remembering the device) needs it,
// to keep the first screen small.
import { updateUserAttributes } from 'aws-amplify/auth';
import type { AttributeUpdate, ContactAttribute } from '../auth-service.js';

export {
  autoSignIn,
  confirmResetPassword,
  confirmSignUp,
  confirmUserAttribute,
  deleteUser,
  fetchUserAttributes,
  rememberDevice,
  resendSignUpCode,
  resetPassword,
  sendUserAttributeVerificationCode,
  signUp,
  updatePassword,
} from 'aws-amplify/auth';

/** Saves attributes; those that wait for a code (a new email or phone number) and where the first code went. */
export async function updateAttributes(userAttributes: Record<string, string>): Promise<AttributeUpdate> {
  const output = await updateUserAttributes({ userAttributes });
  const pending: ContactAttribute[] = [];
  let destination: string | undefined;
  for (const [name, { nextStep }] of Object.entries(output)) {
    if (nextStep.updateAttributeStep !== 'CONFIRM_ATTRIBUTE_WITH_CODE') continue;
    pending.push(name as ContactAttribute);
    destination ??= nextStep.codeDeliveryDetails?.destination;
  }
  return { pending, ...(destination ? { destination } : {}) };
}
