// Fields inside a filter bar are all optional by nature, so they do not carry the "(optional)" mark:
// FilterBar says so through this context, and the shared fields read it. A group of fields that may
// stay empty together (a date and its time) marks its legend once, and says so the same way.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('in-filter-bar');
const OPTIONAL_SHOWN_ABOVE = Symbol('optional-shown-above');

export function markFilterBar(): void {
	setContext(KEY, true);
}

export function isInFilterBar(): boolean {
	return getContext<boolean | undefined>(KEY) === true;
}

/** Called by a group whose legend already carries the "(optional)" mark. */
export function markOptionalShownAbove(): void {
	setContext(OPTIONAL_SHOWN_ABOVE, true);
}

/** Whether a field's own "(optional)" mark would only repeat what its surroundings say. */
export function isOptionalShownAbove(): boolean {
	return isInFilterBar() || getContext<boolean | undefined>(OPTIONAL_SHOWN_ABOVE) === true;
}
