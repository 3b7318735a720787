/**
 * CDN entry (`dist/cdn/auth-sign-in.js`): registers `<auth-sign-in>` and its first screen. Every other
 * screen, `qrcode`, `@simplewebauthn/browser` and non-English catalogs load when first needed.
 */
import './define/auth-sign-in.js';
import './define/auth-step-sign-in.js';

export * from './public-api.js';
