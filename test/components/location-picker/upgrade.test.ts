import { expect, waitUntil } from '@open-wc/testing';
import { preUpgradeStyles } from '../../../src/components/location-picker/location-picker.pre-upgrade.styles.js';

/**
 * Loads a page with the picker's markup and the pre-upgrade rules in an iframe, measures it, then
 * loads the script and measures again: nothing may move (no layout shift on upgrade).
 */
async function positions(geolocation: boolean, width: number) {
  const css = preUpgradeStyles.cssText;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:1200px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="nl"><head><style>body{margin:0;padding:12px;font:17px/1.6 system-ui,sans-serif}${css}</style></head><body>
    <p>Boven</p>
    <clinic-location-picker name="vestiging"${geolocation ? ' geolocation' : ''}>
      <clinic-location value="deurne" label="Deurne" lat="51.4613" lng="5.7953" href="/deurne"><address>Stationsstraat 1, 5751 HA Deurne</address><p>Ma–vr 8:00–20:00 · <a href="tel:+31493000001">0493 000 001</a></p></clinic-location>
      <clinic-location value="nederweert" label="Nederweert"><address>Kerkstraat 6, 6031 CG Nederweert</address></clinic-location>
    </clinic-location-picker>
    <p id="after">Onder</p></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const measure = () =>
    [...doc.querySelectorAll('clinic-location'), doc.getElementById('after')!].map((element) => {
      const box = element.getBoundingClientRect();
      return [Math.round(box.top), Math.round(box.height)];
    });
  const before = measure();
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL('/src/location-picker.ts', location.href).href;
  doc.head.append(script);
  await waitUntil(() => frame.contentWindow!.customElements.get('clinic-location-picker'), 'script loaded', { timeout: 5000 });
  const picker = doc.querySelector('clinic-location-picker') as HTMLElement & { updateComplete: Promise<boolean> };
  await picker.updateComplete;
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
  const after = measure();
  frame.remove();
  return { before, after };
}

describe('<clinic-location-picker> upgrade', () => {
  for (const width of [1280, 320]) {
    for (const geolocation of [false, true]) {
      it(`moves nothing when the script arrives (${width}px${geolocation ? ', geolocation' : ''})`, async () => {
        const { before, after } = await positions(geolocation, width);
        expect(after).to.deep.equal(before);
      });
    }
  }
});
