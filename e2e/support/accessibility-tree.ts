import type { Locator } from 'playwright-core';

/** What Chromium's accessibility tree says of one element: its name, its description, and whether it is invalid. */
export interface AxFacts {
  role: string;
  name: string;
  description: string;
  invalid: boolean;
}

/**
 * Reads an element's computed name and description from Chromium's own
 * accessibility tree (over CDP), as a screen reader gets them, rather than
 * from its attributes.
 */
export async function axFacts(locator: Locator): Promise<AxFacts> {
  const page = locator.page();
  const cdp = await page.context().newCDPSession(page);
  try {
    const handle = await locator.elementHandle();
    if (!handle) throw new Error('no element for the locator');
    const marker = `ax-${crypto.randomUUID()}`;
    await handle.evaluate((el, m) => el.setAttribute('data-ax-probe', m), marker);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `[data-ax-probe="${marker}"]`,
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    await handle.evaluate((el) => el.removeAttribute('data-ax-probe'));
    const node = nodes[0];
    const invalid = node?.properties?.find((p) => p.name === 'invalid')?.value.value;
    return {
      role: String(node?.role?.value ?? ''),
      name: String(node?.name?.value ?? ''),
      description: String(node?.description?.value ?? ''),
      invalid: invalid !== undefined && invalid !== 'false',
    };
  } finally {
    await cdp.detach();
  }
}

/** The element that has focus now, described for a failure message. */
export function focused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}
