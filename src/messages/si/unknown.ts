import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'මෙම පිවිසුම් පියවරට සහාය නොදක්වයි',
  'hint.unknownStep': 'පිවිසුම මෙම පිටුවට පෙන්විය නොහැකි පියවරක් ඉල්ලා ඇත ({step}). ආපසු ගොස් නැවත උත්සාහ කරන්න, නැතහොත් සහාය අමතන්න.',
};
