// Reads of the public directory. Every function here returns only what visitors may see: the
// organisation's always-public fields and the optional ones it chose; never staff notes, members,
// or contacts it did not mark public.
import { and, arrayContains, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { matchesSearch, runSearchStatement, rankedSearchStatement, searchRank } from '../../server/search.ts';
import { searchKey } from '../../i18n/script.ts';
import { getMediaForDisplay, type MediaForDisplay } from '../media/queries.server.ts';
import { events } from '../events/schema.ts';
import {
	organisationContacts,
	organisationEvents,
	organisations,
	type OrganisationLink,
	type OrganisationStatus,
	type OrganisationType,
	type TargetGroup,
	type WorkArea
} from './schema.ts';
import { isPubliclyListed, showsField } from './directory.server.ts';

export const DIRECTORY_PAGE_SIZE = 20;

export interface DirectoryFilter {
	query?: string;
	type?: OrganisationType | null;
	area?: WorkArea | null;
	target?: TargetGroup | null;
	page?: number;
	pageSize?: number;
}

/** An organisation as the public list shows it. */
export interface DirectoryEntry {
	id: string;
	slug: string;
	name: string;
	shortName: string;
	type: OrganisationType;
	areas: WorkArea[];
	targetGroups: TargetGroup[];
	description: string;
	descriptionEn: string;
	status: OrganisationStatus;
	path: string;
}

const entryColumns = {
	id: organisations.id,
	slug: organisations.slug,
	name: organisations.name,
	shortName: organisations.shortName,
	type: organisations.type,
	areas: organisations.areas,
	targetGroups: organisations.targetGroups,
	description: organisations.description,
	descriptionEn: organisations.descriptionEn,
	status: organisations.status
};

/** The first paragraph of a description, cut to a card's length. */
function excerpt(text: string, max = 220): string {
	const first = text.split(/\n\s*\n/)[0]?.trim() ?? '';
	return first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
}

/** The public directory with its search, filters and pages; a query is matched in either script. */
export async function listDirectory(
	db: Database,
	officeId: string,
	filter: DirectoryFilter = {}
): Promise<{ rows: DirectoryEntry[]; total: number; page: number; pages: number }> {
	const pageSize = filter.pageSize ?? DIRECTORY_PAGE_SIZE;
	const folded = filter.query ? searchKey(filter.query) : '';
	const where = and(
		isPubliclyListed(officeId),
		filter.type ? eq(organisations.type, filter.type) : undefined,
		filter.area ? arrayContains(organisations.areas, [filter.area]) : undefined,
		filter.target ? arrayContains(organisations.targetGroups, [filter.target]) : undefined,
		folded ? matchesSearch(organisations.searchVector, organisations.searchKey, folded) : undefined
	);
	const [{ total }] = await db.select({ total: count() }).from(organisations).where(where);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
	const order = folded
		? [
				desc(searchRank(organisations.searchVector, organisations.searchKey, folded, organisations.searchLead)),
				asc(organisations.id)
			]
		: [asc(sql`${organisations.searchKey}`), asc(organisations.id)];
	const rows = await db
		.select(entryColumns)
		.from(organisations)
		.where(where)
		.orderBy(...order)
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return {
		rows: rows.map((row) => ({
			...row,
			description: excerpt(row.description),
			descriptionEn: excerpt(row.descriptionEn),
			path: `/organisations/${row.slug}`
		})),
		total,
		page,
		pages
	};
}

/** A contact person the organisation chose to show. */
export interface PublicContact {
	name: string;
	role: string;
	email: string;
	phone: string;
}

/** A public event the office organised together with the organisation. */
export interface JointEvent {
	title: string;
	titleEn: string;
	startsAt: Date;
	path: string;
}

/**
 * One listed organisation with the fields it chose to make public; null when it is not in the
 * public directory. Optional fields it keeps private come back empty, so a page cannot show them.
 */
export async function getPublicOrganisation(db: Database, officeId: string, slug: string) {
	const [row] = await db
		.select()
		.from(organisations)
		.where(and(isPubliclyListed(officeId), eq(organisations.slug, slug)));
	if (!row) return null;
	const shows = (field: Parameters<typeof showsField>[1]) => showsField(row.publicFields, field);
	const contacts: PublicContact[] = shows('contacts')
		? await db
				.select({
					name: organisationContacts.name,
					role: organisationContacts.role,
					email: organisationContacts.email,
					phone: organisationContacts.phone
				})
				.from(organisationContacts)
				.where(and(eq(organisationContacts.organisationId, row.id), eq(organisationContacts.isPublic, true)))
				.orderBy(asc(organisationContacts.sortOrder), asc(organisationContacts.name))
		: [];
	const jointEvents: JointEvent[] = (
		await db
			.select({ title: events.title, titleEn: events.titleEn, startsAt: events.startsAt, slug: events.slug })
			.from(organisationEvents)
			.innerJoin(events, eq(events.id, organisationEvents.eventId))
			.where(
				and(eq(organisationEvents.organisationId, row.id), eq(events.officeId, officeId), ne(events.status, 'draft'))
			)
			.orderBy(desc(events.startsAt))
			.limit(20)
	).map(({ slug: eventSlug, ...event }) => ({ ...event, path: `/events/${eventSlug}` }));
	const logos = await getMediaForDisplay(db, officeId, [row.logoMediaId]);
	const logo: MediaForDisplay | null = row.logoMediaId ? (logos.get(row.logoMediaId) ?? null) : null;
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		shortName: row.shortName,
		type: row.type,
		areas: row.areas,
		targetGroups: row.targetGroups,
		description: row.description,
		descriptionEn: row.descriptionEn,
		status: row.status,
		confirmedAt: row.confirmedAt,
		isPartner: row.isPartner,
		address: shows('address') ? row.address : '',
		email: shows('email') ? row.email : '',
		phone: shows('phone') ? row.phone : '',
		website: shows('website') ? row.website : '',
		socialLinks: shows('social') ? row.socialLinks : ([] as OrganisationLink[]),
		memberCount: shows('members') ? row.memberCount : null,
		youngMemberCount: shows('members') ? row.youngMemberCount : null,
		registrationNumber: shows('registration') ? row.registrationNumber : '',
		registeredOn: shows('registration') ? row.registeredOn : null,
		inMinistryRegister: row.inMinistryRegister,
		contacts,
		jointEvents,
		logo,
		updatedAt: row.updatedAt,
		path: `/organisations/${row.slug}`
	};
}
export type PublicOrganisation = NonNullable<Awaited<ReturnType<typeof getPublicOrganisation>>>;

