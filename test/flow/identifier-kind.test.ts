/** identifier-kind.ts: the sign-in identifier as the pool names it, from each shape of configuration. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from './tests.js';
import { parseAmplifyConfig } from 'aws-amplify/utils';
import { identifierInputType, identifierKind } from '../../src/identifier-kind.js';

const outputs = (usernameAttributes?: string[]) => ({
  version: '1.4',
  auth: {
    aws_region: 'us-east-1',
    user_pool_id: 'us-east-1_x',
    user_pool_client_id: 'c',
    ...(usernameAttributes ? { username_attributes: usernameAttributes } : {}),
  },
});

describe('identifierKind', () => {
  it('amplify_outputs.json: username_attributes', () => {
    assert.equal(identifierKind(outputs(['email'])), 'email');
    assert.equal(identifierKind(outputs(['phone_number'])), 'phone');
    assert.equal(identifierKind(outputs(['email', 'phone_number'])), 'email-or-phone');
    assert.equal(identifierKind(outputs([])), 'username');
    assert.equal(identifierKind(outputs(['username'])), 'username');
  });

  it('amplify_outputs.json: login_with', () => {
    const config = { auth: { login_with: { email: true, phone: false } } };
    assert.equal(identifierKind(config), 'email');
    assert.equal(identifierKind({ auth: { login_with: { phone: true } } }), 'phone');
  });

  it('the ResourcesConfig Amplify itself builds from the outputs (Amplify.getConfig() of an app)', () => {
    const parse = (attrs: string[]) => parseAmplifyConfig(outputs(attrs) as any);
    assert.equal(identifierKind(parse(['email'])), 'email');
    assert.equal(identifierKind(parse(['phone_number'])), 'phone');
    assert.equal(identifierKind(parse(['email', 'phone_number'])), 'email-or-phone');
    assert.equal(identifierKind({ Auth: { Cognito: { loginWith: { username: true } } } }), 'username');
  });

  it('legacy aws-exports: aws_cognito_username_attributes', () => {
    assert.equal(identifierKind({ aws_cognito_username_attributes: ['EMAIL'] }), 'email');
    assert.equal(identifierKind({ aws_cognito_username_attributes: ['PHONE_NUMBER', 'EMAIL'] }), 'email-or-phone');
  });

  it('an alias pool (username with email) is a username: a field typed for email would refuse usernames', () => {
    assert.equal(identifierKind({ Auth: { Cognito: { loginWith: { username: true, email: true } } } }), 'username');
  });

  it('the demo and the Gen 2 default pool sign in by email', () => {
    const demo = JSON.parse(readFileSync(new URL('../../demo/amplify_outputs.json', import.meta.url), 'utf8'));
    assert.equal(identifierKind(demo), 'email');
  });

  it('pool ids only: the login-mechanism attribute says it; the configuration wins when it says', () => {
    const idsOnly = { Auth: { Cognito: { userPoolId: 'us-east-1_x', userPoolClientId: 'c' } } };
    assert.equal(identifierKind(idsOnly, 'email'), 'email');
    assert.equal(identifierKind(idsOnly, 'phone'), 'phone');
    assert.equal(identifierKind(idsOnly, ' Username '), 'username');
    assert.equal(identifierKind(idsOnly, 'carrier-pigeon'), 'username');
    assert.equal(identifierKind(idsOnly), 'username');
    assert.equal(identifierKind(undefined, 'phone'), 'phone');
    assert.equal(identifierKind(outputs(['email']), 'phone'), 'email');
    // OAuth settings alone say nothing about the sign-in name.
    assert.equal(identifierKind({ Auth: { Cognito: { loginWith: { oauth: {} } } } }, 'phone'), 'phone');
  });

  it('input types: email keyboard for email, tel for phone, text otherwise', () => {
    assert.equal(identifierInputType('email'), 'email');
    assert.equal(identifierInputType('phone'), 'tel');
    assert.equal(identifierInputType('email-or-phone'), 'text');
    assert.equal(identifierInputType('username'), 'text');
  });
});
