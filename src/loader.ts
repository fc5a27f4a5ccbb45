// The loader (`dist/clinic-elements.loader.js`, package export `clinic-elements/loader.js`): one
// `<script type="module">` for CMS pages, like the drop-in file, but a page pays only for the widgets
// it uses. It defines nothing itself: it looks for `clinic-*` tags in the page, now and as they are
// added later (a CMS live preview, a modal, a framework rendering), and imports just those widgets'
// modules from beside itself. Lit and the shared internals come once, in a chunk of their own.

/** Where each tag's widget lives; a module is imported once, however many of its tags a page has. */
const widgetModules: Record<string, () => Promise<unknown>> = {
  'clinic-faq': () => import('./faq.js'),
  'clinic-symptom-checklist': () => import('./symptom-checklist.js'),
  'clinic-phase-table': () => import('./phase-table.js'),
  'clinic-location-picker': () => import('./location-picker.js'),
  'clinic-location': () => import('./location-picker.js'),
  'clinic-contact-form': () => import('./contact-form.js'),
};

const tagNames = Object.keys(widgetModules);
const waitingTags = new Set(tagNames);

/** Imports the widgets whose tags are now in (or under) `root` and were not imported yet. */
function loadWidgetsIn(root: ParentNode): void {
  for (const tagName of [...waitingTags]) {
    const isRootItself = root instanceof Element && root.localName === tagName;
    if (!isRootItself && !root.querySelector(tagName)) continue;
    waitingTags.delete(tagName);
    widgetModules[tagName]().catch((error: unknown) => {
      // Let a later tag try again (the file may have been unreachable for a moment).
      waitingTags.add(tagName);
      console.warn(`[clinic-elements] the loader could not load the module for <${tagName}>; its content stays as plain HTML.`, error);
    });
  }
}

loadWidgetsIn(document);

if (waitingTags.size > 0) {
  const observer = new MutationObserver((mutations) => {
    for (const { addedNodes } of mutations) {
      for (const node of addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) loadWidgetsIn(node as Element);
      }
    }
    if (waitingTags.size === 0) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

export {};
