import type { Catalog } from '../en.js';

/** `sk`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Váš účet je potvrdený. Pokračujte prihlásením.',
  'notice.passwordReset': 'Heslo bolo zmenené. Prihláste sa novým heslom.',
  'notice.totpSetupRestart':
    'Po opätovnom načítaní stránky nie je možné pokračovať v nastavení overovacej aplikácie. Prihláste sa znova a začnite odznova.',
  'notice.passkeyRegistered': 'Prístupový kľúč bol vytvorený. Môžete ho použiť pri ďalšom prihlásení.',
  'notice.signedOut': 'Boli ste odhlásení.',
  'error.required': 'Toto pole je povinné.',
  'error.passwordMismatch': 'Heslá sa nezhodujú.',
  'error.codeFormat': 'Kód zadajte iba číslicami.',
  'error.emailFormat': 'Zadajte e-mailovú adresu v tvare meno@example.com.',
  'error.notAuthorized': 'Nesprávne používateľské meno alebo heslo.',
  'error.signInEnded': 'Prihlasovanie bolo prerušené. Prihláste sa znova.',
  'error.userNotFound': 'Účet s týmto používateľským menom sme nenašli.',
  'error.wrongAnswer': 'Táto odpoveď nie je správna. Skúste to znova.',
  'error.codeMismatch': 'Tento kód nie je správny. Skontrolujte ho a skúste to znova.',
  'error.expiredCode': 'Platnosť kódu vypršala. Vyžiadajte si nový.',
  'error.limitExceeded': 'Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.',
  'error.tooManyRequests': 'Príliš veľa požiadaviek. Chvíľku počkajte a skúste to znova.',
  'error.tooManyFailedAttempts': 'Príliš veľa neúspešných pokusov. Chvíľu počkajte a skúste to znova.',
  'error.invalidPassword': 'Toto heslo nie je povolené. Zvoľte iné.',
  'error.passwordRule': 'Heslo musí obsahovať: {rule}',
  'error.passwordTooShort': 'Heslo je príliš krátke.',
  'error.invalidParameter': 'Niektorý zo zadaných údajov je neplatný. Skontrolujte ich a skúste to znova.',
  'error.passwordResetRequired': 'Musíte si obnoviť heslo.',
  'error.userNotConfirmed': 'Váš účet ešte nie je potvrdený.',
  'error.sessionExpired': 'Platnosť prihlásenia vypršala. Prihláste sa znova.',
  'error.alreadySignedIn': 'Už ste prihlásení.',
  'error.passwordAttemptsExceeded': 'Príliš veľa nesprávnych hesiel. Počkajte 15 minút a skúste to znova.',
  'error.invalidPreferredChallenge': 'Tento spôsob prihlásenia nie je k dispozícii. Zvoľte iný.',
  'error.service': 'V prihlasovacej službe sa vyskytol problém. O chvíľu to skúste znova.',
  'error.configuration': 'Prihlasovanie nie je správne nastavené. Obráťte sa na prevádzkovateľa webu.',
  'error.passkeyCanceled':
    'Žiadosť o prístupový kľúč bola zrušená alebo vypršal časový limit. Skúste to znova alebo zvoľte iný spôsob prihlásenia.',
  'error.passkeyRegistrationCanceled':
    'Prístupový kľúč sa nevytvoril, pretože žiadosť bola zrušená alebo vypršal časový limit. Skúste to znova alebo zvoľte „Teraz nie“.',
  'error.passkeyUnsupported': 'Tento prehliadač tu nemôže používať prístupové kľúče.',
  'error.passkeyExists': 'Toto zariadenie už má prístupový kľúč k vášmu účtu.',
  'error.socialSignIn': 'Prihlásenie cez tohto poskytovateľa sa nepodarilo. Skúste to znova alebo použite iný spôsob.',
  'error.unknownStep': 'Tento krok prihlásenia nie je podporovaný.',
  'error.signInElsewhere': 'Na tejto stránke už prebieha iné prihlasovanie. Najprv ho dokončite alebo sa vráťte späť.',
  'error.socialCanceled': 'Prihlásenie cez tohto poskytovateľa bolo zrušené.',
  'error.flowNotAllowed':
    'Tento spôsob prihlásenia nie je v tejto aplikácii zapnutý. Obráťte sa na prevádzkovateľa webu.',
  'error.unknown': 'Niečo sa pokazilo. Skúste to znova.',
  'error.accountExists.email':
    'Účet s touto e-mailovou adresou už existuje. Prihláste sa alebo si obnovte heslo, ak ste ho zabudli.',
  'error.accountExists.phone_number':
    'Účet s týmto telefónnym číslom už existuje. Prihláste sa alebo si obnovte heslo, ak ste ho zabudli.',
  'error.accountExists.username': 'Toto používateľské meno je už obsadené. Ak je vaše, prihláste sa.',
  'error.phoneFormat': 'Zadajte číslo s medzinárodnou predvoľbou, napríklad +421901123456.',
  'error.signUpNotAllowed': 'Nové účty tu nemožno vytvárať. Obráťte sa na prevádzkovateľa webu.',
  'error.codeDelivery':
    'Kód sa nepodarilo odoslať. Skontrolujte e-mailovú adresu alebo telefónne číslo a skúste to znova.',
  'error.signUpLinkWaitEnded': 'Na otvorenie odkazu už nečakáme. Keď ho otvoríte, prihláste sa.',
  'notice.signUpLinkRestart': 'Keď otvoríte odkaz, ktorý sme vám poslali, prihláste sa.',
  'notice.contactVerified': 'Ďakujeme, je overené. Teraz ho môžete použiť na obnovenie hesla.',
  'notice.sessionEnded': 'Vaša relácia sa skončila. Ak chcete pokračovať, znova sa prihláste.',
  'error.pageRefusal': '{reason}',
};
