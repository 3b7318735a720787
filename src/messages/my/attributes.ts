import type { Catalog } from '../en.js';

/** `my`: the ids English keeps in `en/attributes.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'attribute.given_name': 'အမည်',
  'attribute.family_name': 'မျိုးရိုးအမည်',
  'attribute.name': 'အမည်အပြည့်အစုံ',
  'attribute.nickname': 'အမည်ပြောင်',
  'attribute.preferred_username': 'နှစ်သက်သော အသုံးပြုသူအမည်',
  'attribute.middle_name': 'အလယ်အမည်',
  'attribute.email': 'အီးမေးလ်',
  'attribute.phone_number': 'ဖုန်းနံပါတ်',
  'attribute.birthdate': 'မွေးသက္ကရာဇ်',
  'attribute.address': 'လိပ်စာ',
  'attribute.gender': 'ကျား/မ',
  'attribute.locale': 'ဘာသာစကားနှင့် ဒေသ',
  'attribute.picture': 'ပုံ၏ URL',
  'attribute.profile': 'ပရိုဖိုင် URL',
  'attribute.website': 'ဝက်ဘ်ဆိုက်',
  'attribute.zoneinfo': 'စံတော်ချိန်ဇုန်',
};
