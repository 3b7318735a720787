import type { Catalog } from '../en.js';

/** `he`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'שלב הכניסה הזה אינו נתמך',
  'hint.unknownStep': 'תהליך הכניסה דרש שלב שאי אפשר להציג בדף הזה ({step}). אפשר לחזור ולנסות שוב, או לפנות לתמיכה.',
};
