// The back-office shell tells the page's header where its breadcrumb trail ends (the section's list),
// so a back link to that same place is drawn once per screen size rather than twice (PageHeader).
import { getContext, setContext } from 'svelte';

const KEY = Symbol('breadcrumb-parent');

/** Called by the shell: how to read the address its breadcrumbs end on (null when it shows none). */
export function setBreadcrumbParent(read: () => string | null): void {
	setContext(KEY, read);
}

/**
 * Read during a component's set-up: a function giving the address the shell's breadcrumbs end on, or
 * null outside the shell or without breadcrumbs.
 */
export function readBreadcrumbParent(): () => string | null {
	const read = getContext<(() => string | null) | undefined>(KEY);
	return () => read?.() ?? null;
}