/** Listed organisations matching a folded query, best first, as the statement the site search folds (manifest hook). */
export function directorySearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	return rankedSearchStatement(
		db,
		{
			table: organisations,
			id: organisations.id,
			searchVector: organisations.searchVector,
			searchKey: organisations.searchKey,
			searchLead: organisations.searchLead,
			newest: organisations.updatedAt,
			where: isPubliclyListed(officeId)
		},
		query,
		limit,
		{
			kindKey: 'organisations.kind',
			columns: {
				title: organisations.name,
				titleEn: sql`''`,
				snippet: organisations.description,
				snippetEn: organisations.descriptionEn,
				path: { prefix: '/organisations/', key: organisations.slug },
				date: null
			},
			summarise: (text) => excerpt(text)
		}
	);
}

/** Listed organisations matching a folded query, best first (the site-wide search): the module's search statement run alone. */
export async function searchDirectory(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): Promise<SearchHit[]> {
	return runSearchStatement(db, directorySearchStatement(db, officeId, query, limit), limit);
}

/** The directory and every listed organisation, for sitemap.xml. */
export async function listDirectorySitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: organisations.slug, updatedAt: organisations.updatedAt })
		.from(organisations)
		.where(isPubliclyListed(officeId))
		.orderBy(desc(organisations.updatedAt));
	if (rows.length === 0) return [];
	return [
		{ path: '/organisations', updatedAt: rows[0].updatedAt },
		...rows.map((row) => ({ path: `/organisations/${row.slug}`, updatedAt: row.updatedAt }))
	];
}
