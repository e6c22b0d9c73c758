import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { DOCUMENT_TYPES, type DocumentType } from '#lib/modules/documents/schema.ts';
import { listPublicDocumentFacets, listPublicDocuments } from '#lib/modules/documents/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const typeParam = url.searchParams.get('type') ?? '';
	const type = (DOCUMENT_TYPES as readonly string[]).includes(typeParam) ? (typeParam as DocumentType) : null;
	const yearParam = url.searchParams.get('year') ?? '';
	const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
	const officeId = locals.office?.id;
	if (!officeId) return { documents: [], facets: { types: [], years: [] }, type: '', year: '' };
	const { db } = await getRuntime();
	const [documents, facets] = await Promise.all([
		listPublicDocuments(db, officeId, { type, year }),
		listPublicDocumentFacets(db, officeId)
	]);
	return { documents, facets, type: type ?? '', year: year ? String(year) : '' };
};
