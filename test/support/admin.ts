/** The admin operations a test needs, signed as the AWS SDK signs them (the local server wants SigV4 on them). */
import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';

export class Admin {
  private readonly client: CognitoIdentityProviderClient;

  constructor(
    endpoint: string,
    private readonly userPoolId: string,
  ) {
    this.client = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  }

  /** The user's attributes by name, and status. */
  async user(username: string): Promise<{ status?: string; attributes: Record<string, string> }> {
    const user = await this.client.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: username }));
    return {
      status: user.UserStatus,
      attributes: Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name!, a.Value ?? ''])),
    };
  }

  async confirmSignUp(username: string): Promise<void> {
    await this.client.send(new AdminConfirmSignUpCommand({ UserPoolId: this.userPoolId, Username: username }));
  }

  async setAttributes(username: string, attributes: Record<string, string>): Promise<void> {
    await this.client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: this.userPoolId,
        Username: username,
        UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      }),
    );
  }

  close(): void {
    this.client.destroy();
  }
}
