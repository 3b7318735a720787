// Loaded only when a reset-password, sign-up or contact screen (or remembering the device) needs it, to keep the first
// screen small.
export {
  autoSignIn,
  confirmResetPassword,
  confirmSignUp,
  confirmUserAttribute,
  fetchUserAttributes,
  rememberDevice,
  resendSignUpCode,
  resetPassword,
  sendUserAttributeVerificationCode,
  signUp,
} from 'aws-amplify/auth';
