import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Reikningurinn er staðfestur. Skráðu þig inn til að halda áfram.',
  'notice.passwordReset': 'Aðgangsorðinu var breytt. Skráðu þig inn með nýja aðgangsorðinu.',
  'notice.totpSetupRestart':
    'Ekki er hægt að halda uppsetningu auðkenningarforritsins áfram eftir að síðan er endurhlaðin. Skráðu þig aftur inn til að byrja upp á nýtt.',
  'notice.passkeyRegistered': 'Aðgangslykillinn var búinn til. Þú getur notað hann næst þegar þú skráir þig inn.',
  'notice.signedOut': 'Þú hefur skráð þig út.',
  'error.required': 'Þessi reitur er nauðsynlegur.',
  'error.passwordMismatch': 'Aðgangsorðin stemma ekki.',
  'error.codeFormat': 'Sláðu kóðann inn með tölustöfum eingöngu.',
  'error.emailFormat': 'Sláðu inn netfang eins og nafn@example.com.',
  'error.notAuthorized': 'Rangt notandanafn eða aðgangsorð.',
  'error.signInEnded': 'Innskráningin var stöðvuð. Skráðu þig aftur inn til að reyna aftur.',
  'error.userNotFound': 'Við fundum engan reikning með þessu notandanafni.',
  'error.wrongAnswer': 'Svarið er ekki rétt. Reyndu aftur.',
  'error.codeMismatch': 'Kóðinn er ekki réttur. Athugaðu hann og reyndu aftur.',
  'error.expiredCode': 'Kóðinn er útrunninn. Biddu um nýjan.',
  'error.limitExceeded': 'Of margar tilraunir. Bíddu aðeins áður en þú reynir aftur.',
  'error.tooManyRequests': 'Of margar beiðnir. Bíddu augnablik og reyndu aftur.',
  'error.tooManyFailedAttempts': 'Of margar misheppnaðar tilraunir. Bíddu aðeins áður en þú reynir aftur.',
  'error.invalidPassword': 'Þetta aðgangsorð er ekki leyft. Veldu annað.',
  'error.passwordRule': 'Aðgangsorðið þarf að innihalda: {rule}',
  'error.passwordTooShort': 'Þetta aðgangsorð er of stutt.',
  'error.invalidParameter': 'Eitthvað sem þú slóst inn er ekki gilt. Athugaðu það og reyndu aftur.',
  'error.passwordResetRequired': 'Þú þarft að endurstilla aðgangsorðið.',
  'error.userNotConfirmed': 'Reikningurinn þinn hefur ekki enn verið staðfestur.',
  'error.sessionExpired': 'Innskráningarlotan rann út. Skráðu þig aftur inn.',
  'error.alreadySignedIn': 'Innskráning er þegar virk.',
  'error.passwordAttemptsExceeded': 'Of oft rangt aðgangsorð. Bíddu í 15 mínútur áður en þú reynir aftur.',
  'error.invalidPreferredChallenge': 'Þessi innskráningarleið er ekki í boði. Veldu aðra.',
  'error.service': 'Villa kom upp í innskráningarþjónustunni. Reyndu aftur eftir smástund.',
  'error.configuration': 'Innskráningin er ekki rétt uppsett. Hafðu samband við eiganda vefsvæðisins.',
  'error.passkeyCanceled':
    'Hætt var við beiðni um aðgangslykil eða hún rann út á tíma. Reyndu aftur eða veldu aðra innskráningarleið.',
  'error.passkeyRegistrationCanceled':
    'Aðgangslykillinn var ekki búinn til: hætt var við beiðnina eða hún rann út á tíma. Reyndu aftur eða veldu „Ekki núna“.',
  'error.passkeyUnsupported': 'Þessi vafri getur ekki notað aðgangslykla hér.',
  'error.passkeyExists': 'Þetta tæki er þegar með aðgangslykil fyrir reikninginn þinn.',
  'error.socialSignIn': 'Innskráning með þessari þjónustu tókst ekki. Reyndu aftur eða notaðu aðra leið.',
  'error.unknownStep': 'Þetta innskráningarskref er ekki stutt.',
  'error.signInElsewhere': 'Önnur innskráning er þegar í gangi á þessari síðu. Ljúktu henni eða farðu fyrst til baka.',
  'error.socialCanceled': 'Hætt var við innskráningu með þessari þjónustu.',
  'error.flowNotAllowed':
    'Þessi innskráningarleið er ekki virk fyrir þetta forrit. Hafðu samband við eiganda vefsvæðisins.',
  'error.unknown': 'Eitthvað fór úrskeiðis. Reyndu aftur.',
  'error.accountExists.email':
    'Reikningur með þessu netfangi er þegar til. Skráðu þig inn eða endurstilltu aðgangsorðið ef þú hefur gleymt því.',
  'error.accountExists.phone_number':
    'Reikningur með þessu símanúmeri er þegar til. Skráðu þig inn eða endurstilltu aðgangsorðið ef þú hefur gleymt því.',
  'error.accountExists.username': 'Þetta notandanafn er þegar í notkun. Ef það er þitt skaltu skrá þig inn.',
  'error.phoneFormat': 'Sláðu inn símanúmerið með landsnúmeri, t.d. +3546123456.',
  'error.signUpNotAllowed': 'Ekki er hægt að stofna nýja reikninga hér. Hafðu samband við eiganda vefsvæðisins.',
  'error.codeDelivery': 'Ekki tókst að senda kóðann. Athugaðu netfangið eða símanúmerið og reyndu aftur.',
  'error.signUpLinkWaitEnded':
    'Við erum hætt að bíða eftir að tengillinn sé opnaður. Skráðu þig inn þegar þú hefur opnað hann.',
  'notice.signUpLinkRestart': 'Skráðu þig inn þegar þú hefur opnað tengilinn sem við sendum þér.',
  'notice.contactVerified': 'Takk, þetta er staðfest. Nú geturðu notað það til að endurstilla aðgangsorðið.',
  'notice.sessionEnded': 'Lotan þín er útrunnin. Skráðu þig aftur inn til að halda áfram.',
  'error.pageRefusal': '{reason}',
};
