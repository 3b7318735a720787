import type { Catalog } from '../en.js';

/** `cs`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Váš účet je potvrzen. Pokračujte přihlášením.',
  'notice.passwordReset': 'Heslo bylo změněno. Přihlaste se novým heslem.',
  'notice.totpSetupRestart':
    'Po opětovném načtení stránky nelze v nastavení ověřovací aplikace pokračovat. Přihlaste se znovu a začněte od začátku.',
  'notice.passkeyRegistered': 'Přístupový klíč byl vytvořen. Můžete ho použít při příštím přihlášení.',
  'notice.signedOut': 'Byli jste odhlášeni.',
  'error.required': 'Toto pole je povinné.',
  'error.passwordMismatch': 'Hesla se neshodují.',
  'error.codeFormat': 'Kód zadejte pouze číslicemi.',
  'error.emailFormat': 'Zadejte e-mailovou adresu ve tvaru jmeno@example.com.',
  'error.notAuthorized': 'Nesprávné uživatelské jméno nebo heslo.',
  'error.signInEnded': 'Přihlašování bylo přerušeno. Přihlaste se prosím znovu.',
  'error.userNotFound': 'Účet s tímto uživatelským jménem jsme nenašli.',
  'error.wrongAnswer': 'Tato odpověď není správná. Zkuste to znovu.',
  'error.codeMismatch': 'Tento kód není správný. Zkontrolujte ho a zkuste to znovu.',
  'error.expiredCode': 'Platnost kódu vypršela. Vyžádejte si nový.',
  'error.limitExceeded': 'Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.',
  'error.tooManyRequests': 'Příliš mnoho požadavků. Chvilku počkejte a zkuste to znovu.',
  'error.tooManyFailedAttempts': 'Příliš mnoho neúspěšných pokusů. Chvíli počkejte a zkuste to znovu.',
  'error.invalidPassword': 'Toto heslo není povoleno. Zvolte jiné.',
  'error.passwordRule': 'Heslo musí obsahovat: {rule}',
  'error.passwordTooShort': 'Heslo je příliš krátké.',
  'error.invalidParameter': 'Některý ze zadaných údajů je neplatný. Zkontrolujte je a zkuste to znovu.',
  'error.passwordResetRequired': 'Musíte si obnovit heslo.',
  'error.userNotConfirmed': 'Váš účet zatím není potvrzen.',
  'error.sessionExpired': 'Platnost přihlášení vypršela. Přihlaste se znovu.',
  'error.alreadySignedIn': 'Už jste přihlášeni.',
  'error.passwordAttemptsExceeded': 'Příliš mnoho chybně zadaných hesel. Počkejte 15 minut a zkuste to znovu.',
  'error.invalidPreferredChallenge': 'Tento způsob přihlášení není k dispozici. Zvolte jiný.',
  'error.service': 'V přihlašovací službě došlo k chybě. Za chvíli to zkuste znovu.',
  'error.configuration': 'Přihlašování není správně nastaveno. Obraťte se na provozovatele webu.',
  'error.passkeyCanceled':
    'Požadavek na přístupový klíč byl zrušen nebo vypršel časový limit. Zkuste to znovu, nebo zvolte jiný způsob přihlášení.',
  'error.passkeyRegistrationCanceled':
    'Přístupový klíč nebyl vytvořen, protože požadavek byl zrušen nebo vypršel časový limit. Zkuste to znovu, nebo zvolte „Teď ne“.',
  'error.passkeyUnsupported': 'Tento prohlížeč tu nemůže přístupové klíče používat.',
  'error.passkeyExists': 'Toto zařízení už má přístupový klíč k vašemu účtu.',
  'error.socialSignIn':
    'Přihlášení přes tohoto poskytovatele se nezdařilo. Zkuste to znovu, nebo použijte jiný způsob.',
  'error.unknownStep': 'Tento krok přihlášení není podporován.',
  'error.signInElsewhere': 'Na této stránce už probíhá jiné přihlašování. Nejprve ho dokončete, nebo se vraťte zpět.',
  'error.socialCanceled': 'Přihlášení přes tohoto poskytovatele bylo zrušeno.',
  'error.flowNotAllowed': 'Tento způsob přihlášení není v této aplikaci zapnutý. Obraťte se na provozovatele webu.',
  'error.unknown': 'Něco se pokazilo. Zkuste to znovu.',
  'error.accountExists.email':
    'Účet s touto e-mailovou adresou už existuje. Přihlaste se, nebo si obnovte heslo, pokud jste ho zapomněli.',
  'error.accountExists.phone_number':
    'Účet s tímto telefonním číslem už existuje. Přihlaste se, nebo si obnovte heslo, pokud jste ho zapomněli.',
  'error.accountExists.username': 'Toto uživatelské jméno už je obsazené. Pokud je vaše, přihlaste se.',
  'error.phoneFormat': 'Zadejte číslo s mezinárodní předvolbou, například +420601123456.',
  'error.signUpNotAllowed': 'Nové účty tu nelze vytvářet. Obraťte se na provozovatele webu.',
  'error.codeDelivery':
    'Kód se nepodařilo odeslat. Zkontrolujte e-mailovou adresu nebo telefonní číslo a zkuste to znovu.',
  'error.signUpLinkWaitEnded': 'Na otevření odkazu už nečekáme. Jakmile ho otevřete, přihlaste se.',
  'notice.signUpLinkRestart': 'Jakmile otevřete odkaz, který jsme vám poslali, přihlaste se.',
  'notice.contactVerified': 'Děkujeme, je ověřeno. Teď ho můžete použít k obnovení hesla.',
  'notice.sessionEnded': 'Vaše relace skončila. Pokračujte opětovným přihlášením.',
  'error.pageRefusal': '{reason}',
};
