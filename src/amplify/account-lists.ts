/**
 * The signed-in user's passkeys and devices, for `<auth-account>`: Amplify's answers reduced to what the element
 * shows. Loaded only when `<auth-account>` shows those sections.
 */
import {
  deleteWebAuthnCredential,
  fetchDevices,
  forgetDevice as amplifyForgetDevice,
  listWebAuthnCredentials,
} from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import type { AccountDevices, AccountPasskey } from '../auth-service.js';

/** Cognito answers at most this many pages (of 20) before the list is taken as complete. */
const MAX_PAGES = 10;

/** Every passkey of the signed-in user, page after page. */
export async function listPasskeys(): Promise<AccountPasskey[]> {
  const passkeys: AccountPasskey[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await listWebAuthnCredentials(nextToken ? { nextToken } : undefined);
    for (const credential of result.credentials) {
      if (!credential.credentialId) continue;
      passkeys.push({
        id: credential.credentialId,
        name: credential.friendlyCredentialName,
        createdAt: credential.createdAt,
      });
    }
    nextToken = result.nextToken;
    if (!nextToken) break;
  }
  return passkeys;
}

export async function deletePasskey(credentialId: string): Promise<void> {
  await deleteWebAuthnCredential({ credentialId });
}

/** The key of the device this browser signed in as, if Amplify holds one (pools with device tracking). */
async function currentDeviceKey(): Promise<string | undefined> {
  const metadata = await cognitoUserPoolsTokenProvider.authTokenStore.getDeviceMetadata().catch(() => null);
  return metadata?.deviceKey;
}

export async function listDevices(): Promise<AccountDevices> {
  const [devices, current] = await Promise.all([fetchDevices(), currentDeviceKey()]);
  return {
    devices: devices.map((device) => ({ id: device.id, name: device.name, lastUsedAt: device.lastAuthenticatedDate })),
    ...(current ? { currentDeviceKey: current } : {}),
  };
}

export async function forgetDevice(deviceKey: string): Promise<void> {
  await amplifyForgetDevice({ device: { id: deviceKey } });
}
