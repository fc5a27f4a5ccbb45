import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { branches, locationHtml, locationPickerExamples, locationsContent } from '../examples/index.js';
import { answerNextLocate, type GeolocationAnswer } from './geolocation.js';
import { argsOf, deepQuery, renderWidget, typeInto, until, type Args, type Upgraded, type WidgetOptions } from './support.js';
import '../src/location-picker.js';

const seed = locationPickerExamples.seed;

/** The picker with the story's args around `content` (the seed page's six branches unless given). */
const picker = (options: Partial<WidgetOptions> = {}) => (args: Args, context: StoryContext) =>
  renderWidget('clinic-location-picker', args, context, {
    content: seed.content,
    around: '<div style="max-width: 40rem">{widget}</div>',
    ...options,
  });

/** Types into the picker's search field, as a visitor would. */
const searching = (text: string) => async (widget: Upgraded) => {
  typeInto(deepQuery<HTMLInputElement>(widget, '[part="search-input"]')[0], text);
  await widget.updateComplete;
};

/** Presses "use my location"; the stand-in for the browser's geolocation gives `answer`. */
const locating = (answer: GeolocationAnswer) => async (widget: Upgraded) => {
  const status = () => deepQuery(widget, '[part="status"] [role="status"]').map((element) => element.textContent!.trim()).join(' ');
  answerNextLocate(answer);
  deepQuery<HTMLButtonElement>(widget, '[part="geolocation-button"]')[0].click();
  await widget.updateComplete;
  // The answer comes after the "locating" message; 'locating' itself never answers.
  const whileLocating = status();
  if (answer !== 'locating') await until(() => status() !== whileLocating);
  await widget.updateComplete;
};

/** 1,000 generated branches (the size the benchmark measures). */
const manyBranches = Array.from({ length: 1000 }, (_, index) => {
  const base = branches[index % branches.length];
  return { ...base, value: `${base.value}-${index}`, label: `${base.label} ${index + 1}`, postcodes: String(5000 + index) };
});

/**
 * `<clinic-location-picker>` with the seed page's six branches. Search by place, served village
 * ("Liessel") or postcode ("5751 AB"); Tab into the cards and use the arrow keys. The stories answer
 * "use my location" with a stand-in (a position in Helmond, or the failure the story names): no
 * story asks your browser where you are.
 */
const meta: Meta<Args> = {
  title: 'Location picker',
  component: 'clinic-location-picker',
  subcomponents: { ClinicLocation: 'clinic-location' },
  args: { name: 'vestiging', required: false, disabled: false, geolocation: false, remember: false, label: '' },
  render: picker(),
};
export default meta;

type Story = StoryObj<Args>;

/** The six branches of the seed page. */
export const SixBranches: Story = {};

/** A search by a village a branch serves: "Liessel" finds Deurne, and says why. */
export const SearchByVillage: Story = { render: picker({ state: searching('Liessel') }) };

/** A search by postcode: "5751 AB" lies in Deurne's range (5750–5759), which comes first. */
export const SearchByPostcode: Story = { render: picker({ state: searching('5751 AB') }) };

/** A postcode no branch serves ("1012", Amsterdam): the widget says so and keeps every branch. */
export const PostcodeWithoutABranch: Story = { render: picker({ state: searching('1012') }) };

/** No match for the text typed: the widget says so, plainly. */
export const NoMatch: Story = { render: picker({ state: searching('Maastricht') }) };

/** `geolocation`: a button that asks for the position only when pressed, then sorts by distance. */
export const WithGeolocation: Story = { args: argsOf(seed) };

/** "Use my location" pressed, the browser still finding the position. */
export const Locating: Story = { args: argsOf(seed), render: picker({ state: locating('locating') }) };

/** The visitor refused to share the position: a clear message, the list as it was. */
export const LocationDenied: Story = { args: argsOf(seed), render: picker({ state: locating('denied') }) };

/** The browser could not find a position. */
export const LocationUnavailable: Story = { args: argsOf(seed), render: picker({ state: locating('unavailable') }) };

/** Finding the position took too long. */
export const LocationTimeout: Story = { args: argsOf(seed), render: picker({ state: locating('timeout') }) };

/** Sorted by distance from the visitor (Helmond): the nearest first, with kilometres. */
export const SortedByDistance: Story = { args: argsOf(seed), render: picker({ state: locating('sorted') }) };

/** `required` inside a `<form>`, sent without a choice: the message at the group's top. */
export const RequiredError: Story = {
  args: argsOf(locationPickerExamples.required),
  render: picker({
    around: '<form style="max-width: 40rem" onsubmit="event.preventDefault()">{widget}<p><button>Verstuur</button></p></form>',
    state: async (widget) => {
      widget.closest('form')!.requestSubmit();
      await widget.updateComplete;
    },
  }),
};

/** `disabled`: nothing can be chosen or searched; the value is not submitted. */
export const Disabled: Story = { args: { disabled: true, geolocation: true } };

/** A clinic with one branch. */
export const OneBranch: Story = { render: picker({ content: locationPickerExamples.oneBranch.content }) };

/** Inside a `<form>`: the chosen branch is sent as `vestiging=…`; the submitted data shows below. */
export const InsideAForm: Story = {
  args: { required: true, label: 'Voorkeurslocatie' },
  render: (args, context) => {
    const story = picker({
      around: '<form style="max-width: 40rem">{widget}<p><button>Verstuur</button> <button type="reset">Wis</button></p><output aria-live="polite"></output></form>',
    })(args, context);
    story.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
    });
    return story;
  },
};

/** 1,000 branches: each keystroke in the search field still updates within a frame. */
export const ManyBranches: Story = { render: picker({ content: locationsContent(manyBranches) }) };

/** An English page: built-in texts and distances ("3.2 km") follow `lang`. */
export const EnglishPage: Story = { args: argsOf(locationPickerExamples.english), parameters: { lang: 'en' }, render: picker({ state: locating('sorted') }) };

/** A preselected branch (`selected` on a `<clinic-location>`) in a clinic's own look, with its own colours. */
export const PreselectedAndThemed: Story = {
  args: { '--clinic-location-checked-background': '#eef6f8', '--clinic-location-gap': '0.75rem' },
  render: picker({
    content: [locationHtml(branches[0], { selected: true }), locationHtml(branches[3])].join('\n'),
    around: '<div class="clinic-own-look" style="max-width: 40rem">{widget}</div>',
  }),
};
