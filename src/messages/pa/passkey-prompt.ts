import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ਹੁਣੇ ਨਹੀਂ',
  'action.registerPasskey': 'ਪਾਸਕੀ ਬਣਾਓ',
  'step.PASSKEY_PROMPT.title': 'ਅਗਲੀ ਵਾਰ ਹੋਰ ਤੇਜ਼ੀ ਨਾਲ ਸਾਈਨ-ਇਨ ਕਰੋ',
  'hint.passkeyPrompt': 'ਪਾਸਵਰਡ ਦੀ ਬਜਾਏ ਆਪਣੇ ਫਿੰਗਰਪ੍ਰਿੰਟ, ਚਿਹਰੇ ਜਾਂ ਸਕ੍ਰੀਨ ਲਾਕ ਨਾਲ ਸਾਈਨ-ਇਨ ਕਰਨ ਲਈ ਇੱਕ ਪਾਸਕੀ ਬਣਾਓ।',
};
