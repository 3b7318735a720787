import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Fiókja megerősítve. A folytatáshoz jelentkezzen be.',
  'notice.passwordReset': 'Jelszava megváltozott. Jelentkezzen be az új jelszavával.',
  'notice.totpSetupRestart':
    'Az oldal újratöltése után a hitelesítő alkalmazás beállítása nem folytatható. Az újrakezdéshez jelentkezzen be ismét.',
  'notice.passkeyRegistered': 'Az azonosítókulcs elkészült. A következő bejelentkezéskor már használhatja.',
  'notice.signedOut': 'Sikeresen kijelentkezett.',
  'error.required': 'Ezt a mezőt kötelező kitölteni.',
  'error.passwordMismatch': 'A jelszavak nem egyeznek.',
  'error.codeFormat': 'A kódot csak számjegyekkel adja meg.',
  'error.emailFormat': 'Az e-mail-címet ilyen formában adja meg: nev@example.com.',
  'error.notAuthorized': 'Helytelen felhasználónév vagy jelszó.',
  'error.signInEnded': 'A bejelentkezés megszakadt. Az újrapróbálkozáshoz jelentkezzen be ismét.',
  'error.userNotFound': 'Nem találtunk fiókot ezzel a felhasználónévvel.',
  'error.wrongAnswer': 'A válasz nem helyes. Próbálja újra.',
  'error.codeMismatch': 'A kód nem helyes. Ellenőrizze, és próbálja újra.',
  'error.expiredCode': 'A kód lejárt. Kérjen újat.',
  'error.limitExceeded': 'Túl sok próbálkozás. Várjon egy kicsit, mielőtt újra próbálkozik.',
  'error.tooManyRequests': 'Túl sok kérés. Várjon egy pillanatot, és próbálja újra.',
  'error.tooManyFailedAttempts': 'Túl sok sikertelen próbálkozás. Várjon egy kicsit, mielőtt újra próbálkozik.',
  'error.invalidPassword': 'Ez a jelszó nem használható. Válasszon másikat.',
  'error.passwordRule': 'A jelszó nem felel meg a követelménynek: {rule}',
  'error.passwordTooShort': 'A jelszó túl rövid.',
  'error.invalidParameter': 'A megadott adatok egyike érvénytelen. Ellenőrizze, és próbálja újra.',
  'error.passwordResetRequired': 'Vissza kell állítania a jelszavát.',
  'error.userNotConfirmed': 'Fiókja még nincs megerősítve.',
  'error.sessionExpired': 'A bejelentkezési munkamenet lejárt. Jelentkezzen be újra.',
  'error.alreadySignedIn': 'Már bejelentkezett.',
  'error.passwordAttemptsExceeded': 'Túl sok hibás jelszó. Várjon 15 percet, mielőtt újra próbálkozik.',
  'error.invalidPreferredChallenge': 'Ez a bejelentkezési mód nem érhető el. Válasszon másikat.',
  'error.service': 'Hiba történt a bejelentkezési szolgáltatásban. Próbálja újra egy kis idő múlva.',
  'error.configuration': 'A bejelentkezés nincs megfelelően beállítva. Forduljon a webhely üzemeltetőjéhez.',
  'error.passkeyCanceled':
    'Az azonosítókulcs-kérés megszakadt vagy túllépte az időkorlátot. Próbálja újra, vagy válasszon más bejelentkezési módot.',
  'error.passkeyRegistrationCanceled':
    'Az azonosítókulcs nem jött létre, mert a kérés megszakadt vagy túllépte az időkorlátot. Próbálja újra, vagy válassza a „Most nem” lehetőséget.',
  'error.passkeyUnsupported': 'Ez a böngésző itt nem tud azonosítókulcsot használni.',
  'error.passkeyExists': 'Ezen az eszközön már van azonosítókulcs a fiókjához.',
  'error.socialSignIn': 'Nem sikerült bejelentkezni ezzel a szolgáltatóval. Próbálja újra, vagy válasszon más módot.',
  'error.unknownStep': 'Ez a bejelentkezési lépés nem támogatott.',
  'error.signInElsewhere':
    'Ezen az oldalon már folyamatban van egy másik bejelentkezés. Előbb fejezze be, vagy lépjen vissza.',
  'error.socialCanceled': 'A bejelentkezés ezzel a szolgáltatóval megszakadt.',
  'error.flowNotAllowed':
    'Ez a bejelentkezési mód nincs bekapcsolva ehhez az alkalmazáshoz. Forduljon a webhely üzemeltetőjéhez.',
  'error.unknown': 'Hiba történt. Próbálja újra.',
  'error.accountExists.email':
    'Ezzel az e-mail-címmel már van fiók. Jelentkezzen be, vagy állítsa vissza jelszavát, ha elfelejtette.',
  'error.accountExists.phone_number':
    'Ezzel a telefonszámmal már van fiók. Jelentkezzen be, vagy állítsa vissza jelszavát, ha elfelejtette.',
  'error.accountExists.username': 'Ez a felhasználónév már foglalt. Ha az öné, jelentkezzen be.',
  'error.phoneFormat': 'A telefonszámot országkóddal adja meg, például: +36201234567.',
  'error.signUpNotAllowed': 'Itt nem lehet új fiókot létrehozni. Forduljon a webhely üzemeltetőjéhez.',
  'error.codeDelivery':
    'Nem sikerült elküldeni a kódot. Ellenőrizze az e-mail-címet vagy a telefonszámot, és próbálja újra.',
  'error.signUpLinkWaitEnded': 'Már nem várunk a hivatkozás megnyitására. Ha megnyitotta, jelentkezzen be.',
  'notice.signUpLinkRestart': 'Miután megnyitotta az elküldött hivatkozást, jelentkezzen be.',
  'notice.contactVerified': 'Köszönjük, ellenőrizve. Mostantól ezzel is visszaállíthatja jelszavát.',
  'notice.sessionEnded': 'A munkamenete lejárt. A folytatáshoz jelentkezzen be újra.',
  'error.pageRefusal': '{reason}',
};
