/**
 * Each of Cognito's and Amplify's error names reads as its own message in the widget, not the generic "Something
 * went wrong" (shown on the reset screen, where every error stays on the step it happened on).
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/messages/en.js';
import { ERROR_MEANINGS } from '../support/error-meanings.js';
import { awsError } from '../support/fake-auth-service.js';
import { actionButton, alertText, clickToStep, CREDENTIALS, field, mount, submitAndSettle } from './helpers/widget.js';

/** Every name with its own meaning, and some no service sends, which read as an unknown error. */
const MEANINGS = ERROR_MEANINGS.map(([name, messageId]) => [name, messageId as keyof typeof en] as const);

describe('what each error name reads as', () => {
  for (const [name, messageId] of MEANINGS) {
    it(`${name}: "${en[messageId]}"`, async () => {
      const { el, fake } = await mount();
      field(el, 'username').value = CREDENTIALS.username;
      await clickToStep(el, actionButton(el, 'forgot-password'));
      fake.answer('resetPassword', awsError(name, `${name} from the service`));
      await submitAndSettle(el, { username: CREDENTIALS.username });
      expect(el.step).to.equal('RESET_PASSWORD');
      expect(alertText(el)).to.equal(en[messageId]);
    });
  }
});
