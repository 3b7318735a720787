import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/unknown.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.UNKNOWN.title': 'មិនគាំទ្រជំហានចូលនេះទេ',
  'hint.unknownStep': 'ការចូលបានស្នើសុំជំហានដែលទំព័រនេះមិនអាចបង្ហាញបាន ({step})។ សូមត្រឡប់ក្រោយ ហើយព្យាយាមម្ដងទៀត ឬទាក់ទងផ្នែកជំនួយ។',
};
