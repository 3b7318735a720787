import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Paskyra patvirtinta. Prisijunkite, kad tęstumėte.',
  'notice.passwordReset': 'Slaptažodis pakeistas. Prisijunkite nauju slaptažodžiu.',
  'notice.totpSetupRestart':
    'Iš naujo įkėlus puslapį autentifikavimo programos nustatyti nebegalima. Prisijunkite dar kartą ir pradėkite iš naujo.',
  'notice.passkeyRegistered': 'Prieigos raktas sukurtas. Galėsite jį naudoti kitą kartą prisijungdami.',
  'notice.signedOut': 'Atsijungėte.',
  'error.required': 'Šį lauką būtina užpildyti.',
  'error.passwordMismatch': 'Slaptažodžiai nesutampa.',
  'error.codeFormat': 'Kodą įveskite tik skaitmenimis.',
  'error.emailFormat': 'Įveskite el. pašto adresą, pvz., vardas@example.com.',
  'error.notAuthorized': 'Neteisingas naudotojo vardas arba slaptažodis.',
  'error.signInEnded': 'Prisijungimas nutrauktas. Prisijunkite dar kartą.',
  'error.userNotFound': 'Paskyros su tokiu naudotojo vardu nepavyko rasti.',
  'error.wrongAnswer': 'Atsakymas neteisingas. Bandykite dar kartą.',
  'error.codeMismatch': 'Kodas neteisingas. Patikrinkite jį ir bandykite dar kartą.',
  'error.expiredCode': 'Kodo galiojimas baigėsi. Paprašykite naujo.',
  'error.limitExceeded': 'Per daug bandymų. Šiek tiek palaukite ir bandykite dar kartą.',
  'error.tooManyRequests': 'Per daug užklausų. Akimirką palaukite ir bandykite dar kartą.',
  'error.tooManyFailedAttempts': 'Per daug nesėkmingų bandymų. Šiek tiek palaukite ir bandykite dar kartą.',
  'error.invalidPassword': 'Šio slaptažodžio naudoti negalima. Pasirinkite kitą.',
  'error.passwordRule': 'Slaptažodyje turi būti: {rule}',
  'error.passwordTooShort': 'Slaptažodis per trumpas.',
  'error.invalidParameter': 'Kai kurie įvesti duomenys netinkami. Patikrinkite ir bandykite dar kartą.',
  'error.passwordResetRequired': 'Turite iš naujo nustatyti slaptažodį.',
  'error.userNotConfirmed': 'Paskyra dar nepatvirtinta.',
  'error.sessionExpired': 'Prisijungimo sesija baigėsi. Prisijunkite dar kartą.',
  'error.alreadySignedIn': 'Jūs jau prisijungę.',
  'error.passwordAttemptsExceeded':
    'Per daug kartų įvestas neteisingas slaptažodis. Palaukite 15 minučių ir bandykite dar kartą.',
  'error.invalidPreferredChallenge': 'Šis prisijungimo būdas negalimas. Pasirinkite kitą.',
  'error.service': 'Prisijungimo paslaugoje kilo problema. Po akimirkos bandykite dar kartą.',
  'error.configuration': 'Prisijungimas nustatytas netinkamai. Kreipkitės į svetainės savininką.',
  'error.passkeyCanceled':
    'Prieigos rakto užklausa atšaukta arba baigėsi jos laikas. Bandykite dar kartą arba pasirinkite kitą prisijungimo būdą.',
  'error.passkeyRegistrationCanceled':
    'Prieigos raktas nesukurtas: užklausa atšaukta arba baigėsi jos laikas. Bandykite dar kartą arba pasirinkite „Ne dabar“.',
  'error.passkeyUnsupported': 'Ši naršyklė čia negali naudoti prieigos raktų.',
  'error.passkeyExists': 'Šiame įrenginyje jau yra jūsų paskyros prieigos raktas.',
  'error.socialSignIn': 'Nepavyko prisijungti per šią paslaugą. Bandykite dar kartą arba pasirinkite kitą būdą.',
  'error.unknownStep': 'Šis prisijungimo veiksmas nepalaikomas.',
  'error.signInElsewhere': 'Šiame puslapyje jau vyksta kitas prisijungimas. Pirmiausia jį užbaikite arba grįžkite.',
  'error.socialCanceled': 'Prisijungimas per šią paslaugą atšauktas.',
  'error.flowNotAllowed': 'Šis prisijungimo būdas šioje programoje neįjungtas. Kreipkitės į svetainės savininką.',
  'error.unknown': 'Kažkas nepavyko. Bandykite dar kartą.',
  'error.accountExists.email':
    'Paskyra su šiuo el. pašto adresu jau yra. Prisijunkite arba, jei pamiršote slaptažodį, nustatykite jį iš naujo.',
  'error.accountExists.phone_number':
    'Paskyra su šiuo telefono numeriu jau yra. Prisijunkite arba, jei pamiršote slaptažodį, nustatykite jį iš naujo.',
  'error.accountExists.username': 'Šis naudotojo vardas jau užimtas. Jei jis jūsų, prisijunkite.',
  'error.phoneFormat': 'Įveskite telefono numerį su šalies kodu, pvz., +37061234567.',
  'error.signUpNotAllowed': 'Čia negalima kurti naujų paskyrų. Kreipkitės į svetainės savininką.',
  'error.codeDelivery':
    'Nepavyko išsiųsti kodo. Patikrinkite el. pašto adresą arba telefono numerį ir bandykite dar kartą.',
  'error.signUpLinkWaitEnded': 'Nebelaukiame, kol atidarysite nuorodą. Kai ją atidarysite, prisijunkite.',
  'notice.signUpLinkRestart': 'Atidarę jums atsiųstą nuorodą, prisijunkite.',
  'notice.contactVerified': 'Ačiū, patvirtinta. Dabar galėsite tai naudoti slaptažodžiui nustatyti iš naujo.',
  'notice.sessionEnded': 'Jūsų seansas baigėsi. Norėdami tęsti, prisijunkite dar kartą.',
  'error.pageRefusal': '{reason}',
};
