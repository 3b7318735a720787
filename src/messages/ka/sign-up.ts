import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'შექმენით ანგარიში',
  'hint.phoneNumber': 'დაიწყეთ + ნიშნით და ქვეყნის კოდით, მაგალითად +995591234567.',
  'hint.signUpNoPassword': 'პაროლი საჭირო არ არის: შეხვალთ კოდით, რომელსაც გამოგიგზავნით.',
  'action.haveAccount': 'უკვე გაქვთ ანგარიში? შედით',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'შეამოწმეთ ელფოსტა',
  'hint.signUpLink':
    'ბმული გავგზავნეთ ({destination}). გახსენით ის ანგარიშის დასადასტურებლად და ეს გვერდი თავად გააგრძელებს.',
  'hint.signUpLinkNoDestination':
    'ბმული გამოგიგზავნეთ. გახსენით ის ანგარიშის დასადასტურებლად და ეს გვერდი თავად გააგრძელებს.',
  'action.resendLink': 'ახალი ბმულის გაგზავნა',
};
