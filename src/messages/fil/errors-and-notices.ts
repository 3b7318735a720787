import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Nakumpirma na ang iyong account. Mag-sign in para magpatuloy.',
  'notice.passwordReset': 'Napalitan na ang iyong password. Mag-sign in gamit ang bago mong password.',
  'notice.totpSetupRestart':
    'Hindi maituloy ang pag-set up ng authenticator app pagkatapos mag-reload. Mag-sign in ulit para magsimula muli.',
  'notice.passkeyRegistered': 'Nagawa na ang passkey. Magagamit mo ito sa susunod mong pag-sign in.',
  'notice.signedOut': 'Naka-sign out ka na.',
  'error.required': 'Kailangang punan ang field na ito.',
  'error.passwordMismatch': 'Hindi magkatugma ang mga password.',
  'error.codeFormat': 'Ilagay ang code gamit lang ang mga numero.',
  'error.emailFormat': 'Maglagay ng email address na tulad ng name@example.com.',
  'error.notAuthorized': 'Mali ang username o password.',
  'error.signInEnded': 'Itinigil ang pag-sign in. Mag-sign in ulit para subukang muli.',
  'error.userNotFound': 'Wala kaming nakitang account na may ganyang username.',
  'error.wrongAnswer': 'Mali ang sagot na iyan. Subukang muli.',
  'error.codeMismatch': 'Mali ang code na iyan. Tingnan ito at subukang muli.',
  'error.expiredCode': 'Nag-expire na ang code na iyan. Humingi ng bago.',
  'error.limitExceeded': 'Masyadong maraming pagsubok. Maghintay nang ilang sandali bago subukang muli.',
  'error.tooManyRequests': 'Masyadong maraming kahilingan. Maghintay sandali at subukang muli.',
  'error.tooManyFailedAttempts':
    'Masyadong maraming hindi matagumpay na pagsubok. Maghintay nang ilang sandali bago subukang muli.',
  'error.invalidPassword': 'Hindi pinapayagan ang password na ito. Pumili ng iba.',
  'error.passwordRule': 'Kailangan ng iyong password ang: {rule}',
  'error.passwordTooShort': 'Masyadong maikli ang password na ito.',
  'error.invalidParameter': 'May inilagay kang hindi valid. Tingnan ito at subukang muli.',
  'error.passwordResetRequired': 'Kailangan mong i-reset ang iyong password.',
  'error.userNotConfirmed': 'Hindi pa nakukumpirma ang iyong account.',
  'error.sessionExpired': 'Nag-expire na ang iyong session sa pag-sign in. Mag-sign in ulit.',
  'error.alreadySignedIn': 'Naka-sign in ka na.',
  'error.passwordAttemptsExceeded': 'Masyadong maraming maling password. Maghintay nang 15 minuto bago subukang muli.',
  'error.invalidPreferredChallenge': 'Hindi available ang paraang iyan ng pag-sign in. Pumili ng iba.',
  'error.service': 'Nagkaproblema ang serbisyo sa pag-sign in. Subukang muli mamaya.',
  'error.configuration': 'Hindi tama ang pagkaka-configure ng pag-sign in. Makipag-ugnayan sa may-ari ng site.',
  'error.passkeyCanceled':
    'Kinansela o nag-time out ang kahilingan para sa passkey. Subukang muli o pumili ng ibang paraan ng pag-sign in.',
  'error.passkeyRegistrationCanceled':
    'Hindi nagawa ang passkey: kinansela o nag-time out ang kahilingan. Subukang muli, o piliin ang “Hindi ngayon”.',
  'error.passkeyUnsupported': 'Hindi magagamit ng browser na ito ang mga passkey dito.',
  'error.passkeyExists': 'May passkey na para sa iyong account ang device na ito.',
  'error.socialSignIn':
    'Hindi gumana ang pag-sign in gamit ang provider na iyan. Subukang muli o gumamit ng ibang paraan.',
  'error.unknownStep': 'Hindi sinusuportahan ang hakbang na ito sa pag-sign in.',
  'error.signInElsewhere':
    'May isa pang pag-sign in na kasalukuyang ginagawa sa page na ito. Tapusin muna ito o bumalik.',
  'error.socialCanceled': 'Kinansela ang pag-sign in gamit ang provider na iyan.',
  'error.flowNotAllowed':
    'Hindi naka-on ang paraang ito ng pag-sign in para sa app na ito. Makipag-ugnayan sa may-ari ng site.',
  'error.unknown': 'Nagkaproblema. Subukang muli.',
  'error.accountExists.email':
    'May account na gamit ang email na ito. Mag-sign in, o i-reset ang iyong password kung nakalimutan mo ito.',
  'error.accountExists.phone_number':
    'May account na gamit ang numero ng teleponong ito. Mag-sign in, o i-reset ang iyong password kung nakalimutan mo ito.',
  'error.accountExists.username': 'May gumagamit na ng username na ito. Kung sa iyo ito, mag-sign in na lang.',
  'error.phoneFormat': 'Ilagay ang numero ng telepono kasama ang country code, gaya ng +639171234567.',
  'error.signUpNotAllowed': 'Hindi puwedeng gumawa ng bagong account dito. Makipag-ugnayan sa may-ari ng site.',
  'error.codeDelivery':
    'Hindi namin naipadala ang code. Tingnan ang email address o numero ng telepono at subukang muli.',
  'error.signUpLinkWaitEnded': 'Hindi na namin hinihintay na mabuksan ang link. Kapag nabuksan mo na ito, mag-sign in.',
  'notice.signUpLinkRestart': 'Kapag nabuksan mo na ang link na ipinadala namin, mag-sign in.',
  'notice.contactVerified': 'Salamat, na-verify na ito. Magagamit mo na ito para i-reset ang iyong password.',
  'notice.sessionEnded': 'Natapos na ang iyong session. Mag-sign in ulit para magpatuloy.',
  'error.pageRefusal': '{reason}',
};
