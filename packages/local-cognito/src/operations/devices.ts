/**
 * Devices (pools with DeviceConfiguration): a sign-in from an unknown device gets NewDeviceMetadata, ConfirmDevice
 * stores the device's SRP verifier, UpdateDeviceStatus remembers it (or the pool does at once), and a remembered
 * device signs in with DEVICE_SRP_AUTH (challenges/device-srp.ts).
 */
import { randomUUID } from 'node:crypto';

import { CognitoError, invalidParameter, missingParameter } from '../errors.js';
import type { Device, User } from '../store/users.js';
import { nowSec, str, type Json, type Operation, type OperationContext } from './context.js';
import { userOfAccessToken } from './tokens.js';

const deviceNotFound = () => new CognitoError('ResourceNotFoundException', 'Device does not exist.');

/** The user's device `key`, if Cognito knows it. */
export function deviceOf(user: User, key: unknown): Device | undefined {
  return typeof key === 'string' ? user.devices.find((device) => device.key === key) : undefined;
}

/** A device of the user that may sign in with DEVICE_SRP_AUTH: confirmed (it has a verifier) and remembered. */
export function rememberedDevice(ctx: OperationContext, user: User, key: unknown): Device | undefined {
  const device = deviceOf(user, key);
  return ctx.settings.devices && device?.verifier && device.remembered ? device : undefined;
}

/** A new device for a sign-in from an unknown one: `NewDeviceMetadata` of the AuthenticationResult. */
export function newDeviceMetadata(ctx: OperationContext, user: User): Json {
  const region = ctx.settings.poolId.slice(0, ctx.settings.poolId.indexOf('_'));
  const device: Device = {
    key: `${region}_${randomUUID()}`,
    remembered: false,
    createdAt: nowSec(ctx),
    lastAuthenticatedAt: nowSec(ctx),
  };
  user.devices.push(device);
  return { DeviceKey: device.key, DeviceGroupKey: user.deviceGroupKey };
}

function deviceAttributes(device: Device): Json {
  return {
    DeviceKey: device.key,
    DeviceAttributes: [
      { Name: 'device_name', Value: device.name ?? '' },
      { Name: 'device_status', Value: device.verifier ? 'valid' : 'invalid' },
      { Name: 'dev:device_remembered_status', Value: device.remembered ? 'remembered' : 'not_remembered' },
    ],
    DeviceCreateDate: device.createdAt,
    DeviceLastModifiedDate: device.createdAt,
    DeviceLastAuthenticatedDate: device.lastAuthenticatedAt,
  };
}

/** The user's device named by `body.DeviceKey`. */
async function deviceOfRequest(ctx: OperationContext, body: Json): Promise<{ user: User; device: Device }> {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  if (!str(body.DeviceKey)) throw missingParameter('DeviceKey');
  const device = deviceOf(user, body.DeviceKey);
  if (!device) throw deviceNotFound();
  return { user, device };
}

const confirmDevice: Operation = async (ctx, body) => {
  const { device } = await deviceOfRequest(ctx, body);
  const config = body.DeviceSecretVerifierConfig ?? {};
  const verifier = str(config.PasswordVerifier);
  const salt = str(config.Salt);
  if (!verifier || !salt) throw invalidParameter('DeviceSecretVerifierConfig needs PasswordVerifier and Salt');
  device.verifier = Buffer.from(verifier, 'base64').toString('hex');
  device.salt = Buffer.from(salt, 'base64').toString('hex');
  device.name = str(body.DeviceName) ?? device.name;
  const onPrompt = ctx.settings.devices?.onlyRememberedOnUserPrompt ?? false;
  device.remembered = !onPrompt;
  ctx.pool.persist();
  return { UserConfirmationNecessary: onPrompt };
};

const updateDeviceStatus: Operation = async (ctx, body) => {
  const { device } = await deviceOfRequest(ctx, body);
  const status = body.DeviceRememberedStatus;
  if (status !== 'remembered' && status !== 'not_remembered')
    throw invalidParameter('DeviceRememberedStatus must be remembered or not_remembered');
  device.remembered = status === 'remembered';
  ctx.pool.persist();
  return {};
};

const getDevice: Operation = async (ctx, body) => ({
  Device: deviceAttributes((await deviceOfRequest(ctx, body)).device),
});

const listDevices: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  return { Devices: user.devices.filter((device) => device.verifier).map(deviceAttributes) };
};

const forgetDevice: Operation = async (ctx, body) => {
  const { user, device } = await deviceOfRequest(ctx, body);
  user.devices = user.devices.filter((candidate) => candidate !== device);
  ctx.pool.persist();
  return {};
};

export const DEVICE_OPERATIONS = {
  ConfirmDevice: confirmDevice,
  UpdateDeviceStatus: updateDeviceStatus,
  GetDevice: getDevice,
  ListDevices: listDevices,
  ForgetDevice: forgetDevice,
} satisfies Record<string, Operation>;
