import type { Catalog } from '../en.js';

/** `ne`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'साइन इनको यो चरण समर्थित छैन',
  'hint.unknownStep':
    'साइन इनले यो पेजले देखाउन नसक्ने चरण माग्यो ({step})। पछाडि गएर फेरि प्रयास गर्नुहोस् वा सहायता टोलीलाई सम्पर्क गर्नुहोस्।',
};
