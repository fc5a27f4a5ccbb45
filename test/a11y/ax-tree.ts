import { a11ySnapshot } from '@web/test-runner-commands';

/**
 * The accessibility tree Chromium gives screen readers (puppeteer's snapshot over CDP): roles,
 * computed names, descriptions and states. Firefox under WebDriver BiDi has no such command, so
 * tests that read it run in Chromium and check the DOM in Firefox.
 */
export interface AxSnapshot {
  role: string;
  name?: string;
  description?: string;
  checked?: boolean | 'mixed';
  invalid?: string;
  required?: boolean;
  expanded?: boolean;
  focused?: boolean;
  level?: number;
  children?: AxSnapshot[];
}

export const inChromium = navigator.userAgent.includes('Chrome');

/** The tree under `selector` (the whole page without one). */
export async function axTree(selector?: string): Promise<AxSnapshot> {
  return (await a11ySnapshot(selector ? { selector } : {})) as unknown as AxSnapshot;
}

/** Every node of the tree with this role. */
export function axAll(node: AxSnapshot, role: string, found: AxSnapshot[] = []): AxSnapshot[] {
  if (node.role === role) found.push(node);
  for (const child of node.children ?? []) axAll(child, role, found);
  return found;
}
