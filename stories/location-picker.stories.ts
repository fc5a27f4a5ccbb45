import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/location-picker.js';

/** The seed page's six branches ("Plan lokaal: behandeling in jouw regio"), approximate coordinates. */
const BRANCHES = [
  { value: 'deurne', label: 'Deurne', lat: '51.4613', lng: '5.7953', postcodes: '5750-5759', serves: 'Liessel, Vlierden, Helenaveen, Neerkant, Zeilberg', address: 'Stationsstraat 1, 5751 HA Deurne', hours: 'Ma–vr 8:00–20:00', phone: '0493 000 001' },
  { value: 'mierlo', label: 'Mierlo', lat: '51.4406', lng: '5.6192', postcodes: '5730-5731', serves: 'Luchen, Mierlo-Hout', address: 'Dorpsstraat 2, 5731 JE Mierlo', hours: 'Ma–do 8:00–18:00', phone: '0492 000 002' },
  { value: 'gemert', label: 'Gemert', lat: '51.5556', lng: '5.6897', postcodes: '5420-5428,5761-5763', serves: 'Bakel, Milheeze, De Rips, Handel, De Mortel, Elsendorp', address: 'Ridderplein 3, 5421 CX Gemert', hours: 'Ma–vr 8:00–19:00', phone: '0492 000 003' },
  { value: 'helmond', label: 'Helmond', lat: '51.4793', lng: '5.6570', postcodes: '5700-5709', serves: 'Stiphout, Brandevoort, Dierdonk, Brouwhuis, Rijpelberg', address: 'Markt 4, 5701 RK Helmond', hours: 'Ma–za 7:30–21:00', phone: '0492 000 004' },
  { value: 'geldrop', label: 'Geldrop', lat: '51.4217', lng: '5.5597', postcodes: '5660-5667', serves: 'Zesgehuchten, Coevering, Braakhuizen, Genoenhuis', address: 'Heuvel 5, 5664 HK Geldrop', hours: 'Ma–vr 8:00–18:00', phone: '040 000 0005' },
  { value: 'nederweert', label: 'Nederweert', lat: '51.2857', lng: '5.7486', postcodes: '6030-6035', serves: 'Ospel, Budschop, Leveroy, Ospeldijk', address: 'Kerkstraat 6, 6031 CG Nederweert', hours: 'Di en do 8:00–17:00', phone: '0495 000 006' },
];

const locations = (list = BRANCHES) =>
  list.map(
    (branch) => html`<clinic-location
      value=${branch.value}
      label=${branch.label}
      lat=${branch.lat}
      lng=${branch.lng}
      postcodes=${branch.postcodes}
      serves=${branch.serves}
      phone=${branch.phone}
    >
      <address>${branch.address}</address>
      <p>${branch.hours} · <a href="tel:${branch.phone.replace(/\s/g, '')}">${branch.phone}</a></p>
    </clinic-location>`,
  );

/** 1,000 generated branches (the size the benchmark measures). */
const MANY = Array.from({ length: 1000 }, (_, index) => {
  const base = BRANCHES[index % BRANCHES.length];
  return { ...base, value: `${base.value}-${index}`, label: `${base.label} ${index + 1}`, postcodes: String(5000 + index) };
});

interface Args {
  name: string;
  required: boolean;
  disabled: boolean;
  geolocation: boolean;
  remember: boolean;
  label: string;
}

/**
 * `<clinic-location-picker>` with the seed page's six branches. Search by place, served village
 * ("Liessel") or postcode ("5751 AB"); Tab into the cards and use the arrow keys.
 */
const meta: Meta<Args> = {
  title: 'Location picker',
  component: 'clinic-location-picker',
  args: { name: 'vestiging', required: false, disabled: false, geolocation: false, remember: false, label: '' },
  render: (args) => html`
    <div style="max-width: 40rem">
      <clinic-location-picker
        name=${args.name}
        label=${args.label}
        ?required=${args.required}
        ?disabled=${args.disabled}
        ?geolocation=${args.geolocation}
        ?remember=${args.remember}
        >${locations()}</clinic-location-picker
      >
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The six branches of the seed page. */
export const SixBranches: Story = {};

/** `geolocation`: a button that asks for the position only when pressed, then sorts by distance. */
export const WithGeolocation: Story = { args: { geolocation: true } };

/** Inside a `<form>`: `required` blocks submission with a message; the submitted data shows below. */
export const InsideAForm: Story = {
  args: { required: true },
  render: (args) => html`
    <form
      style="max-width: 40rem"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
    >
      <clinic-location-picker name=${args.name} ?required=${args.required} label="Voorkeurslocatie">${locations()}</clinic-location-picker>
      <p><button>Verstuur</button> <button type="reset">Wis</button></p>
      <output aria-live="polite"></output>
    </form>
  `,
};

/** 1,000 branches: each keystroke in the search field still updates within a frame. */
export const ManyBranches: Story = {
  render: () => html`<div style="max-width: 40rem"><clinic-location-picker name="vestiging">${locations(MANY)}</clinic-location-picker></div>`,
};

/** An English page: built-in texts and distances ("3.2 km") follow `lang`. */
export const EnglishPage: Story = { args: { geolocation: true }, parameters: { lang: 'en' } };

/** A preselected branch (`selected`) and a clinic theme through the documented custom properties. */
export const PreselectedAndThemed: Story = {
  render: () => html`
    <div style="max-width: 40rem; --clinic-color-accent: #00657f; --clinic-location-checked-background: #eef6f8; --clinic-location-gap: 0.75rem">
      <clinic-location-picker name="vestiging">
        <clinic-location value="deurne" label="Deurne" selected><address>Stationsstraat 1, 5751 HA Deurne</address></clinic-location>
        <clinic-location value="helmond" label="Helmond"><address>Markt 4, 5701 RK Helmond</address></clinic-location>
      </clinic-location-picker>
    </div>
  `,
};
