/** User attributes as clients send them: `[{ Name, Value }]`, never one of the immutable ones. */
import { invalidParameter } from '../errors.js';
import { IMMUTABLE_ATTRIBUTES } from '../store/users.js';

export function checkMutable(name: string, admin = false): void {
  const immutable = admin ? name === 'sub' : IMMUTABLE_ATTRIBUTES.includes(name);
  if (immutable) throw invalidParameter(`Cannot modify the non-mutable attribute ${name}`);
}

/**
 * `[{ Name, Value }]` as a map; InvalidParameterException for anything else (`notAList` when it is no list).
 * An administrator (`admin`) may also set `email_verified` and `phone_number_verified`.
 */
export function attributeList(list: unknown, notAList: string, admin = false): Record<string, string> {
  if (!Array.isArray(list)) throw invalidParameter(notAList);
  const attributes: Record<string, string> = {};
  for (const entry of list) {
    if (!entry || typeof entry.Name !== 'string' || typeof entry.Value !== 'string')
      throw invalidParameter('Invalid UserAttributes');
    checkMutable(entry.Name, admin);
    attributes[entry.Name] = entry.Value;
  }
  return attributes;
}

/** The attributes a client may see and write (the immutable ones left out). */
export function mutableAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !IMMUTABLE_ATTRIBUTES.includes(name)));
}
