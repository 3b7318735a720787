import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Akaunti yako imethibitishwa. Ingia ili uendelee.',
  'notice.passwordReset': 'Nenosiri lako limebadilishwa. Ingia ukitumia nenosiri lako jipya.',
  'notice.totpSetupRestart':
    'Huwezi kuendelea kuweka mipangilio ya programu ya uthibitishaji baada ya kupakia ukurasa upya. Ingia tena ili uanze upya.',
  'notice.passkeyRegistered': 'Ufunguo wa siri umeundwa. Unaweza kuutumia utakapoingia wakati ujao.',
  'notice.signedOut': 'Umeondoka.',
  'error.required': 'Sehemu hii inahitajika.',
  'error.passwordMismatch': 'Manenosiri hayalingani.',
  'error.codeFormat': 'Weka msimbo kwa tarakimu pekee.',
  'error.emailFormat': 'Weka anwani ya barua pepe kama name@example.com.',
  'error.notAuthorized': 'Jina la mtumiaji au nenosiri si sahihi.',
  'error.signInEnded': 'Mchakato wa kuingia umesimamishwa. Ingia tena ili ujaribu upya.',
  'error.userNotFound': 'Hatukupata akaunti yenye jina hilo la mtumiaji.',
  'error.wrongAnswer': 'Jibu hilo si sahihi. Jaribu tena.',
  'error.codeMismatch': 'Msimbo huo si sahihi. Uangalie kisha ujaribu tena.',
  'error.expiredCode': 'Muda wa msimbo huo umekwisha. Omba msimbo mpya.',
  'error.limitExceeded': 'Umejaribu mara nyingi mno. Subiri kwa muda kabla ya kujaribu tena.',
  'error.tooManyRequests': 'Maombi ni mengi mno. Subiri kidogo kisha ujaribu tena.',
  'error.tooManyFailedAttempts': 'Majaribio mengi mno hayakufaulu. Subiri kwa muda kabla ya kujaribu tena.',
  'error.invalidPassword': 'Nenosiri hili haliruhusiwi. Chagua jingine.',
  'error.passwordRule': 'Nenosiri lako linahitaji: {rule}',
  'error.passwordTooShort': 'Nenosiri hili ni fupi mno.',
  'error.invalidParameter': 'Kitu ulichoweka si sahihi. Kiangalie kisha ujaribu tena.',
  'error.passwordResetRequired': 'Unapaswa kuweka upya nenosiri lako.',
  'error.userNotConfirmed': 'Akaunti yako bado haijathibitishwa.',
  'error.sessionExpired': 'Muda wa kipindi chako cha kuingia umekwisha. Ingia tena.',
  'error.alreadySignedIn': 'Tayari umeingia.',
  'error.passwordAttemptsExceeded':
    'Umeweka nenosiri lisilo sahihi mara nyingi mno. Subiri dakika 15 kabla ya kujaribu tena.',
  'error.invalidPreferredChallenge': 'Njia hiyo ya kuingia haipatikani. Chagua nyingine.',
  'error.service': 'Huduma ya kuingia imekumbwa na tatizo. Jaribu tena baada ya muda mfupi.',
  'error.configuration': 'Mchakato wa kuingia haujawekwa ipasavyo. Wasiliana na mmiliki wa tovuti.',
  'error.passkeyCanceled':
    'Ombi la ufunguo wa siri limeghairiwa au muda wake umekwisha. Jaribu tena au uchague njia nyingine ya kuingia.',
  'error.passkeyRegistrationCanceled':
    'Ufunguo wa siri haukuundwa: ombi limeghairiwa au muda wake umekwisha. Jaribu tena, au uchague “Si sasa”.',
  'error.passkeyUnsupported': 'Kivinjari hiki hakiwezi kutumia funguo za siri hapa.',
  'error.passkeyExists': 'Kifaa hiki tayari kina ufunguo wa siri wa akaunti yako.',
  'error.socialSignIn': 'Imeshindwa kuingia kupitia mtoa huduma huyo. Jaribu tena au utumie njia nyingine.',
  'error.unknownStep': 'Hatua hii ya kuingia haitumiki.',
  'error.signInElsewhere':
    'Mchakato mwingine wa kuingia tayari unaendelea kwenye ukurasa huu. Umalize au urudi nyuma kwanza.',
  'error.socialCanceled': 'Kuingia kupitia mtoa huduma huyo kumeghairiwa.',
  'error.flowNotAllowed': 'Njia hii ya kuingia haijawashwa kwa programu hii. Wasiliana na mmiliki wa tovuti.',
  'error.unknown': 'Hitilafu fulani imetokea. Jaribu tena.',
  'error.accountExists.email':
    'Tayari kuna akaunti inayotumia barua pepe hii. Ingia, au uweke upya nenosiri lako ikiwa umelisahau.',
  'error.accountExists.phone_number':
    'Tayari kuna akaunti inayotumia nambari hii ya simu. Ingia, au uweke upya nenosiri lako ikiwa umelisahau.',
  'error.accountExists.username': 'Jina hili la mtumiaji tayari linatumika. Ikiwa ni lako, ingia badala yake.',
  'error.phoneFormat': 'Weka nambari ya simu pamoja na msimbo wa nchi, kama vile +255712345678.',
  'error.signUpNotAllowed': 'Akaunti mpya haziwezi kufunguliwa hapa. Wasiliana na mmiliki wa tovuti.',
  'error.codeDelivery': 'Hatukuweza kutuma msimbo. Angalia anwani ya barua pepe au nambari ya simu kisha ujaribu tena.',
  'error.signUpLinkWaitEnded': 'Tumeacha kusubiri kiungo kifunguliwe. Ukishakifungua, ingia.',
  'notice.signUpLinkRestart': 'Ukishafungua kiungo tulichokutumia, ingia.',
  'notice.contactVerified': 'Asante, imethibitishwa. Sasa unaweza kuitumia kuweka upya nenosiri lako.',
  'notice.sessionEnded': 'Kipindi chako kimeisha. Ingia tena ili uendelee.',
  'error.pageRefusal': '{reason}',
};
