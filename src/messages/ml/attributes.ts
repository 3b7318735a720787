import type { Catalog } from '../en.js';

/** `ml`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'പേരിന്റെ ആദ്യഭാഗം',
  'attribute.family_name': 'കുടുംബപ്പേര്',
  'attribute.name': 'പൂർണ്ണനാമം',
  'attribute.nickname': 'വിളിപ്പേര്',
  'attribute.preferred_username': 'താൽപ്പര്യമുള്ള ഉപയോക്തൃനാമം',
  'attribute.middle_name': 'പേരിന്റെ മധ്യഭാഗം',
  'attribute.email': 'ഇമെയിൽ',
  'attribute.phone_number': 'ഫോൺ നമ്പർ',
  'attribute.birthdate': 'ജനനത്തീയതി',
  'attribute.address': 'വിലാസം',
  'attribute.gender': 'ലിംഗഭേദം',
  'attribute.locale': 'ഭാഷയും പ്രദേശവും',
  'attribute.picture': 'ചിത്രത്തിന്റെ URL',
  'attribute.profile': 'പ്രൊഫൈൽ URL',
  'attribute.website': 'വെബ്സൈറ്റ്',
  'attribute.zoneinfo': 'സമയമേഖല',
};
