import type { Catalog } from '../en.js';

/** `es-419`: the ids English keeps in `en/errors-and-notices.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'notice.accountConfirmed': 'Tu cuenta está confirmada. Inicia sesión para continuar.',
  'notice.passwordReset': 'Se cambió tu contraseña. Inicia sesión con tu nueva contraseña.',
  'notice.totpSetupRestart':
    'La configuración de la aplicación de autenticación no puede continuar después de recargar la página. Vuelve a iniciar sesión para empezar de nuevo.',
  'notice.passkeyRegistered': 'Llave de acceso creada. Podrás usarla la próxima vez que inicies sesión.',
  'notice.signedOut': 'Se cerró la sesión.',
  'error.required': 'Este campo es obligatorio.',
  'error.passwordMismatch': 'Las contraseñas no coinciden.',
  'error.codeFormat': 'El código solo puede contener números.',
  'error.emailFormat': 'Ingresa una dirección de correo electrónico como nombre@example.com.',
  'error.notAuthorized': 'El nombre de usuario o la contraseña no son correctos.',
  'error.signInEnded': 'Se interrumpió el inicio de sesión. Vuelve a iniciar sesión para intentarlo de nuevo.',
  'error.userNotFound': 'No encontramos ninguna cuenta con ese nombre de usuario.',
  'error.wrongAnswer': 'Esa respuesta no es correcta. Inténtalo de nuevo.',
  'error.codeMismatch': 'Ese código no es correcto. Revísalo e inténtalo de nuevo.',
  'error.expiredCode': 'Ese código venció. Solicita uno nuevo.',
  'error.limitExceeded': 'Demasiados intentos. Espera un rato antes de volver a intentarlo.',
  'error.tooManyRequests': 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',
  'error.tooManyFailedAttempts': 'Demasiados intentos fallidos. Espera un rato antes de volver a intentarlo.',
  'error.invalidPassword': 'Esta contraseña no está permitida. Elige otra.',
  'error.passwordRule': 'Tu contraseña debe tener: {rule}',
  'error.passwordTooShort': 'Esta contraseña es demasiado corta.',
  'error.invalidParameter': 'Hay un dato que no es válido. Revísalo e inténtalo de nuevo.',
  'error.passwordResetRequired': 'Debes restablecer tu contraseña.',
  'error.userNotConfirmed': 'Tu cuenta aún no está confirmada.',
  'error.sessionExpired': 'Tu sesión venció. Vuelve a iniciar sesión.',
  'error.alreadySignedIn': 'Ya tienes una sesión iniciada.',
  'error.passwordAttemptsExceeded':
    'Demasiadas contraseñas incorrectas. Espera 15 minutos antes de volver a intentarlo.',
  'error.invalidPreferredChallenge': 'Ese método de inicio de sesión no está disponible. Elige otro.',
  'error.service': 'El servicio de inicio de sesión tuvo un problema. Inténtalo de nuevo en un momento.',
  'error.configuration':
    'El inicio de sesión no está configurado correctamente. Comunícate con el propietario del sitio.',
  'error.passkeyCanceled':
    'Se canceló la solicitud de la llave de acceso o se agotó el tiempo de espera. Inténtalo de nuevo o elige otra forma de iniciar sesión.',
  'error.passkeyRegistrationCanceled':
    'No se creó la llave de acceso: la solicitud se canceló o se agotó el tiempo de espera. Inténtalo de nuevo o elige “Ahora no”.',
  'error.passkeyUnsupported': 'Este navegador no puede usar llaves de acceso aquí.',
  'error.passkeyExists': 'Este dispositivo ya tiene una llave de acceso para tu cuenta.',
  'error.socialSignIn': 'No se pudo iniciar sesión con ese proveedor. Inténtalo de nuevo o usa otro método.',
  'error.unknownStep': 'Este paso de inicio de sesión no es compatible.',
  'error.signInElsewhere': 'Ya hay otro inicio de sesión en curso en esta página. Termínalo o vuelve atrás primero.',
  'error.socialCanceled': 'Se canceló el inicio de sesión con ese proveedor.',
  'error.flowNotAllowed':
    'Esta forma de iniciar sesión no está habilitada para esta aplicación. Comunícate con el propietario del sitio.',
  'error.unknown': 'Se produjo un error. Inténtalo de nuevo.',
  'error.accountExists.email':
    'Ya existe una cuenta con este correo electrónico. Inicia sesión o restablece tu contraseña si la olvidaste.',
  'error.accountExists.phone_number':
    'Ya existe una cuenta con este número de teléfono. Inicia sesión o restablece tu contraseña si la olvidaste.',
  'error.accountExists.username': 'Este nombre de usuario ya está en uso. Si es tuyo, inicia sesión.',
  'error.phoneFormat': 'Ingresa el número con el código de país, por ejemplo +525512345678.',
  'error.signUpNotAllowed': 'Aquí no se pueden crear cuentas nuevas. Comunícate con el responsable del sitio.',
  'error.codeDelivery':
    'No pudimos enviar el código. Revisa el correo electrónico o el número de teléfono e inténtalo de nuevo.',
  'error.signUpLinkWaitEnded': 'Dejamos de esperar a que abras el enlace. Cuando lo hayas abierto, inicia sesión.',
  'notice.signUpLinkRestart': 'Cuando hayas abierto el enlace que te enviamos, inicia sesión.',
  'notice.contactVerified': 'Gracias, ya está verificado. Ahora puedes usarlo para restablecer tu contraseña.',
  'notice.sessionEnded': 'Tu sesión terminó. Vuelve a iniciar sesión para continuar.',
  'error.pageRefusal': '{reason}',
};
