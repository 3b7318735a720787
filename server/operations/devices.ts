/** Remembered devices. NewDeviceMetadata is never returned, so only ConfirmDevice with a client-made key adds one. */
import { missingParameter } from '../errors.js';
import { nowSec, str, type Operation } from './context.js';
import { userOfAccessToken } from './tokens.js';

const confirmDevice: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  const key = str(body.DeviceKey);
  if (!key) throw missingParameter('DeviceKey');
  if (!user.devices.some((device) => device.key === key))
    user.devices.push({ key, name: str(body.DeviceName), createdAt: nowSec(ctx) });
  return { UserConfirmationNecessary: false };
};

const listDevices: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  return {
    Devices: user.devices.map((device) => ({
      DeviceKey: device.key,
      DeviceAttributes: [{ Name: 'device_name', Value: device.name ?? '' }],
      DeviceCreateDate: device.createdAt,
      DeviceLastModifiedDate: device.createdAt,
    })),
  };
};

const forgetDevice: Operation = async (ctx, body) => {
  const user = await userOfAccessToken(ctx, body.AccessToken);
  user.devices = user.devices.filter((device) => device.key !== body.DeviceKey);
  return {};
};

export const DEVICE_OPERATIONS = {
  ConfirmDevice: confirmDevice,
  ListDevices: listDevices,
  ForgetDevice: forgetDevice,
} satisfies Record<string, Operation>;
