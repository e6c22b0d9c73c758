// Finding likely duplicates in the database: the same registration number, or a name whose folded
// form (kzm_search_key, the SQL twin of searchKey) is similar by pg_trgm's similarity().
import { and, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { offices } from '../../server/db/core-schema.ts';
import { duplicateDismissals, organisations } from './schema.ts';
import {
	DUPLICATE_NAME_THRESHOLD,
	distinctiveNameKey,
	distinctiveNamePattern,
	nameKey,
	registrationKey,
	type DuplicateReason
} from './name-matching.ts';

/** The office's municipality, whose name in every organisation's name says nothing (13.18). */
async function municipalityOf(db: Database, officeId: string): Promise<string> {
	const [office] = await db
		.select({ municipality: offices.municipality })
		.from(offices)
		.where(eq(offices.id, officeId));
	return office?.municipality ?? '';
}

/** A name's distinctive words in SQL: the twin of distinctiveNameKey. */
const distinctiveSql = (name: SQL, pattern: string) =>
	sql`btrim(regexp_replace(kzm_search_key(${name}), ${pattern}, ' ', 'g'))`;

/** Name similarity in SQL, as nameSimilarity: distinctive words when both have some, else whole names. */
const similaritySql = (a: SQL, b: SQL, pattern: string) => sql`(CASE
	WHEN ${distinctiveSql(a, pattern)} = '' OR ${distinctiveSql(b, pattern)} = ''
		THEN similarity(kzm_search_key(${a}), kzm_search_key(${b}))
	ELSE similarity(${distinctiveSql(a, pattern)}, ${distinctiveSql(b, pattern)}) END)::float8`;

export interface DuplicateCandidate {
	id: string;
	name: string;
	slug: string;
	reason: DuplicateReason;
	score: number;
}

/** The registration number with spaces and punctuation removed, in SQL (as registrationKey does). */
const registrationSql = (column: typeof organisations.registrationNumber) =>
	sql`lower(regexp_replace(${column}, '[[:space:]./-]', '', 'g'))`;

/** Records of the office that look like the given name or registration number (merged ones left out). */
export async function findDuplicateCandidates(
	db: Database,
	officeId: string,
	probe: { name: string; registrationNumber: string },
	options: { excludeId?: string; limit?: number } = {}
): Promise<DuplicateCandidate[]> {
	const municipality = await municipalityOf(db, officeId);
	const pattern = distinctiveNamePattern(municipality, 'sql');
	const key = nameKey(probe.name);
	const distinctive = distinctiveNameKey(probe.name, municipality);
	const registration = registrationKey(probe.registrationNumber);
	const score = sql<number>`(CASE
		WHEN ${distinctive}::text = '' OR ${distinctiveSql(sql`${organisations.name}`, pattern)} = ''
			THEN similarity(kzm_search_key(${organisations.name}), ${key})
		ELSE similarity(${distinctiveSql(sql`${organisations.name}`, pattern)}, ${distinctive}) END)::float8`;
	// Always an expression (never a bare false): PostgreSQL rejects a constant in ORDER BY.
	const sameRegistration = sql<boolean>`(${registration}::text <> '' AND ${registrationSql(organisations.registrationNumber)} = ${registration})`;
	const rows = await db
		.select({
			id: organisations.id,
			name: organisations.name,
			slug: organisations.slug,
			score,
			sameRegistration
		})
		.from(organisations)
		.where(
			and(
				eq(organisations.officeId, officeId),
				isNull(organisations.mergedIntoId),
				options.excludeId ? ne(organisations.id, options.excludeId) : undefined,
				sql`(${sameRegistration} OR ${score} >= ${DUPLICATE_NAME_THRESHOLD})`
			)
		)
		.orderBy(sql`${sameRegistration} DESC`, sql`${score} DESC`)
		.limit(options.limit ?? 5);
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		slug: row.slug,
		reason: row.sameRegistration ? 'registration' : 'name',
		score: row.sameRegistration ? 1 : Number(row.score)
	}));
}

export interface DuplicatePair {
	a: { id: string; name: string; type: string };
	b: { id: string; name: string; type: string };
	reason: DuplicateReason;
	score: number;
}

/** Every likely pair of duplicates in the office, most alike first; pairs staff dismissed are left out. */
export async function listDuplicatePairs(db: Database, officeId: string, limit = 100): Promise<DuplicatePair[]> {
	const pattern = distinctiveNamePattern(await municipalityOf(db, officeId), 'sql');
	const score = similaritySql(sql`a.name`, sql`b.name`, pattern);
	const result = await db.execute(sql`
		SELECT a.id AS a_id, a.name AS a_name, a.type AS a_type,
			b.id AS b_id, b.name AS b_name, b.type AS b_type,
			(a.registration_number <> '' AND lower(regexp_replace(a.registration_number, '[[:space:]./-]', '', 'g'))
				= lower(regexp_replace(b.registration_number, '[[:space:]./-]', '', 'g'))) AS same_registration,
			${score} AS score
		FROM organisations a
		JOIN organisations b ON a.office_id = b.office_id AND a.id < b.id
		WHERE a.office_id = ${officeId} AND a.merged_into_id IS NULL AND b.merged_into_id IS NULL
			AND ((a.registration_number <> '' AND lower(regexp_replace(a.registration_number, '[[:space:]./-]', '', 'g'))
				= lower(regexp_replace(b.registration_number, '[[:space:]./-]', '', 'g')))
				OR ${score} >= ${DUPLICATE_NAME_THRESHOLD})
			AND NOT EXISTS (SELECT 1 FROM ${duplicateDismissals} d
				WHERE d.office_id = a.office_id AND d.first_id = a.id AND d.second_id = b.id)
		ORDER BY same_registration DESC, score DESC
		LIMIT ${limit}
	`);
	const rows =
		(result as unknown as { rows: Record<string, unknown>[] }).rows ?? (result as unknown as Record<string, unknown>[]);
	return rows.map((row) => ({
		a: { id: String(row.a_id), name: String(row.a_name), type: String(row.a_type) },
		b: { id: String(row.b_id), name: String(row.b_name), type: String(row.b_type) },
		reason: row.same_registration ? 'registration' : 'name',
		score: row.same_registration ? 1 : Number(row.score)
	}));
}
