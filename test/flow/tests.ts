/**
 * `describe` and `it` for the flow tier: node:test's under `npm run test:flow`, mocha's (its globals) when StrykerJS
 * runs the same files in-process for `npm run test:mutation`. The tests use nothing else of either.
 */
import type * as NodeTest from 'node:test';

type Suite = (name: string, body: () => void) => void;
type Case = (name: string, body: () => unknown) => void;

const mocha = globalThis as { describe?: Suite; it?: Case };
const runner: { describe: Suite; it: Case } =
  mocha.describe && mocha.it
    ? { describe: mocha.describe, it: mocha.it }
    : ((await import('node:test')) as typeof NodeTest as unknown as { describe: Suite; it: Case });

export const { describe, it } = runner;

// The flow's lazy modules load here, before any test, as the others do through the tests' imports: StrykerJS then sees
// what runs as they load as static code (each such mutant gets a fresh process) rather than as the one test that
// happened to load them first (whose process would keep the module loaded before the mutant was switched on).
await Promise.all([import('../../src/flow/off-path.js'), import('../../src/flow/resume-record.js')]);
