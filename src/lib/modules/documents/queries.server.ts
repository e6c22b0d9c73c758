import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { files } from '../../server/db/core-schema.ts';
import type { Database } from '../../server/db/client.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { readFile, type FileWithBytes } from '../../server/files.ts';
import { runSearchStatement, rankedSearchStatement } from '../../server/search.ts';
import type { SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { DOCUMENT_TYPES, documents, type DocumentType } from './schema.ts';
import { asciiFileName, formatOfMime, type DocumentFormat } from '../../server/file-type.ts';
import { canEditDocuments } from './permissions.server.ts';
import { orderOf } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';

/** A document as lists show it: its texts and what a reader needs to know about the file. */
export interface DocumentSummary {
	id: string;
	title: string;
	titleEn: string;
	type: DocumentType;
	year: number;
	description: string;
	descriptionEn: string;
	isPublished: boolean;
	/** Lower-case extension of the real format ('pdf', 'docx' …). */
	format: DocumentFormat;
	size: number;
	/** Public page of the document, without locale prefix. */
	path: string;
	/** Public download address, without locale prefix. */
	downloadPath: string;
	updatedAt: Date;
}

const summaryColumns = {
	id: documents.id,
	title: documents.title,
	titleEn: documents.titleEn,
	type: documents.type,
	year: documents.year,
	description: documents.description,
	descriptionEn: documents.descriptionEn,
	isPublished: documents.isPublished,
	mime: files.mime,
	size: files.size,
	updatedAt: documents.updatedAt
};

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] };

/** The address a document is downloaded from: its id, then a readable ASCII file name. */
export function documentDownloadPath(document: { id: string; title: string }, format: DocumentFormat): string {
	return `/documents/${document.id}/${asciiFileName(document.title, format)}`;
}

function toSummary(row: SummaryRow): DocumentSummary {
	const format = formatOfMime(row.mime) ?? 'pdf';
	const { mime: _mime, ...rest } = row;
	return {
		...rest,
		format,
		path: `/documents/${row.id}`,
		downloadPath: documentDownloadPath(row, format)
	};
}

/** Types in the order the library shows them. */
const typeOrder = sql<number>`array_position(${sql.raw(`ARRAY[${DOCUMENT_TYPES.map((type) => `'${type}'`).join(',')}]::text[]`)}, ${documents.type})`;

function publicWhere(officeId: string, ...more: (SQL | undefined)[]): SQL | undefined {
	return and(eq(documents.officeId, officeId), eq(documents.isPublished, true), ...more);
}

/** The admin list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_DOCUMENT_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${documents.title}) COLLATE "C"`,
	type: typeOrder,
	year: documents.year,
	// Unpublished before published, as the column reads.
	status: documents.isPublished
} as const;

/** Every document of the office for the back-office list, newest year first unless a column was chosen. */
export async function listDocumentsForAdmin(ctx: Context, sort: SortState | null = null): Promise<DocumentSummary[]> {
	authorize(ctx.actor, canEditDocuments(ctx.actor));
	const rows = await ctx.db
		.select(summaryColumns)
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(eq(documents.officeId, ctx.officeId))
		.orderBy(
			...orderOf(
				sort,
				ADMIN_DOCUMENT_SORT_COLUMNS,
				[desc(documents.year), typeOrder, asc(documents.title)],
				[asc(documents.id)]
			)
		);
	return rows.map(toSummary);
}

