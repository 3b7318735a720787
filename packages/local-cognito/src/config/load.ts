/** Reads a pool for the server: a pool file, an amplify_outputs.json, or the demo pool; and the start-up warning. */
import { readFileSync } from 'node:fs';

import { DEMO_POOL } from '../settings.js';
import { loadPoolFile, type LoadedPool, type PoolFile } from './describe-pool.js';
import { loadOutputs } from './outputs.js';

export type { LoadedPool, PoolFile } from './describe-pool.js';

function readJson(path: string): Record<string, any> {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read ${path}: ${(err as Error).message}`);
  }
}

export interface PoolSource {
  /** A pool file (path or content): `{ UserPool, UserPoolClient, MfaConfig?, Users? }`. */
  pool?: string | PoolFile;
  /** An Amplify Gen 2 outputs file (path or content). */
  outputs?: string | Record<string, any>;
}

export function loadPool(source: PoolSource): LoadedPool {
  if (source.pool !== undefined) {
    const file = typeof source.pool === 'string' ? (readJson(source.pool) as PoolFile) : source.pool;
    return loadPoolFile(file);
  }
  if (source.outputs !== undefined)
    return loadOutputs(typeof source.outputs === 'string' ? readJson(source.outputs) : source.outputs);
  return { settings: DEMO_POOL, unmodelled: [], notes: [] };
}

/** The one start-up warning: what the server does not model, and what it inferred; undefined when nothing. */
export function startupWarning(loaded: LoadedPool): string | undefined {
  const lines: string[] = [];
  if (loaded.unmodelled.length)
    lines.push(`Not modelled by the local server (ignored): ${loaded.unmodelled.join(', ')}.`);
  lines.push(...loaded.notes);
  return lines.length ? lines.join('\n') : undefined;
}
