import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { mendAutoParagraphs } from './auto-paragraphs.js';
import { warn } from './warn.js';

/**
 * Watches the author's content (the element's light DOM) with one MutationObserver per widget
 * and calls `onChange` once per batch of changes, so a CMS live preview that adds, removes or edits
 * items is followed. It also reads the content once when the element connects, after mending what
 * WordPress's automatic paragraphs did to it (see auto-paragraphs.ts).
 *
 * Changes the widget makes to the light DOM itself (setting an `id`, say) are done inside
 * `quietly(() => …)` so they do not trigger a re-read.
 */
export class LightDomController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
    private readonly options: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // On the server (Lit's server renderer, when asked to call connectedCallback) there is no
    // content to read or watch: the widget renders from its defaults (docs/guides/server-rendering.md).
    if (isServer) return;
    if (mendAutoParagraphs(this.host)) warn(this.host, "had its tags split or nested (by WordPress's automatic paragraphs or a missing end tag); mended. In WordPress, use a Custom HTML block.");
    this.onChange();
    // The host's own attributes are its API, not content (the picker reflects `value` on each choice).
    this.observer ??= new MutationObserver((records) => {
      if (records.some((record) => record.type !== 'attributes' || record.target !== this.host)) this.onChange();
    });
    this.observer.observe(this.host, this.options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Runs a change to the light DOM that must not count as an author's edit. */
  quietly<T>(change: () => T): T {
    try {
      return change();
    } finally {
      this.observer?.takeRecords();
    }
  }
}
