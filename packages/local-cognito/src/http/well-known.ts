/** GET routes of the pool: its JWKS and OpenID configuration, and a short description at `/`. */
import type { ServerResponse } from 'node:http';

import type { PoolSettings } from '../settings.js';
import type { TokenKeys } from '../tokens.js';
import { sendApi } from './respond.js';

export interface WellKnownContext {
  settings: PoolSettings;
  keys: TokenKeys;
  issuer(): string;
}

function answerFor(path: string, ctx: WellKnownContext): unknown {
  const { poolId, clientId } = ctx.settings;
  switch (path) {
    case '/':
      return { service: 'local Cognito user pool', poolId, clientId };
    case `/${poolId}/.well-known/jwks.json`:
      return { keys: [ctx.keys.jwk] };
    case `/${poolId}/.well-known/openid-configuration`:
      return {
        issuer: ctx.issuer(),
        jwks_uri: `${ctx.issuer()}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ['RS256'],
        subject_types_supported: ['public'],
        response_types_supported: ['code', 'token'],
      };
  }
  return undefined;
}

/** Answers `GET path` when it is one of these routes; false otherwise. */
export function handleWellKnown(res: ServerResponse, path: string, ctx: WellKnownContext): boolean {
  const answer = answerFor(path, ctx);
  if (answer === undefined) return false;
  sendApi(res, 200, answer, {}, 'application/json');
  return true;
}
