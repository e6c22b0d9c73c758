// Small helpers for modules writing an `openData` reader (see OpenDataset in manifest.ts).

/** A full timestamp as ISO 8601 in UTC, or null. */
export function isoOrNull(date: Date | null | undefined): string | null {
	return date ? date.toISOString() : null;
}

/** A calendar day in Belgrade time ('2026-03-01'), or null. */
export function belgradeDayOrNull(date: Date | null | undefined): string | null {
	if (!date) return null;
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(date);
}

/** The latest of some dates (null when none): a dataset's last update from its rows' own. */
export function latestOf(dates: Iterable<Date | null | undefined>): Date | null {
	let latest: Date | null = null;
	for (const date of dates) if (date && (!latest || date > latest)) latest = date;
	return latest;
}
