// Types for demo/render.mjs, which the demo tests and the seed-page story import.

/** The demo page from its template (demo/page.html). Throws when a comment names an example that examples/ does not have. */
export declare function renderDemoPage(template: string): string;
