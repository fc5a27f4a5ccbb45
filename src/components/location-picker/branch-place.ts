/** A branch's label, else its value, quoted for a warning (nothing when it has neither). */
function quotedName(branch: Element): string {
  const name = branch.getAttribute('label') || branch.getAttribute('value');
  return name ? ` "${name}"` : '';
}

/**
 * What is wrong with where a `<clinic-location>` stands, as its warning says it; undefined where it
 * belongs: directly in a `<clinic-location-picker>`, or directly in a `<clinic-contact-form>`, whose
 * standard form puts it in a picker of its own.
 */
export function placeProblem(branch: Element): string | undefined {
  const parent = branch.parentElement;
  const parentName = parent?.localName;
  if (parentName === 'clinic-location-picker' || parentName === 'clinic-contact-form') return undefined;
  const outerBranch = parent?.closest('clinic-location');
  if (outerBranch) {
    return `the branch${quotedName(branch)} is inside another <clinic-location>${quotedName(outerBranch)}, so it is shown as a card inside that branch's card and cannot be chosen. End each branch with </clinic-location> before the next one starts, and put them all directly inside one <clinic-location-picker>.`;
  }
  return `the branch${quotedName(branch)} is not inside a <clinic-location-picker>, so it is shown as a card with its label as the title, with nothing to choose. Put it inside a <clinic-location-picker> with the other branches, or directly inside a <clinic-contact-form> to offer it in the standard form.`;
}
