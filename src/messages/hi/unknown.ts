import type { Catalog } from '../en.js';

/** `hi`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'साइन इन के इस चरण की सुविधा उपलब्ध नहीं है',
  'hint.unknownStep':
    'साइन इन के लिए ऐसे चरण ({step}) की ज़रूरत है जिसे यह पेज नहीं दिखा सकता। वापस जाकर फिर से कोशिश करें या सहायता टीम से संपर्क करें।',
};
