// Loaded only when a reset-password or confirm-sign-up screen needs it, to keep the first screen small.
export { confirmResetPassword, confirmSignUp, resendSignUpCode, resetPassword } from 'aws-amplify/auth';
