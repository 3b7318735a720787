// Loaded only when a reset-password, sign-up or contact screen, `<auth-account>` (or remembering the device) needs it,
// to keep the first screen small.
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
