import { ADMIN_NAV_GROUPS, type AdminNavEntry, type AdminNavGroup } from './manifest.ts';

/** One area of the back-office side navigation with its links, as the layout renders it. */
export interface AdminNavSection {
	group: AdminNavGroup;
	entries: { href: string; labelKey: string }[];
}

/**
 * Groups navigation entries by area, areas in the fixed order of ADMIN_NAV_GROUPS and entries by their
 * `order` (then href, so the result never depends on the order the manifests are listed in). Areas
 * without an entry this actor may see are left out.
 */
export function groupAdminNavigation(entries: readonly AdminNavEntry[]): AdminNavSection[] {
	return ADMIN_NAV_GROUPS.map((group) => ({
		group,
		entries: entries
			.filter((entry) => entry.group === group)
			.sort((a, b) => a.order - b.order || a.href.localeCompare(b.href))
			.map(({ href, labelKey }) => ({ href, labelKey }))
	})).filter((section) => section.entries.length > 0);
}
