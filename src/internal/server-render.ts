/**
 * Server rendering, the browser's side. A widget rendered by Lit's server renderer (`@lit-labs/ssr`)
 * arrives with a declarative shadow root holding what the server could render: the widget from its
 * defaults (a server cannot read the widget's content), with a slot that shows the content as
 * written until the code arrives. In the browser the widget reads its content and renders again,
 * the same as on a page that was not server-rendered.
 *
 * Without Lit's hydration support, Lit renders into that shadow root *next to* the server's markup,
 * which would leave both (two search fields, two sets of slots). So, the first time the element
 * connects, before its first render, the server's markup goes. Hydration (which reuses the
 * server's markup) cannot work here: the browser's render depends on the content, which the
 * server's did not see; so pages do not load Lit's hydration support for these widgets
 * (docs/guides/server-rendering.md).
 */
import type { LitElement, ReactiveControllerHost } from 'lit';

type RenderingHost = ReactiveControllerHost & HTMLElement & Partial<Pick<LitElement, 'renderRoot' | 'renderOptions' | 'hasUpdated'>>;

/** Empties a server-rendered shadow root once, before the element's first render in the browser. */
export function discardServerRender(host: RenderingHost): void {
  const root = host.renderRoot;
  if (host.hasUpdated || !(root instanceof ShadowRoot) || root.firstChild === null) return;
  root.replaceChildren();
  // LitElement renders before the root's first child at connection, which was the server's markup.
  if (host.renderOptions) host.renderOptions.renderBefore = null;
}
