import { expect, test } from 'local-cognito/playwright';

// The server Playwright's webServer started from the bin (playwright.config.ts).
test.use({ localCognito: { url: `http://localhost:${process.env.COGNITO_PORT ?? 9229}/` } });

const PASSWORD = 'Corr3ct-Horse!';

/** Fills the widget's field `name` (its fields live in the light DOM: plain selectors reach them). */
const fill = (page, name: string, value: string) => page.locator(`auth-sign-in input[name="${name}"]`).fill(value);
const submit = (page) => page.locator('auth-sign-in form button[type=submit]:not([name])').click();
const step = (page) => page.locator('auth-sign-in');

test('signs up, reads the code, is signed in, signs out', async ({ page, cognito }) => {
  const email = 'ada@example.com';
  await page.goto('/');
  await expect(step(page)).toHaveAttribute('step', 'SIGN_IN');
  await page.locator('auth-sign-in [data-action="sign-up"]').click();
  await expect(step(page)).toHaveAttribute('step', 'SIGN_UP');
  // Configured by pool ids alone, the widget asks for a username: this pool's usernames are email addresses.
  await fill(page, 'username', email);
  await fill(page, 'newPassword', PASSWORD);
  await fill(page, 'confirmPassword', PASSWORD);
  const sent = (await cognito.codes.all(email)).length;
  await submit(page);
  // The code the local Cognito "sent" by email, read as a test reads it.
  await expect(step(page)).toHaveAttribute('step', 'CONFIRM_SIGN_UP');
  await fill(page, 'code', await cognito.codes.next(email, { after: sent }));
  await submit(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText(`Signed in as ${email}`);
  await page.locator('auth-sign-in [data-action="sign-out"]').click();
  await expect(step(page)).toHaveAttribute('step', 'SIGN_IN');
});

test('a user made by the test signs in with the SMS code, then signs out', async ({ page, cognito }) => {
  const username = 'grace@example.com';
  await cognito.users.create({
    username,
    password: PASSWORD,
    attributes: { email: username, phone_number: '+15555550123' },
    mfa: 'SMS',
  });
  await page.goto('/');
  await fill(page, 'username', username);
  await fill(page, 'password', PASSWORD);
  const sent = (await cognito.codes.all(username)).length;
  await submit(page);
  await expect(step(page)).toHaveAttribute('step', 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
  await fill(page, 'code', await cognito.codes.next(username, { after: sent }));
  await submit(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText(`Signed in as ${username}`);
  await page.locator('auth-sign-in [data-action="sign-out"]').click();
  await expect(step(page)).toHaveAttribute('step', 'SIGN_IN');
  await expect(page.getByTestId('signed-in-user')).toBeHidden();
});
