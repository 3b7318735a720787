/** NEW_PASSWORD_REQUIRED: a user with a temporary password chooses one, and gives the attributes the pool requires. */
import { invalidParameter } from '../../errors.js';
import type { SessionIn } from '../../store/sessions.js';
import { checkMutable, mutableAttributes } from '../attributes.js';
import { requiredString, type Json, type OperationContext } from '../context.js';
import { mfaStep } from '../mfa.js';
import { checkPasswordPolicy } from '../passwords.js';
import { nextChallenge, type SignIn } from '../sign-in.js';

const PREFIX = 'userAttributes.';

export function startNewPasswordRequired(ctx: OperationContext, signIn: SignIn): Json {
  const { user } = signIn;
  return nextChallenge(
    ctx,
    signIn,
    { challenge: 'NEW_PASSWORD_REQUIRED' },
    {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: JSON.stringify(user.requiredAttributes.map((name) => `${PREFIX}${name}`)),
      userAttributes: JSON.stringify(mutableAttributes(user.attributes)),
    },
  );
}

export async function answerNewPasswordRequired(
  ctx: OperationContext,
  signIn: SignIn & { session: SessionIn<'NEW_PASSWORD_REQUIRED'> },
  responses: Json,
): Promise<Json> {
  const { user } = signIn;
  const password = requiredString(responses.NEW_PASSWORD, 'NEW_PASSWORD');
  checkPasswordPolicy(ctx.settings.passwordPolicy, password);
  const updates: Record<string, string> = {};
  for (const [key, value] of Object.entries(responses)) {
    if (key.startsWith(PREFIX) && typeof value === 'string') updates[key.slice(PREFIX.length)] = value;
  }
  for (const name of user.requiredAttributes) {
    if (!updates[name] && !user.attributes[name])
      throw invalidParameter(`Invalid attributes given, ${name} is missing`);
  }
  for (const name of Object.keys(updates)) checkMutable(name);
  Object.assign(user.attributes, updates);
  await ctx.pool.users.setPassword(user, password);
  user.status = 'CONFIRMED';
  user.requiredAttributes = [];
  return mfaStep(ctx, signIn);
}
