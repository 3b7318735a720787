import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': '나중에',
  'action.registerPasskey': '패스키 만들기',
  'step.PASSKEY_PROMPT.title': '다음부터 더 빠르게 로그인',
  'hint.passkeyPrompt': '패스키를 만들면 비밀번호 대신 지문, 얼굴 인식 또는 화면 잠금으로 로그인할 수 있습니다.',
};
