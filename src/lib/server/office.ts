import { eq, sql, getTableColumns } from 'drizzle-orm';
import { offices } from './db/core-schema.ts';
import type { Database } from './db/client.ts';

const { logo: _logo, ...officeColumns } = getTableColumns(offices);
void _logo;

/** An office's settings as pages see them (the logo bytes stay in the database). */
export type Office = Omit<typeof offices.$inferSelect, 'logo'>;

const CACHE_MS = 5_000;
const cache = new Map<string, { office: Office | null; at: number }>();

/**
 * The office that answers on a host name: the one listing the host, else the default office.
 * Cached for a few seconds because every request needs it; settings changes clear the cache.
 */
export async function resolveOffice(
	db: Database,
	host: string,
	options: { fresh?: boolean } = {}
): Promise<Office | null> {
	const hostname = host.toLowerCase().replace(/:\d+$/, '');
	const cached = cache.get(hostname);
	if (!options.fresh && cached && Date.now() - cached.at < CACHE_MS) return cached.office;
	const [office] = await db
		.select(officeColumns)
		.from(offices)
		.where(sql`${hostname} = ANY(${offices.hosts}) OR ${offices.isDefault}`)
		.orderBy(sql`${offices.isDefault} ASC`)
		.limit(1);
	cache.set(hostname, { office: office ?? null, at: Date.now() });
	return office ?? null;
}

/** Loads one office by id. */
export async function getOfficeById(db: Database, officeId: string): Promise<Office | null> {
	const [office] = await db.select(officeColumns).from(offices).where(eq(offices.id, officeId));
	return office ?? null;
}

/** Forgets cached offices after a change to settings. */
export function invalidateOfficeCache(): void {
	cache.clear();
}