/** One document of the office for editing, with the uploaded file's name; not_found otherwise. */
export async function getDocumentForAdmin(ctx: Context, id: string) {
	authorize(ctx.actor, canEditDocuments(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select({ ...summaryColumns, fileName: files.name })
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(and(eq(documents.officeId, ctx.officeId), eq(documents.id, id)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	const { fileName, ...summary } = row;
	return { ...toSummary(summary), fileName };
}

/** Documents staff can attach to other content (opportunities, news), published or not, newest first. */
export async function listDocumentsForPicker(
	db: Database,
	officeId: string
): Promise<Pick<DocumentSummary, 'id' | 'title' | 'titleEn' | 'type' | 'year' | 'isPublished' | 'format'>[]> {
	const rows = await db
		.select(summaryColumns)
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(eq(documents.officeId, officeId))
		.orderBy(desc(documents.year), asc(documents.title));
	return rows.map((row) => {
		const { id, title, titleEn, type, year, isPublished, format } = toSummary(row);
		return { id, title, titleEn, type, year, isPublished, format };
	});
}

/** Documents of the office by id, published or not, for links inside rich text (unknown ids are missing). */
export async function getDocumentsForLinks(
	db: Database,
	officeId: string,
	ids: readonly string[]
): Promise<Map<string, DocumentSummary>> {
	const wanted = [...new Set(ids.filter(isUuid))];
	if (wanted.length === 0) return new Map();
	const rows = await db
		.select(summaryColumns)
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(and(eq(documents.officeId, officeId), inArray(documents.id, wanted)));
	return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

/** The office's documents for the rich text editor's picker, newest year first; staff only. */
export async function listDocumentsForEditor(ctx: Context): Promise<DocumentSummary[]> {
	authorize(ctx.actor, canEditDocuments(ctx.actor));
	return listDocumentsForAdmin(ctx);
}

/** The published documents of the office among the ids given, in the order given (unknown or hidden ids are left out). */
export async function getPublicDocuments(
	db: Database,
	officeId: string,
	ids: readonly string[]
): Promise<DocumentSummary[]> {
	const wanted = ids.filter(isUuid);
	if (wanted.length === 0) return [];
	const rows = await db
		.select(summaryColumns)
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(publicWhere(officeId, inArray(documents.id, wanted)));
	const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
	return wanted.flatMap((id) => byId.get(id) ?? []);
}

export interface PublicDocumentFilter {
	type?: DocumentType | null;
	year?: number | null;
}

/** The public library: published documents by type (in the library's order), then newest year first. */
export async function listPublicDocuments(
	db: Database,
	officeId: string,
	filter: PublicDocumentFilter = {}
): Promise<DocumentSummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(
			publicWhere(
				officeId,
				filter.type ? eq(documents.type, filter.type) : undefined,
				filter.year ? eq(documents.year, filter.year) : undefined
			)
		)
		.orderBy(typeOrder, desc(documents.year), asc(documents.title));
	return rows.map(toSummary);
}

/** The types and years that have published documents, for the library's filters. */
export async function listPublicDocumentFacets(
	db: Database,
	officeId: string
): Promise<{ types: DocumentType[]; years: number[] }> {
	const rows = await db
		.selectDistinct({ type: documents.type, year: documents.year })
		.from(documents)
		.where(publicWhere(officeId));
	const present = new Set(rows.map((row) => row.type));
	return {
		types: DOCUMENT_TYPES.filter((type) => present.has(type)),
		years: [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a)
	};
}

/** One published document of the office, or null. */
export async function getPublicDocument(db: Database, officeId: string, id: string): Promise<DocumentSummary | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select(summaryColumns)
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(publicWhere(officeId, eq(documents.id, id)));
	return row ? toSummary(row) : null;
}

/** A published document of the office with its file's bytes, for download; null for anything else. */
export async function getPublicDocumentFile(
	db: Database,
	officeId: string,
	id: string
): Promise<{ document: DocumentSummary; file: FileWithBytes } | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({ ...summaryColumns, fileId: documents.fileId })
		.from(documents)
		.innerJoin(files, eq(files.id, documents.fileId))
		.where(publicWhere(officeId, eq(documents.id, id)));
	if (!row) return null;
	const { fileId, ...summary } = row;
	const file = await readFile(db, officeId, fileId);
	return file ? { document: toSummary(summary), file } : null;
}

/** Published documents matching a folded query, best first, as the statement the site search folds (manifest hook). */
export function documentsSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	return rankedSearchStatement(
		db,
		{
			table: documents,
			id: documents.id,
			searchVector: documents.searchVector,
			searchKey: documents.searchKey,
			searchLead: documents.searchLead,
			newest: documents.updatedAt,
			where: publicWhere(officeId)
		},
		query,
		limit,
		{
			kindKey: 'documents.kind',
			columns: {
				title: documents.title,
				titleEn: documents.titleEn,
				snippet: documents.description,
				snippetEn: documents.descriptionEn,
				path: { prefix: '/documents/', key: documents.id },
				date: documents.updatedAt
			},
			summarise: (text) => text.slice(0, 240)
		}
	);
}

/** Published documents matching a folded query, best first: the module's search statement run alone. */
export async function searchDocuments(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): Promise<SearchHit[]> {
	return runSearchStatement(db, documentsSearchStatement(db, officeId, query, limit), limit);
}

/** The library and every published document's page, for sitemap.xml (nothing while the library is empty). */
export async function listDocumentSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ id: documents.id, updatedAt: documents.updatedAt })
		.from(documents)
		.where(publicWhere(officeId))
		.orderBy(desc(documents.updatedAt));
	if (rows.length === 0) return [];
	return [
		{ path: '/documents', updatedAt: rows[0].updatedAt },
		...rows.map((row) => ({ path: `/documents/${row.id}`, updatedAt: row.updatedAt }))
	];
}
