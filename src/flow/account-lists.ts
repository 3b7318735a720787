/**
 * `<auth-account>`'s list sections: the person's passkeys (add one, remove one after a confirmation) and the devices
 * Cognito remembers (forget one, or this one). What each shows is loaded once someone is signed in; a section the
 * pool or the browser does not allow stays hidden. Each action reloads its list, so the page shows what Cognito keeps.
 */
import type { AccountService } from '../auth-service.js';
import type { FlowError } from './errors.js';

/** A row of a list section: a passkey or a device. */
export interface ListedItem {
  id: string;
  name?: string;
  createdAt?: Date;
  lastUsedAt?: Date;
  /** The device this browser signed in as. */
  current?: boolean;
}

export type ListSection = 'passkeys' | 'devices';
export type ListAction = 'passkeyAdded' | 'passkeyDeleted' | 'deviceForgotten';

/** What a list section adds to a section's state. */
export interface ListState {
  /** `false`: the pool or the browser does not allow it (hidden); `undefined`: not known yet. */
  shown?: boolean;
  items?: ListedItem[];
  /** The list is being fetched (no call of the person's: a sign-out elsewhere still ends the element). */
  loading?: boolean;
  /** The passkey whose removal waits for the person's confirmation. */
  confirming?: string;
  error?: FlowError;
}

/** What the controller lends a list section: its service, its state, a runner that makes one call at a time. */
export interface ListHost {
  service: AccountService;
  read(section: ListSection): ListState;
  patch(section: ListSection, patch: ListState & { notice?: { messageId: string } }): void;
  run(section: ListSection, task: () => Promise<void>): Promise<void>;
  fail(section: ListSection, error: unknown): Promise<void>;
  changed(section: ListSection, action: ListAction): void;
}

/** Cognito's answers for a pool or a client that has no passkeys (the section hides). */
const PASSKEYS_OFF = new Set(['WebAuthnNotEnabledException', 'WebAuthnConfigurationMissingException']);

export const LIST_SECTIONS: readonly ListSection[] = ['passkeys', 'devices'];

export const isListSection = (section: string): section is ListSection =>
  (LIST_SECTIONS as readonly string[]).includes(section);

async function passkeyItems(service: AccountService): Promise<ListState> {
  if (!(await service.passkeysAllowed())) return { shown: false };
  try {
    return { shown: true, items: await service.listPasskeys() };
  } catch (error) {
    if (PASSKEYS_OFF.has((error as { name?: string } | undefined)?.name ?? '')) return { shown: false };
    throw error;
  }
}

/** Devices, this one first and marked; shown only on a pool that tracks devices (this one has a key, or some are listed). */
async function deviceItems(service: AccountService): Promise<ListState> {
  const { devices, currentDeviceKey } = await service.listDevices();
  if (!currentDeviceKey && !devices.length) return { shown: false, items: [] };
  const items = devices.map((device) => ({ ...device, current: device.id === currentDeviceKey }));
  items.sort((a, b) => Number(b.current) - Number(a.current));
  return { shown: true, items };
}

/** Fills a list section; a failure keeps what it showed and says so in its alert (the section stays usable). */
export async function loadList(host: ListHost, section: ListSection): Promise<void> {
  host.patch(section, { loading: true, error: undefined });
  try {
    host.patch(section, await (section === 'passkeys' ? passkeyItems : deviceItems)(host.service));
  } catch (error) {
    await host.fail(section, error);
  } finally {
    host.patch(section, { loading: false });
  }
}

/**
 * A list section's form: `action` says what the person pressed (`add`, `remove` + `id`, `confirm`, `cancel`,
 * `forget` + `id`, `reload`).
 */
export function submitList(
  host: ListHost,
  section: ListSection,
  values: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const { action, id } = values;
  const { service } = host;
  if (action === 'reload') return loadList(host, section);
  if (section === 'devices') {
    if (action !== 'forget' || !id) return Promise.resolve();
    const current = host.read('devices').items?.some((item) => item.id === id && item.current);
    return change(host, section, () => service.forgetDevice(id), 'deviceForgotten', {
      messageId: current ? 'account.devices.forgotThis' : 'account.devices.forgot',
    });
  }
  if (action === 'remove' && id) {
    host.patch(section, { confirming: id, error: undefined, notice: undefined });
    return Promise.resolve();
  }
  if (action === 'cancel') {
    host.patch(section, { confirming: undefined });
    return Promise.resolve();
  }
  if (action === 'confirm') {
    const confirming = host.read(section).confirming;
    if (!confirming) return Promise.resolve();
    return change(host, section, () => service.deletePasskey(confirming), 'passkeyDeleted', {
      messageId: 'account.passkeys.deleted',
    });
  }
  if (action !== 'add') return Promise.resolve();
  return change(host, section, () => service.registerPasskey(), 'passkeyAdded', {
    messageId: 'account.passkeys.added',
  });
}

/** Makes the change, says so, then shows the list as Cognito now has it. */
function change(
  host: ListHost,
  section: ListSection,
  call: () => Promise<void>,
  action: ListAction,
  notice: { messageId: string },
): Promise<void> {
  return host.run(section, async () => {
    await call();
    host.patch(section, { confirming: undefined });
    host.changed(section, action);
    const { items } = await (section === 'passkeys' ? passkeyItems : deviceItems)(host.service);
    // The section stays where it is (after forgetting the last device, too), with its news.
    host.patch(section, { items: items ?? [], notice });
  });
}
