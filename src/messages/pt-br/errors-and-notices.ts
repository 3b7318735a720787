import type { Catalog } from '../en.js';

/** `pt-br`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Sua conta foi confirmada. Entre para continuar.',
  'notice.passwordReset': 'Sua senha foi alterada. Entre com a nova senha.',
  'notice.totpSetupRestart':
    'Não é possível continuar a configuração do app autenticador depois que a página é recarregada. Entre novamente para começar de novo.',
  'notice.passkeyRegistered': 'Chave de acesso criada. Você já pode usá-la no seu próximo login.',
  'notice.signedOut': 'Você saiu da sua conta.',
  'error.required': 'Este campo é obrigatório.',
  'error.passwordMismatch': 'As senhas não coincidem.',
  'error.codeFormat': 'O código deve conter apenas números.',
  'error.emailFormat': 'Digite um e-mail no formato nome@example.com.',
  'error.notAuthorized': 'Nome de usuário ou senha incorretos.',
  'error.signInEnded': 'O login foi interrompido. Entre novamente para tentar de novo.',
  'error.userNotFound': 'Não encontramos nenhuma conta com esse nome de usuário.',
  'error.wrongAnswer': 'Essa resposta não está correta. Tente novamente.',
  'error.codeMismatch': 'Esse código não está correto. Confira e tente novamente.',
  'error.expiredCode': 'Esse código expirou. Solicite um novo.',
  'error.limitExceeded': 'Muitas tentativas. Aguarde um pouco antes de tentar novamente.',
  'error.tooManyRequests': 'Muitas solicitações. Aguarde um momento e tente novamente.',
  'error.tooManyFailedAttempts': 'Muitas tentativas sem sucesso. Aguarde um pouco antes de tentar novamente.',
  'error.invalidPassword': 'Essa senha não é permitida. Escolha outra.',
  'error.passwordRule': 'Sua senha precisa ter: {rule}',
  'error.passwordTooShort': 'Essa senha é muito curta.',
  'error.invalidParameter': 'Algum dado informado não é válido. Confira e tente novamente.',
  'error.passwordResetRequired': 'Você precisa redefinir sua senha.',
  'error.userNotConfirmed': 'Sua conta ainda não foi confirmada.',
  'error.sessionExpired': 'Sua sessão expirou. Entre novamente.',
  'error.alreadySignedIn': 'Você já entrou na sua conta.',
  'error.passwordAttemptsExceeded':
    'Muitas tentativas com a senha errada. Aguarde 15 minutos antes de tentar novamente.',
  'error.invalidPreferredChallenge': 'Esse método de login não está disponível. Escolha outro.',
  'error.service': 'O serviço de login teve um problema. Tente novamente em instantes.',
  'error.configuration': 'O login não está configurado corretamente. Entre em contato com o responsável pelo site.',
  'error.passkeyCanceled':
    'A solicitação da chave de acesso foi cancelada ou expirou. Tente novamente ou escolha outra forma de entrar.',
  'error.passkeyRegistrationCanceled':
    'A chave de acesso não foi criada: a solicitação foi cancelada ou expirou. Tente novamente ou escolha “Agora não”.',
  'error.passkeyUnsupported': 'Este navegador não pode usar chaves de acesso aqui.',
  'error.passkeyExists': 'Este dispositivo já tem uma chave de acesso para sua conta.',
  'error.socialSignIn': 'Não foi possível entrar com esse provedor. Tente novamente ou use outra forma de login.',
  'error.unknownStep': 'Esta etapa de login não é compatível.',
  'error.signInElsewhere':
    'Já existe outro login em andamento nesta página. Conclua esse login primeiro ou volte à etapa anterior.',
  'error.socialCanceled': 'O login com esse provedor foi cancelado.',
  'error.flowNotAllowed':
    'Essa forma de login não está ativada para este app. Entre em contato com o responsável pelo site.',
  'error.unknown': 'Algo deu errado. Tente novamente.',
  'error.accountExists.email': 'Já existe uma conta com este e-mail. Entre ou redefina sua senha se você a esqueceu.',
  'error.accountExists.phone_number':
    'Já existe uma conta com este número de telefone. Entre ou redefina sua senha se você a esqueceu.',
  'error.accountExists.username': 'Este nome de usuário já está em uso. Se ele for seu, entre.',
  'error.phoneFormat': 'Digite o número com o código do país, por exemplo +5511912345678.',
  'error.signUpNotAllowed': 'Não é possível criar novas contas aqui. Fale com o responsável pelo site.',
  'error.codeDelivery': 'Não foi possível enviar o código. Confira o e-mail ou o número de telefone e tente de novo.',
  'error.signUpLinkWaitEnded': 'Paramos de esperar que você abra o link. Depois de abri-lo, entre.',
  'notice.signUpLinkRestart': 'Depois de abrir o link que enviamos, entre.',
  'notice.contactVerified': 'Pronto, está verificado. Agora você pode usá-lo para redefinir sua senha.',
  'notice.sessionEnded': 'Sua sessão terminou. Entre novamente para continuar.',
  'error.pageRefusal': '{reason}',
};
