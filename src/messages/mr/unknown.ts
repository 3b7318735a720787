import type { Catalog } from '../en.js';

/** `mr`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'साइन इनच्या या पायरीला सपोर्ट नाही',
  'hint.unknownStep':
    'साइन इनसाठी अशी पायरी आवश्यक आहे जी हे पेज दाखवू शकत नाही ({step}). मागे जा आणि पुन्हा प्रयत्न करा, किंवा सपोर्टशी संपर्क साधा.',
};
