// Loaded only when a reset-password or confirm-sign-up screen (or remembering the device) needs it, to keep the first
// screen small.
export { confirmResetPassword, confirmSignUp, rememberDevice, resendSignUpCode, resetPassword } from 'aws-amplify/auth';
