/**
 * What a screen reader hears, read from Chromium's accessibility tree (CDP `Accessibility.getFullAXTree`): a
 * wrong password is announced once, and the username it marks invalid says why.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useE2E } from './harness.js';

const e2e = useE2E();

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  parentId?: string;
}

const property = (node: AXNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;

/** The accessibility tree of the page, as a screen reader gets it. */
async function axTree(page: Page): Promise<AXNode[]> {
  const session = await page.createCDPSession();
  try {
    await session.send('Accessibility.enable');
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
    return nodes;
  } finally {
    await session.detach();
  }
}

/**
 * Each time `text` would be read out without the user asking: as text inside a live region (an alert, a status),
 * and as the name or description of the focused element (focus moved there).
 */
function announcements(nodes: AXNode[], text: string): string[] {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  /** The live region `node` is in (`role=alert`: assertive, `role=status`: polite), if any. */
  const liveRegion = (node: AXNode): AXNode | undefined => {
    for (let up: AXNode | undefined = node; up; up = up.parentId ? byId.get(up.parentId) : undefined) {
      const live = property(up, 'live');
      if (live && live !== 'off') return up;
    }
    return undefined;
  };
  const heard: string[] = [];
  for (const node of nodes) {
    if (node.ignored) continue;
    const region = node.role?.value === 'StaticText' && String(node.name?.value).includes(text) && liveRegion(node);
    if (region) heard.push(`live region (${String(property(region, 'live'))})`);
    if (property(node, 'focused') === true) {
      if (String(node.name?.value ?? '').includes(text)) heard.push('focused name');
      if (String(node.description?.value ?? '').includes(text)) heard.push('focused description');
    }
  }
  return heard;
}

describe('announcements', () => {
  it('a wrong password is announced once; the username marked invalid says why', async () => {
    const w = await e2e.open();
    await w.signIn('alice@example.com', 'wrong-Passw0rd!');
    assert.match(await w.waitForAlert(), /Incorrect username or password/);
    await w.page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'password');
    const nodes = await axTree(w.page);
    assert.deepEqual(announcements(nodes, 'Incorrect username or password'), ['focused description']);
    const username = nodes.find(
      (node) =>
        !node.ignored &&
        node.role?.value === 'textbox' &&
        property(node, 'invalid') === 'true' &&
        !property(node, 'focused'),
    );
    assert.ok(username, 'the username is marked invalid');
    assert.match(String(username.description?.value), /Incorrect username or password/);
  });
});
