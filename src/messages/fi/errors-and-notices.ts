import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Tilisi on vahvistettu. Jatka kirjautumalla sisään.',
  'notice.passwordReset': 'Salasanasi on vaihdettu. Kirjaudu sisään uudella salasanalla.',
  'notice.totpSetupRestart':
    'Todennussovelluksen määritystä ei voi jatkaa sivun uudelleenlatauksen jälkeen. Aloita alusta kirjautumalla uudelleen sisään.',
  'notice.passkeyRegistered': 'Pääsyavain luotu. Voit käyttää sitä, kun kirjaudut seuraavan kerran sisään.',
  'notice.signedOut': 'Olet kirjautunut ulos.',
  'error.required': 'Tämä kenttä on pakollinen.',
  'error.passwordMismatch': 'Salasanat eivät täsmää.',
  'error.codeFormat': 'Anna koodi pelkkinä numeroina.',
  'error.emailFormat': 'Anna sähköpostiosoite muodossa nimi@example.com.',
  'error.notAuthorized': 'Väärä käyttäjätunnus tai salasana.',
  'error.signInEnded': 'Kirjautuminen keskeytyi. Yritä uudelleen kirjautumalla sisään.',
  'error.userNotFound': 'Emme löytäneet tiliä tällä käyttäjätunnuksella.',
  'error.wrongAnswer': 'Vastaus ei ole oikein. Yritä uudelleen.',
  'error.codeMismatch': 'Koodi ei ole oikein. Tarkista se ja yritä uudelleen.',
  'error.expiredCode': 'Koodi on vanhentunut. Pyydä uusi koodi.',
  'error.limitExceeded': 'Liian monta yritystä. Odota hetki ennen kuin yrität uudelleen.',
  'error.tooManyRequests': 'Liian monta pyyntöä. Odota hetki ja yritä uudelleen.',
  'error.tooManyFailedAttempts': 'Liian monta epäonnistunutta yritystä. Odota hetki ennen kuin yrität uudelleen.',
  'error.invalidPassword': 'Tätä salasanaa ei voi käyttää. Valitse toinen.',
  'error.passwordRule': 'Salasana ei täytä vaatimusta: {rule}',
  'error.passwordTooShort': 'Salasana on liian lyhyt.',
  'error.invalidParameter': 'Jokin antamasi tieto ei kelpaa. Tarkista tiedot ja yritä uudelleen.',
  'error.passwordResetRequired': 'Sinun on nollattava salasanasi.',
  'error.userNotConfirmed': 'Tiliäsi ei ole vielä vahvistettu.',
  'error.sessionExpired': 'Kirjautumisistuntosi on vanhentunut. Kirjaudu sisään uudelleen.',
  'error.alreadySignedIn': 'Olet jo kirjautunut sisään.',
  'error.passwordAttemptsExceeded': 'Liian monta väärää salasanaa. Odota 15 minuuttia ennen kuin yrität uudelleen.',
  'error.invalidPreferredChallenge': 'Tämä kirjautumistapa ei ole käytettävissä. Valitse toinen.',
  'error.service': 'Kirjautumispalvelussa ilmeni ongelma. Yritä hetken kuluttua uudelleen.',
  'error.configuration': 'Kirjautumista ei ole määritetty oikein. Ota yhteyttä sivuston ylläpitäjään.',
  'error.passkeyCanceled':
    'Pääsyavainpyyntö peruttiin tai sen aika umpeutui. Yritä uudelleen tai valitse toinen kirjautumistapa.',
  'error.passkeyRegistrationCanceled':
    'Pääsyavainta ei luotu, koska pyyntö peruttiin tai sen aika umpeutui. Yritä uudelleen tai valitse ”Ei nyt”.',
  'error.passkeyUnsupported': 'Tällä selaimella ei voi käyttää pääsyavaimia tällä sivulla.',
  'error.passkeyExists': 'Tällä laitteella on jo pääsyavain tilillesi.',
  'error.socialSignIn': 'Kirjautuminen tällä palvelulla epäonnistui. Yritä uudelleen tai käytä toista tapaa.',
  'error.unknownStep': 'Tätä kirjautumisvaihetta ei tueta.',
  'error.signInElsewhere':
    'Tällä sivulla on jo käynnissä toinen kirjautuminen. Vie se loppuun tai palaa ensin takaisin.',
  'error.socialCanceled': 'Kirjautuminen tällä palvelulla peruttiin.',
  'error.flowNotAllowed':
    'Tämä kirjautumistapa ei ole käytössä tässä sovelluksessa. Ota yhteyttä sivuston ylläpitäjään.',
  'error.unknown': 'Jokin meni vikaan. Yritä uudelleen.',
  'error.accountExists.email':
    'Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään tai vaihda salasana, jos olet unohtanut sen.',
  'error.accountExists.phone_number':
    'Tällä puhelinnumerolla on jo tili. Kirjaudu sisään tai vaihda salasana, jos olet unohtanut sen.',
  'error.accountExists.username': 'Tämä käyttäjätunnus on jo käytössä. Jos se on sinun, kirjaudu sisään.',
  'error.phoneFormat': 'Anna puhelinnumero maatunnuksen kanssa, esimerkiksi +358401234567.',
  'error.signUpNotAllowed': 'Täällä ei voi luoda uusia tilejä. Ota yhteyttä sivuston ylläpitäjään.',
  'error.codeDelivery': 'Koodia ei voitu lähettää. Tarkista sähköpostiosoite tai puhelinnumero ja yritä uudelleen.',
  'error.signUpLinkWaitEnded': 'Emme enää odota linkin avaamista. Kun olet avannut sen, kirjaudu sisään.',
  'notice.signUpLinkRestart': 'Kun olet avannut lähettämämme linkin, kirjaudu sisään.',
  'notice.contactVerified': 'Kiitos, vahvistettu. Voit nyt käyttää sitä salasanan vaihtamiseen.',
  'notice.sessionEnded': 'Istuntosi on päättynyt. Jatka kirjautumalla sisään uudelleen.',
  'error.pageRefusal': '{reason}',
};
