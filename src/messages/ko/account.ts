import type { Catalog } from '../en.js';

/** `ko`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': '로그인하지 않았습니다. 계정을 관리하려면 로그인하세요.',
  'account.password.title': '비밀번호 변경',
  'account.field.currentPassword': '현재 비밀번호',
  'account.password.submit': '비밀번호 변경',
  'account.password.changed': '비밀번호가 변경되었습니다.',
  'account.error.currentPassword': '현재 비밀번호가 아닙니다.',
  'account.sessions.title': '모든 곳에서 로그아웃',
  'account.sessions.hint': '이 기기를 포함해 로그인한 모든 기기와 브라우저에서 로그아웃됩니다.',
  'account.sessions.submit': '모든 기기에서 로그아웃',
  'account.delete.title': '계정 삭제',
  'account.delete.hint': '계정과 계정에 저장된 모든 정보가 삭제됩니다. 삭제한 후에는 되돌릴 수 없습니다.',
  'account.delete.word': '삭제',
  'account.delete.field': '확인하려면 ‘{word}’를 입력하세요',
  'account.delete.submit': '계정 삭제',
  'account.delete.mismatch': '확인하려면 ‘{word}’를 입력하세요.',
  'account.delete.done': '계정이 삭제되었습니다.',
};
