/**
 * Verifying a signed-in user's email or phone number: GetUserAttributeVerificationCode sends a code to it,
 * VerifyUserAttribute takes the code and flips `email_verified` / `phone_number_verified` to `true` — and, where the
 * pool requires verification before an update, puts the new value in the old one's place.
 */
import { invalidParameter } from '../errors.js';
import type { User } from '../store/users.js';
import { checkSentCode, countCodeRequest, deliveryDetails, sendUserCode } from './codes.js';
import { requiredString, type Json, type Operation, type OperationContext } from './context.js';
import { userOfAccessToken } from './tokens.js';

type Verifiable = 'email' | 'phone_number';

/** The attribute a request names: email or phone_number, present on the user. */
function verifiableAttribute(user: User, name: unknown): Verifiable {
  const attribute = requiredString(name, 'AttributeName');
  if (attribute !== 'email' && attribute !== 'phone_number')
    throw invalidParameter(`Invalid attribute name: ${attribute} cannot be verified`);
  if (!user.attributes[attribute]) throw invalidParameter(`Cannot send a code: the user has no ${attribute} attribute`);
  return attribute;
}

/**
 * Sends a verification code for `attribute` (and keeps it on the user); the delivery details. A new value waiting
 * for its code (`pendingAttributes`) is where the code goes.
 */
export function sendAttributeCode(ctx: OperationContext, user: User, attribute: Verifiable): Json {
  const pending = user.pendingAttributes?.[attribute];
  // The code goes to the value being verified: for a moment the user's record holds it, then the old value again.
  const current = user.attributes[attribute];
  // (A pending value always has an old one: updateUserAttributes holds only a value that replaces another.)
  if (pending) user.attributes[attribute] = pending;
  try {
    const sent = sendUserCode(ctx, user, `Verify your ${attribute}`, ctx.settings.confirmationCodeTtlMs, attribute);
    user.attributeCodes = { ...user.attributeCodes, [attribute]: sent };
    return deliveryDetails(user, attribute);
  } finally {
    user.attributes[attribute] = current!;
  }
}

const getUserAttributeVerificationCode: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const attribute = verifiableAttribute(user, body.AttributeName);
  countCodeRequest(ctx, user);
  return { CodeDeliveryDetails: sendAttributeCode(ctx, user, attribute) };
};

const verifyUserAttribute: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const attribute = verifiableAttribute(user, body.AttributeName);
  const code = requiredString(body.Code, 'Code');
  checkSentCode(ctx, user.attributeCodes?.[attribute], code);
  const pending = user.pendingAttributes?.[attribute];
  if (pending) {
    // The new value takes the old one's place, as attribute and sign-in alias.
    user.attributes[attribute] = pending;
    delete user.pendingAttributes![attribute];
  }
  user.attributes[`${attribute}_verified`] = 'true';
  delete user.attributeCodes?.[attribute];
  ctx.pool.persist();
  return {};
};

export const VERIFY_ATTRIBUTE_OPERATIONS = {
  GetUserAttributeVerificationCode: getUserAttributeVerificationCode,
  VerifyUserAttribute: verifyUserAttribute,
} satisfies Record<string, Operation>;
