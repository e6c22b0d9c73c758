/**
 * The navigation entry that holds the page at `pathname`: the longest entry address the path is or
 * lies under, so /admin/organisations/requests marks "requests" and not also "organisations".
 */
export function findCurrentNavHref(pathname: string, hrefs: readonly string[]): string | null {
	let best: string | null = null;
	for (const href of hrefs) {
		const holds = pathname === href || pathname.startsWith(`${href}/`);
		if (holds && (best === null || href.length > best.length)) best = href;
	}
	return best;
}
