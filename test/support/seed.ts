/** The demo pool's constants (server/seed.ts) under the names the tests use. */
export {
  CAPTCHA_USER,
  CUSTOM_ANSWER,
  CUSTOM_QUESTION,
  DEFAULT_PASSWORD as PASSWORD,
  SEED_PHONE as PHONE,
  SEED_TOTP_SECRET as TOTP_SECRET,
  TEMP_PASSWORD,
} from '../../packages/local-cognito/src/seed.js';
