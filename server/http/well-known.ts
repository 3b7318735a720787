/** GET routes of the pool: its JWKS and OpenID configuration, and a short description at `/`. */
import type { ServerResponse } from 'node:http';

import type { PoolSettings } from '../settings.js';
import type { TokenKeys } from '../tokens.js';
import { sendJson } from './respond.js';

export interface WellKnownContext {
  settings: PoolSettings;
  keys: TokenKeys;
  issuer(): string;
}

/** Answers `GET path` when it is one of these routes; false otherwise. */
export function handleWellKnown(res: ServerResponse, path: string, ctx: WellKnownContext): boolean {
  const { poolId, clientId } = ctx.settings;
  switch (path) {
    case '/':
      sendJson(res, 200, { service: 'local Cognito user pool', poolId, clientId });
      return true;
    case `/${poolId}/.well-known/jwks.json`:
      sendJson(res, 200, { keys: [ctx.keys.jwk] });
      return true;
    case `/${poolId}/.well-known/openid-configuration`:
      sendJson(res, 200, {
        issuer: ctx.issuer(),
        jwks_uri: `${ctx.issuer()}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ['RS256'],
        subject_types_supported: ['public'],
        response_types_supported: ['code', 'token'],
      });
      return true;
  }
  return false;
}
