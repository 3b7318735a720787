/** The layer rules are enforced: each ESLint rule fires on a planted violation, and passes the allowed form. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from './tests.js';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function rulesFired(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const VIOLATIONS: Array<[string, string, string]> = [
  ['src/flow/x.ts', "import { html } from 'lit';\nexport const x = html``;\n", 'no-restricted-imports'],
  [
    'src/flow/x.ts',
    "import { createContext } from '@lit/context';\nexport const x = createContext;\n",
    'no-restricted-imports',
  ],
  ['src/flow/x.ts', "import { Amplify } from 'aws-amplify';\nexport const x = Amplify;\n", 'no-restricted-imports'],
  ['src/x.ts', "import { signIn } from 'aws-amplify/auth';\nexport const x = signIn;\n", 'no-restricted-imports'],
  [
    'src/flow/x.ts',
    "import { StepOutlet } from '../../components/step-outlet.js';\nexport const x = StepOutlet;\n",
    'no-restricted-imports',
  ],
  ['components/x.ts', "import { Hub } from 'aws-amplify/utils';\nexport const x = Hub;\n", 'no-restricted-imports'],
  ...[
    'document',
    'window',
    'localStorage',
    'sessionStorage',
    'location',
    'customElements',
    'CustomEvent',
    'HTMLElement',
  ].map((name): [string, string, string] => [
    'src/flow/x.ts',
    `export const x = () => ${name};\n`,
    'no-restricted-globals',
  ]),
];

describe('layer rules', () => {
  for (const [file, code, rule] of VIOLATIONS) {
    it(`${rule} fires on ${file}: ${code.split('\n')[0]}`, async () => {
      assert.ok((await rulesFired(code, file)).includes(rule));
    });
  }

  it('src/amplify/ may import aws-amplify and read the page', async () => {
    const code = "import { Amplify } from 'aws-amplify';\nexport const x = () => [Amplify, location.search];\n";
    assert.deepEqual(await rulesFired(code, 'src/amplify/x.ts'), []);
  });

  it('src/amplify/ still may not import Lit', async () => {
    assert.ok(
      (await rulesFired("import { html } from 'lit';\nexport const x = html``;\n", 'src/amplify/x.ts')).includes(
        'no-restricted-imports',
      ),
    );
  });
});
