// API tables and controls from custom-elements.json, showing the public API only.
//
// Storybook's own reader (@storybook/web-components) puts every member of the manifest in the
// table, private ones included (formAssociated, internals, `content = new LightDomController(…)`),
// and keys rows by name alone, so a part named like an attribute (`label`) replaces the attribute's
// row and its control, and a part named like a slot (`success`) empties the Slots section. This
// reader keys each row by its kind (`part:label`, `slot:success`) while showing the plain name, keeps
// attributes under their attribute name (the arg a story sets), gives CSS custom properties a text
// control that the decorator in preview.ts applies to the story, and leaves out what is not public.
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}

interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * Members that are the platform's or the implementation's, never the widget's API, whatever the
 * manifest says about them (the ecosystem engineer's manifest clean-up drops them at the source too).
 */
const internalMembers = new Set(['formAssociated', 'internals', 'content', 'localize', 'styles', 'shadowRootOptions', 'properties', 'light']);

/** A member a page author may use: public, not static, not a lifecycle callback, not an internal. */
export function isPublicMember(member: ManifestItem): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.static) return false;
  if (/^[_#]/.test(member.name)) return false;
  if (internalMembers.has(member.name)) return false;
  if (/Callback$/.test(member.name)) return false;
  return true;
}

let manifest: Manifest = {};

export function setManifest(value: unknown): void {
  manifest = value as Manifest;
}

/** The manifest's declaration of a tag. */
export function declarationOf(tagName: string): Declaration | undefined {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration;
    }
  }
  return undefined;
}

const typeText = (item: ManifestItem) => item.type?.text?.replace(/\s*\|\s*undefined$/, '');

/** A control for an attribute's type: a checkbox, a number, a choice between string literals, or text. */
function controlFor(item: ManifestItem): InputType['control'] {
  const type = typeText(item) ?? 'string';
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') return { type: 'number' };
  const literals = type.split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))) {
    return { type: 'select', options: literals.map((part) => part.slice(1, -1)) } as InputType['control'];
  }
  return { type: 'text' };
}

const row = (name: string, category: string, item: ManifestItem, extra: Partial<InputType> = {}): InputType => ({
  name,
  description: item.description ?? item.summary ?? '',
  table: {
    category,
    type: typeText(item) ? { summary: typeText(item)! } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
  },
  control: false,
  ...extra,
});

/** The argTypes of a tag: attributes, properties without an attribute, methods, events, slots, CSS properties, parts. */
export function extractArgTypes(tagName: string): ArgTypes | null {
  const declaration = declarationOf(tagName);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  const publicMembers = (declaration.members ?? []).filter(isPublicMember);
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName).filter(Boolean));

  for (const attribute of declaration.attributes ?? []) {
    const field = publicMembers.find((member) => member.name === attribute.fieldName);
    const documented = { ...field, ...attribute, description: attribute.description ?? field?.description, type: attribute.type ?? field?.type };
    argTypes[attribute.name] = row(attribute.name, 'attributes', documented, { control: controlFor(documented) });
  }
  for (const member of publicMembers) {
    if (member.kind === 'field' && !attributeFields.has(member.name) && !member.attribute) {
      argTypes[`property:${member.name}`] = row(member.name, 'properties', member);
    }
    if (member.kind === 'method') {
      const signature = `(${(member.parameters ?? []).map((parameter) => `${parameter.name}${parameter.type?.text ? `: ${parameter.type.text}` : ''}`).join(', ')}) => ${member.return?.type?.text ?? 'void'}`;
      argTypes[`method:${member.name}`] = row(`${member.name}()`, 'methods', { ...member, type: { text: signature } });
    }
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = row(event.name, 'events', event);
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name || 'default'}`] = row(slot.name || '(default)', 'slots', slot);
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row(property.name, 'css custom properties', property, { control: { type: 'text' } });
  }
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(`::part(${part.name})`, 'css shadow parts', part);
  return argTypes;
}

export function extractComponentDescription(tagName: string): string | undefined {
  return declarationOf(tagName)?.description;
}
