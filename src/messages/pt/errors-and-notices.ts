import type { Catalog } from '../en.js';

/** `pt`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'A sua conta foi confirmada. Inicie sessão para continuar.',
  'notice.passwordReset': 'A sua palavra-passe foi alterada. Inicie sessão com a nova palavra-passe.',
  'notice.totpSetupRestart':
    'Não é possível continuar a configuração da aplicação de autenticação depois de recarregar a página. Inicie sessão novamente para recomeçar.',
  'notice.passkeyRegistered': 'Chave de acesso criada. Pode utilizá-la da próxima vez que iniciar sessão.',
  'notice.signedOut': 'Sessão terminada.',
  'error.required': 'Este campo é obrigatório.',
  'error.passwordMismatch': 'As palavras-passe não coincidem.',
  'error.codeFormat': 'O código só pode conter algarismos.',
  'error.emailFormat': 'Introduza um endereço de email como nome@example.com.',
  'error.notAuthorized': 'Nome de utilizador ou palavra-passe incorretos.',
  'error.signInEnded': 'O início de sessão foi interrompido. Inicie sessão novamente para tentar de novo.',
  'error.userNotFound': 'Não encontrámos nenhuma conta com esse nome de utilizador.',
  'error.wrongAnswer': 'Essa resposta não está correta. Tente novamente.',
  'error.codeMismatch': 'Esse código não está correto. Verifique-o e tente novamente.',
  'error.expiredCode': 'Esse código expirou. Peça um novo.',
  'error.limitExceeded': 'Demasiadas tentativas. Aguarde algum tempo antes de tentar novamente.',
  'error.tooManyRequests': 'Demasiados pedidos. Aguarde um momento e tente novamente.',
  'error.tooManyFailedAttempts': 'Demasiadas tentativas falhadas. Aguarde algum tempo antes de tentar novamente.',
  'error.invalidPassword': 'Esta palavra-passe não é permitida. Escolha outra.',
  'error.passwordRule': 'A sua palavra-passe tem de ter: {rule}',
  'error.passwordTooShort': 'Esta palavra-passe é demasiado curta.',
  'error.invalidParameter': 'Um dos dados introduzidos não é válido. Verifique-o e tente novamente.',
  'error.passwordResetRequired': 'Tem de repor a sua palavra-passe.',
  'error.userNotConfirmed': 'A sua conta ainda não foi confirmada.',
  'error.sessionExpired': 'A sua sessão expirou. Inicie sessão novamente.',
  'error.alreadySignedIn': 'Já tem sessão iniciada.',
  'error.passwordAttemptsExceeded':
    'Demasiadas palavras-passe incorretas. Aguarde 15 minutos antes de tentar novamente.',
  'error.invalidPreferredChallenge': 'Esse método de início de sessão não está disponível. Escolha outro.',
  'error.service': 'Ocorreu um problema no serviço de início de sessão. Tente novamente dentro de momentos.',
  'error.configuration': 'O início de sessão não está configurado corretamente. Contacte o proprietário do site.',
  'error.passkeyCanceled':
    'O pedido da chave de acesso foi cancelado ou expirou. Tente novamente ou escolha outra forma de iniciar sessão.',
  'error.passkeyRegistrationCanceled':
    'A chave de acesso não foi criada: o pedido foi cancelado ou expirou. Tente novamente ou escolha «Agora não».',
  'error.passkeyUnsupported': 'Este navegador não pode utilizar chaves de acesso aqui.',
  'error.passkeyExists': 'Este dispositivo já tem uma chave de acesso para a sua conta.',
  'error.socialSignIn': 'Não foi possível iniciar sessão com esse fornecedor. Tente novamente ou utilize outra forma.',
  'error.unknownStep': 'Este passo de início de sessão não é suportado.',
  'error.signInElsewhere': 'Já está em curso outro início de sessão nesta página. Conclua-o ou volte atrás primeiro.',
  'error.socialCanceled': 'O início de sessão com esse fornecedor foi cancelado.',
  'error.flowNotAllowed':
    'Esta forma de iniciar sessão não está ativada para esta aplicação. Contacte o proprietário do site.',
  'error.unknown': 'Ocorreu um erro. Tente novamente.',
  'error.accountExists.email':
    'Já existe uma conta com este email. Inicie sessão ou reponha a palavra-passe se a esqueceu.',
  'error.accountExists.phone_number':
    'Já existe uma conta com este número de telefone. Inicie sessão ou reponha a palavra-passe se a esqueceu.',
  'error.accountExists.username': 'Este nome de utilizador já está a ser utilizado. Se for seu, inicie sessão.',
  'error.phoneFormat': 'Introduza o número com o indicativo do país, por exemplo +351912345678.',
  'error.signUpNotAllowed': 'Não é possível criar contas novas aqui. Contacte o responsável pelo site.',
  'error.codeDelivery':
    'Não foi possível enviar o código. Verifique o email ou o número de telefone e tente novamente.',
  'error.signUpLinkWaitEnded': 'Deixámos de esperar que abra a ligação. Depois de a abrir, inicie sessão.',
  'notice.signUpLinkRestart': 'Depois de abrir a ligação que lhe enviámos, inicie sessão.',
  'notice.contactVerified': 'Obrigado, está verificado. Já o pode utilizar para repor a palavra-passe.',
  'notice.sessionEnded': 'A sua sessão terminou. Inicie sessão novamente para continuar.',
  'error.pageRefusal': '{reason}',
};
