import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/verify-contact.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.VERIFY_CONTACT.title': 'Пацвердзіце кантактныя даныя',
  'hint.verifyContact': 'Пацвердзіце, як з вамі звязацца, каб вы змаглі скінуць пароль, калі забудзеце яго.',
  'action.verifyContact.email': 'Атрымаць код па электроннай пошце',
  'action.verifyContact.phone_number': 'Атрымаць код у SMS',
};
