// Fields inside a filter bar are all optional by nature, so they do not carry the "(optional)" mark:
// FilterBar says so through this context, and the shared fields read it.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('in-filter-bar');

export function markFilterBar(): void {
	setContext(KEY, true);
}

export function isInFilterBar(): boolean {
	return getContext<boolean | undefined>(KEY) === true;
}
