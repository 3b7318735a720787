import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'ਆਪਣੇ ਸੰਪਰਕ ਵੇਰਵਿਆਂ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
  'hint.verifyContact': 'ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਾਂ, ਤਾਂ ਜੋ ਪਾਸਵਰਡ ਭੁੱਲ ਜਾਣ ’ਤੇ ਤੁਸੀਂ ਉਸਨੂੰ ਰੀਸੈੱਟ ਕਰ ਸਕੋ।',
  'action.verifyContact.email': 'ਮੈਨੂੰ ਈਮੇਲ ’ਤੇ ਕੋਡ ਭੇਜੋ',
  'action.verifyContact.phone_number': 'ਮੈਨੂੰ SMS ’ਤੇ ਕੋਡ ਭੇਜੋ',
};
