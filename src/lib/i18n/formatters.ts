// Every Intl formatter in the platform comes from here, made once per locale and options and reused.
// Creating one costs more than using it many times (ICU loads locale data for each), and V8 frees the
// native memory of a dropped formatter late: a server that made one per call spent up to half of a
// page's time creating them and grew to gigabytes under load (issue 20).

/** Enough for every locale × options pair the code uses; a runaway caller cannot grow it further. */
const MAX_ENTRIES = 500;

type Options = Record<string, unknown> | undefined;

function keyOf(kind: string, locale: string, options: Options): string {
	if (!options) return `${kind}|${locale}`;
	const keys = Object.keys(options).sort();
	let key = `${kind}|${locale}`;
	for (const name of keys) {
		const value = options[name];
		if (value !== undefined) key += `|${name}=${String(value)}`;
	}
	return key;
}

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: Options, make: () => T): T {
	const key = keyOf(kind, locale, options);
	const found = cache.get(key);
	if (found !== undefined) return found as T;
	const made = make();
	if (cache.size >= MAX_ENTRIES) {
		// The oldest entry goes first (a Map iterates in insertion order).
		const oldest = cache.keys().next().value;
		if (oldest !== undefined) cache.delete(oldest);
	}
	cache.set(key, made);
	return made;
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return cached('dt', locale, options as Options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
	return cached('nf', locale, options as Options, () => new Intl.NumberFormat(locale, options));
}

export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
	return cached('pr', locale, options as Options, () => new Intl.PluralRules(locale, options));
}

export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
	return cached('co', locale, options as Options, () => new Intl.Collator(locale, options));
}

/** How many formatters are kept (for tests and diagnostics). */
export function formatterCount(): number {
	return cache.size;
}
