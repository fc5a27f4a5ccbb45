// Inlined (classic script, first thing in <head>) into every benchmark page by bench/lib/server.mjs.
// window.__bench.done resolves once every element of the tags in window.__benchTags is defined
// and has finished its Lit update (updateComplete), and two animation frames later (the frame
// showing that state has been produced). It also sums layout shifts from the start of the page.
(() => {
  const tags = window.__benchTags ?? [];
  const shifts = [];
  let cls = 0;
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : '(gone)';
    let label = node.localName;
    if (node.id) label += `#${node.id}`;
    const host = node.getRootNode && node.getRootNode().host;
    const widget = node.closest && node.closest(tags.join(',') || 'clinic-never');
    if (host) label = `${host.localName} shadow: ${label}`;
    else if (widget && widget !== node) label = `${widget.localName} > … ${label}`;
    return label;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        cls += entry.value;
        shifts.push({
          value: Number(entry.value.toFixed(4)),
          at: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((source) => ({
            node: describe(source.node),
            from: [Math.round(source.previousRect.y), Math.round(source.previousRect.height)],
            to: [Math.round(source.currentRect.y), Math.round(source.currentRect.height)],
          })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no layout-shift entries in this browser
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const done = new Promise((resolve) => {
    const settle = async () => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const defined = performance.now();
      for (let round = 0; round < 20; round += 1) {
        const pending = tags.flatMap((tag) => [...document.querySelectorAll(tag)]).filter((el) => 'updateComplete' in el);
        const settled = await Promise.all(pending.map((el) => el.updateComplete));
        if (settled.every(Boolean)) break;
      }
      const ready = performance.now();
      performance.mark('bench-ready');
      await frame();
      await frame();
      performance.mark('bench-done');
      const start = performance.getEntriesByName('bench-script-start')[0];
      resolve({ defined, ready, rendered: performance.now(), scriptStart: start ? start.startTime : null });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', settle, { once: true });
    else settle();
  });
  window.__bench = { done, shifts, cls: () => cls };
})();
