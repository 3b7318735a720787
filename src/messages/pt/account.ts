import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Não tem sessão iniciada. Inicie sessão para gerir a sua conta.',
  'account.password.title': 'Alterar a palavra-passe',
  'account.field.currentPassword': 'Palavra-passe atual',
  'account.password.submit': 'Alterar palavra-passe',
  'account.password.changed': 'A sua palavra-passe foi alterada.',
  'account.error.currentPassword': 'Essa não é a sua palavra-passe atual.',
  'account.sessions.title': 'Terminar sessão em todo o lado',
  'account.sessions.hint':
    'Vai terminar a sessão em todos os dispositivos e navegadores onde tem sessão iniciada, incluindo este.',
  'account.sessions.submit': 'Terminar sessão em todos os dispositivos',
  'account.delete.title': 'Eliminar a sua conta',
  'account.delete.hint': 'Esta ação elimina a sua conta e tudo o que nela está guardado. Não é possível anular.',
  'account.delete.word': 'eliminar',
  'account.delete.field': 'Para confirmar, escreva «{word}»',
  'account.delete.submit': 'Eliminar conta',
  'account.delete.mismatch': 'Escreva «{word}» para confirmar.',
  'account.delete.done': 'A sua conta foi eliminada.',
  'account.passkeys.title': 'Chaves de acesso',
  'account.passkeys.hint':
    'Inicie sessão com a impressão digital, o rosto ou o bloqueio de ecrã em vez de uma palavra-passe.',
  'account.passkeys.empty': 'Ainda não adicionou nenhuma chave de acesso.',
  'account.passkeys.add': 'Adicionar uma chave de acesso',
  'account.passkeys.unnamed': 'Chave de acesso',
  'account.passkeys.created': 'Adicionada a {date}',
  'account.passkeys.remove': 'Remover',
  'account.passkeys.confirm': 'Remover «{name}»? Deixará de poder utilizá-la para iniciar sessão.',
  'account.passkeys.confirmSubmit': 'Remover chave de acesso',
  'account.passkeys.keep': 'Manter',
  'account.passkeys.added': 'Chave de acesso adicionada. Pode utilizá-la da próxima vez que iniciar sessão.',
  'account.passkeys.deleted': 'Chave de acesso removida.',
  'account.devices.title': 'Dispositivos memorizados',
  'account.devices.hint': 'Estes dispositivos podem iniciar sessão sem código de verificação.',
  'account.devices.empty': 'Não há dispositivos memorizados.',
  'account.devices.this': 'Este dispositivo',
  'account.devices.unnamed': 'Dispositivo sem nome',
  'account.devices.forget': 'Esquecer',
  'account.devices.forgetThis': 'Esquecer este dispositivo',
  'account.devices.forgot':
    'Dispositivo esquecido. Vai precisar de um código de verificação da próxima vez que iniciar sessão.',
  'account.devices.forgotThis':
    'Este dispositivo foi esquecido. Vai precisar de um código de verificação da próxima vez que iniciar sessão aqui.',
  'account.lastUsed': 'Última utilização: {date}',
  'account.list.retry': 'Tentar novamente',
};
