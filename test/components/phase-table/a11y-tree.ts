/**
 * A small model of the accessibility tree for tests that must run in Chromium and Firefox alike
 * (the `a11ySnapshot` command needs CDP, which Firefox under WebDriver BiDi lacks, and prunes
 * tables and lists). It walks the flat tree (into shadow roots, through slots to what they show),
 * leaves out what the browser does not render (`display: none`, `visibility: hidden`) and what is
 * `aria-hidden`, and gives each element its ARIA role: explicit `role`, else the HTML element's
 * implicit role for the elements these widgets use. Whether a layout is shown is decided by the
 * real browser's styles (container queries), which is what the tests check.
 */
export interface AxNode {
  role: string;
  element: Element;
  /** Text inside, as exposed (hidden parts left out), whitespace collapsed. */
  text: string;
}

function implicitRole(element: Element): string | undefined {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit;
  switch (element.localName) {
    case 'table':
      return 'table';
    case 'tr':
      return 'row';
    case 'td':
      return 'cell';
    case 'th':
      return element.closest('thead') || element.getAttribute('scope') === 'col' ? 'columnheader' : 'rowheader';
    case 'ol':
    case 'ul':
      return 'list';
    case 'li':
      return 'listitem';
    case 'caption':
      return 'caption';
    case 'dt':
      return 'term';
    case 'dd':
      return 'definition';
    default:
      return /^h[1-6]$/.test(element.localName) ? 'heading' : undefined;
  }
}

function flatChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

function isExposed(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true') return false;
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

function exposedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || !isExposed(node) || node.localName === 'style' || node.localName === 'script') return '';
  return flatChildren(node).map(exposedText).join(' ');
}

/** Every element with a role that is in the accessibility tree under `root` (root included). */
export function accessibleNodes(root: Element): AxNode[] {
  const found: AxNode[] = [];
  const visit = (node: Node) => {
    if (!(node instanceof Element)) return;
    if (!isExposed(node)) return;
    const role = implicitRole(node);
    if (role) found.push({ role, element: node, text: exposedText(node).replace(/\s+/g, ' ').trim() });
    flatChildren(node).forEach(visit);
  };
  visit(root);
  return found;
}

/** The exposed elements with this role under `root`. */
export function byRole(root: Element, role: string): AxNode[] {
  return accessibleNodes(root).filter((node) => node.role === role);
}
