import type { Catalog } from '../en.js';

/** `sr-latn`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Nalog je potvrđen. Prijavite se da biste nastavili.',
  'notice.passwordReset': 'Lozinka je promenjena. Prijavite se novom lozinkom.',
  'notice.totpSetupRestart':
    'Podešavanje aplikacije za autentifikaciju ne može da se nastavi nakon ponovnog učitavanja stranice. Prijavite se ponovo da biste počeli ispočetka.',
  'notice.passkeyRegistered':
    'Pristupni ključ je napravljen. Možete da ga koristite kada se sledeći put prijavljujete.',
  'notice.signedOut': 'Odjavljeni ste.',
  'error.required': 'Ovo polje je obavezno.',
  'error.passwordMismatch': 'Lozinke se ne podudaraju.',
  'error.codeFormat': 'Kôd unesite samo ciframa.',
  'error.emailFormat': 'Unesite imejl adresu u obliku ime@example.com.',
  'error.notAuthorized': 'Korisničko ime ili lozinka nisu tačni.',
  'error.signInEnded': 'Prijavljivanje je prekinuto. Prijavite se ponovo da biste pokušali još jednom.',
  'error.userNotFound': 'Ne možemo da pronađemo nalog sa tim korisničkim imenom.',
  'error.wrongAnswer': 'Odgovor nije tačan. Pokušajte ponovo.',
  'error.codeMismatch': 'Kôd nije tačan. Proverite ga i pokušajte ponovo.',
  'error.expiredCode': 'Kôd je istekao. Zatražite novi.',
  'error.limitExceeded': 'Previše pokušaja. Sačekajte malo pre nego što pokušate ponovo.',
  'error.tooManyRequests': 'Previše zahteva. Sačekajte trenutak i pokušajte ponovo.',
  'error.tooManyFailedAttempts': 'Previše neuspešnih pokušaja. Sačekajte malo pre nego što pokušate ponovo.',
  'error.invalidPassword': 'Ova lozinka nije dozvoljena. Izaberite drugu.',
  'error.passwordRule': 'Lozinka mora da sadrži: {rule}',
  'error.passwordTooShort': 'Ova lozinka je prekratka.',
  'error.invalidParameter': 'Nešto što ste uneli nije ispravno. Proverite i pokušajte ponovo.',
  'error.passwordResetRequired': 'Morate da resetujete lozinku.',
  'error.userNotConfirmed': 'Nalog još nije potvrđen.',
  'error.sessionExpired': 'Sesija prijavljivanja je istekla. Prijavite se ponovo.',
  'error.alreadySignedIn': 'Već ste prijavljeni.',
  'error.passwordAttemptsExceeded': 'Previše pogrešnih lozinki. Sačekajte 15 minuta pre nego što pokušate ponovo.',
  'error.invalidPreferredChallenge': 'Taj način prijavljivanja nije dostupan. Izaberite drugi.',
  'error.service': 'Došlo je do problema sa uslugom za prijavljivanje. Pokušajte ponovo za trenutak.',
  'error.configuration': 'Prijavljivanje nije ispravno podešeno. Obratite se vlasniku sajta.',
  'error.passkeyCanceled':
    'Zahtev za pristupni ključ je otkazan ili je isteklo vreme. Pokušajte ponovo ili izaberite drugi način prijavljivanja.',
  'error.passkeyRegistrationCanceled':
    'Pristupni ključ nije napravljen: zahtev je otkazan ili je isteklo vreme. Pokušajte ponovo ili izaberite „Ne sada“.',
  'error.passkeyUnsupported': 'Ovaj pregledač ovde ne može da koristi pristupne ključeve.',
  'error.passkeyExists': 'Ovaj uređaj već ima pristupni ključ za vaš nalog.',
  'error.socialSignIn': 'Prijavljivanje preko te usluge nije uspelo. Pokušajte ponovo ili izaberite drugi način.',
  'error.unknownStep': 'Ovaj korak prijavljivanja nije podržan.',
  'error.signInElsewhere':
    'Na ovoj stranici je već u toku drugo prijavljivanje. Prvo ga završite ili se vratite nazad.',
  'error.socialCanceled': 'Prijavljivanje preko te usluge je otkazano.',
  'error.flowNotAllowed': 'Ovaj način prijavljivanja nije uključen za ovu aplikaciju. Obratite se vlasniku sajta.',
  'error.unknown': 'Došlo je do greške. Pokušajte ponovo.',
  'error.accountExists.email':
    'Nalog sa ovom imejl adresom već postoji. Prijavite se ili resetujte lozinku ako ste je zaboravili.',
  'error.accountExists.phone_number':
    'Nalog sa ovim brojem telefona već postoji. Prijavite se ili resetujte lozinku ako ste je zaboravili.',
  'error.accountExists.username': 'Ovo korisničko ime je zauzeto. Ako je vaše, prijavite se.',
  'error.phoneFormat': 'Unesite broj telefona sa pozivnim brojem zemlje, na primer +381601234567.',
  'error.signUpNotAllowed': 'Ovde ne mogu da se prave novi nalozi. Obratite se vlasniku sajta.',
  'error.codeDelivery': 'Nismo uspeli da pošaljemo kôd. Proverite imejl adresu ili broj telefona i pokušajte ponovo.',
  'error.signUpLinkWaitEnded': 'Više ne čekamo da otvorite link. Kada ga otvorite, prijavite se.',
  'notice.signUpLinkRestart': 'Kada otvorite link koji smo vam poslali, prijavite se.',
  'notice.contactVerified': 'Hvala, potvrđeno je. Sada to možete da koristite za resetovanje lozinke.',
  'notice.sessionEnded': 'Vaša sesija je završena. Prijavite se ponovo da biste nastavili.',
  'error.pageRefusal': '{reason}',
};
