import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, files } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { searchKey } from '../../i18n/script.ts';
import { listSortOf } from '../../server/list-sort.ts';
import { documents } from './schema.ts';
import { uploadDocument, type UploadDocumentOptions } from './commands/upload-document.server.ts';
import { updateDocument } from './commands/update-document.server.ts';
import { deleteDocument } from './commands/delete-document.server.ts';
import {
	getDocumentForAdmin,
	getPublicDocument,
	getPublicDocumentFile,
	getPublicDocuments,
	listDocumentSitemap,
	ADMIN_DOCUMENT_SORT_COLUMNS,
	listDocumentsForAdmin,
	listDocumentsForPicker,
	listPublicDocumentFacets,
	listPublicDocuments,
	searchDocuments
} from './queries.server.ts';
import {
	DEMO_DOCUMENT_COUNT,
	DEMO_PUBLISHED_DOCUMENT_COUNT,
	ensureDemoDocuments,
	removeDemoDocuments,
	seedDemoDocuments
} from './seed.server.ts';
import { documentsManifest } from './manifest.ts';
import { downloadHeaders } from './download.server.ts';
import { detectDocumentFormat } from '../../server/file-type.ts';
import { DOCUMENT_MAX_BYTES } from './inputs.ts';
import { sampleCompoundFile, sampleExecutable, sampleOoxml, samplePdf } from './test-fixtures.ts';

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let coordinator: Actor;
let staff: Actor;
let youngPerson: Actor;
let otherCoordinator: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	otherCoordinator = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
});
afterAll(() => test.close());

const fields = (overrides: Partial<UploadDocumentOptions> = {}): UploadDocumentOptions => ({
	title: 'Локални акциони план за младе 2025–2029',
	titleEn: 'Local youth action plan 2025–2029',
	type: 'action_plan',
	year: 2025,
	description: 'Циљеви и мере за младе Ивањице.',
	descriptionEn: '',
	isPublished: true,
	file: { name: 'lap.pdf', bytes: samplePdf('lap') },
	...overrides
});

async function rejection(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return { code: caught.code, fieldErrors: caught.fieldErrors };
		throw caught;
	}
	throw new Error('expected the command to be refused');
}

async function fileCount(office = officeId): Promise<number> {
	return (await test.db.select({ id: files.id }).from(files).where(eq(files.officeId, office))).length;
}

describe('uploading a document', () => {
	it('lets staff add a PDF, stores the file and records who did it', async () => {
		const { id } = await uploadDocument(contextOf(test.db, officeId, staff), fields());
		const document = await getDocumentForAdmin(contextOf(test.db, officeId, coordinator), id);
		expect(document).toMatchObject({
			title: 'Локални акциони план за младе 2025–2029',
			format: 'pdf',
			fileName: 'lap.pdf',
			isPublished: true,
			downloadPath: `/documents/${id}/lokalni-akcioni-plan-za-mlade-2025-2029.pdf`
		});
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'documents.uploaded')));
		expect(audit).toMatchObject({ actorUserId: staff.userId, officeId });
	});

	it('trusts the bytes, not the name: a PDF named .doc is stored as a PDF', async () => {
		const { id } = await uploadDocument(
			contextOf(test.db, officeId, coordinator),
			fields({ title: 'Извештај', type: 'report', file: { name: 'izvestaj.doc', bytes: samplePdf() } })
		);
		expect(await getDocumentForAdmin(contextOf(test.db, officeId, coordinator), id)).toMatchObject({
			format: 'pdf',
			fileName: 'izvestaj.pdf'
		});
	});

	it('accepts Word files, new and old', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const docx = await uploadDocument(
			ctx,
			fields({
				title: 'Образац',
				type: 'call',
				file: { name: 'obrazac.docx', bytes: sampleOoxml('word/document.xml') }
			})
		);
		const doc = await uploadDocument(
			ctx,
			fields({
				title: 'Стари образац',
				type: 'call',
				file: { name: 'stari.doc', bytes: sampleCompoundFile(['WordDocument']) }
			})
		);
		expect((await getDocumentForAdmin(ctx, docx.id)).format).toBe('docx');
		expect((await getDocumentForAdmin(ctx, doc.id)).format).toBe('doc');
	});

	it.each([
		['a program renamed to .pdf', { name: 'plan.pdf', bytes: sampleExecutable() }, 'documents.file.wrongType'],
		[
			'a text file renamed to .docx',
			{ name: 'plan.docx', bytes: new TextEncoder().encode('само текст') },
			'documents.file.wrongType'
		],
		[
			'a Word file with macros',
			{ name: 'plan.docx', bytes: sampleOoxml('word/document.xml', ['word/vbaProject.bin']) },
			'documents.file.macros'
		],
		['an empty file', { name: 'plan.pdf', bytes: new Uint8Array() }, 'documents.file.missing']
	])('refuses %s with a message on the file field, storing nothing', async (_label, file, message) => {
		const before = await fileCount();
		const refused = await rejection(uploadDocument(contextOf(test.db, officeId, coordinator), fields({ file })));
		expect(refused.code).toBe('invalid');
		expect(refused.fieldErrors.file.split('|')[0]).toBe(message);
		expect(await fileCount()).toBe(before);
	});

	it('refuses a file over 20 MB and says how large it is', async () => {
		const bytes = new Uint8Array(DOCUMENT_MAX_BYTES + 1);
		bytes.set(samplePdf());
		const refused = await rejection(
			uploadDocument(contextOf(test.db, officeId, coordinator), fields({ file: { name: 'big.pdf', bytes } }))
		);
		expect(refused.fieldErrors.file).toBe('documents.file.tooLarge|{"size":20.1,"max":20}');
	});

	it('refuses a young person and someone signed out', async () => {
		expect((await rejection(uploadDocument(contextOf(test.db, officeId, youngPerson), fields()))).code).toBe(
			'forbidden'
		);
		expect((await rejection(uploadDocument(contextOf(test.db, officeId, null), fields()))).code).toBe(
			'unauthenticated'
		);
	});

	it('does not let a coordinator of another office act here (their session carries no role in this office)', async () => {
		const outsider: Actor = { ...otherCoordinator, roles: [] };
		expect((await rejection(uploadDocument(contextOf(test.db, officeId, outsider), fields()))).code).toBe('forbidden');
	});
});

describe('editing and deleting a document', () => {
	it('changes the texts and publication, and replaces the file, deleting the old one', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { id } = await uploadDocument(ctx, fields({ title: 'Правилник', type: 'regulation', year: 2023 }));
		const oldFileId = (await test.db.select().from(documents).where(eq(documents.id, id)))[0].fileId;
		await updateDocument(ctx, {
			...fields({ title: 'Правилник о клубу', type: 'regulation', year: 2024, isPublished: false }),
			id,
			file: { name: 'pravilnik.xlsx', bytes: sampleOoxml('xl/workbook.xml') }
		});
		const updated = await getDocumentForAdmin(ctx, id);
		expect(updated).toMatchObject({ title: 'Правилник о клубу', year: 2024, isPublished: false, format: 'xlsx' });
		expect(await test.db.select().from(files).where(eq(files.id, oldFileId))).toEqual([]);
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'documents.updated')));
		expect(audit.details).toMatchObject({ fileReplaced: true, changed: ['title', 'year', 'isPublished'] });
	});

	it('keeps the file when no new one is chosen, and refuses a bad replacement', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { id } = await uploadDocument(ctx, fields({ title: 'Одлука', type: 'council_decision' }));
		await updateDocument(ctx, { ...fields({ title: 'Одлука о савету', type: 'council_decision' }), id, file: null });
		expect((await getDocumentForAdmin(ctx, id)).format).toBe('pdf');
		const refused = await rejection(
			updateDocument(ctx, { ...fields(), id, file: { name: 'virus.pdf', bytes: sampleExecutable() } })
		);
		expect(refused.fieldErrors.file.split('|')[0]).toBe('documents.file.wrongType');
		expect((await getDocumentForAdmin(ctx, id)).title).toBe('Одлука о савету');
	});

	it('deletes a document with its file; a young person and another office are refused', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const { id } = await uploadDocument(ctx, fields({ title: 'За брисање' }));
		expect((await rejection(deleteDocument(contextOf(test.db, officeId, youngPerson), { id }))).code).toBe('forbidden');
		expect((await rejection(deleteDocument(contextOf(test.db, otherOfficeId, otherCoordinator), { id }))).code).toBe(
			'not_found'
		);
		expect(
			(
				await rejection(
					updateDocument(contextOf(test.db, otherOfficeId, otherCoordinator), { ...fields(), id, file: null })
				)
			).code
		).toBe('not_found');
		const before = await fileCount();
		await deleteDocument(ctx, { id });
		expect(await fileCount()).toBe(before - 1);
		expect((await rejection(getDocumentForAdmin(ctx, id))).code).toBe('not_found');
	});

	it('lists the office’s documents for staff only', async () => {
		const listed = await listDocumentsForAdmin(contextOf(test.db, officeId, staff));
		expect(listed.length).toBeGreaterThan(0);
		expect((await rejection(listDocumentsForAdmin(contextOf(test.db, officeId, youngPerson)))).code).toBe('forbidden');
		expect(await listDocumentsForAdmin(contextOf(test.db, otherOfficeId, otherCoordinator))).toEqual([]);
	});
});

describe('the public library', () => {
	let office: string;
	let published: { id: string }[];
	let hidden: { id: string };
	let elsewhere: { id: string };
	beforeAll(async () => {
		office = (await createOffice(test.db, { isDefault: false })).id;
		const ctx = contextOf(test.db, office, await createPerson(test.db, { officeId: office, roles: ['staff'] }));
		published = [
			await uploadDocument(ctx, fields({ title: 'Годишњи извештај 2024', type: 'report', year: 2024 })),
			await uploadDocument(ctx, fields({ title: 'Годишњи извештај 2025', type: 'report', year: 2025 })),
			await uploadDocument(ctx, fields({ title: 'Акциони план Шумадија', type: 'action_plan', year: 2025 }))
		];
		hidden = await uploadDocument(
			ctx,
			fields({ title: 'Тајни нацрт извештаја', type: 'report', year: 2026, isPublished: false })
		);
		elsewhere = await uploadDocument(
			contextOf(test.db, otherOfficeId, otherCoordinator),
			fields({ title: 'Извештај друге канцеларије', type: 'report', year: 2025 })
		);
	});

	it('lists published documents by type in the library’s order, newest year first', async () => {
		const listed = await listPublicDocuments(test.db, office);
		expect(listed.map((document) => document.title)).toEqual([
			'Акциони план Шумадија',
			'Годишњи извештај 2025',
			'Годишњи извештај 2024'
		]);
		expect(listed[0]).toMatchObject({ format: 'pdf', size: samplePdf('lap').length });
	});

	it('filters by type and by year', async () => {
		expect((await listPublicDocuments(test.db, office, { type: 'report' })).map((d) => d.year)).toEqual([2025, 2024]);
		expect((await listPublicDocuments(test.db, office, { year: 2025 })).map((d) => d.type)).toEqual([
			'action_plan',
			'report'
		]);
		expect(await listPublicDocuments(test.db, office, { type: 'call' })).toEqual([]);
		expect(await listPublicDocumentFacets(test.db, office)).toEqual({
			types: ['action_plan', 'report'],
			years: [2025, 2024]
		});
	});

	it('never shows an unpublished document or another office’s: not in lists, search, sitemap or downloads', async () => {
		const titles = (await listPublicDocuments(test.db, office)).map((document) => document.title);
		expect(titles).not.toContain('Тајни нацрт извештаја');
		expect(titles).not.toContain('Извештај друге канцеларије');
		expect(await getPublicDocument(test.db, office, hidden.id)).toBeNull();
		expect(await getPublicDocumentFile(test.db, office, hidden.id)).toBeNull();
		expect(await getPublicDocument(test.db, office, elsewhere.id)).toBeNull();
		expect(await getPublicDocumentFile(test.db, office, elsewhere.id)).toBeNull();
		expect(await getPublicDocumentFile(test.db, office, 'not-an-id')).toBeNull();
		const hits = await searchDocuments(test.db, office, searchKey('izvestaj'), 10);
		expect(hits.map((hit) => hit.title).sort()).toEqual(['Годишњи извештај 2024', 'Годишњи извештај 2025']);
		const sitemap = (await listDocumentSitemap(test.db, office)).map((entry) => entry.path);
		expect(sitemap).toContain('/documents');
		expect(sitemap).toContain(`/documents/${published[0].id}`);
		expect(sitemap).not.toContain(`/documents/${hidden.id}`);
		expect(sitemap).toHaveLength(4);
	});

	it('finds documents whatever the script and diacritics of the query', async () => {
		const hits = await searchDocuments(test.db, office, searchKey('sumadija'), 10);
		expect(hits.map((hit) => [hit.title, hit.path, hit.kindKey])).toEqual([
			['Акциони план Шумадија', `/documents/${published[2].id}`, 'documents.kind']
		]);
	});

	it('serves a published document’s bytes with headers naming it in the reader’s script', async () => {
		const found = await getPublicDocumentFile(test.db, office, published[0].id);
		expect(found?.file.bytes).toEqual(samplePdf('lap'));
		const headers = downloadHeaders(found!.document, found!.file, 'sr-Cyrl');
		expect(headers['content-type']).toBe('application/pdf');
		expect(headers['content-disposition']).toBe(
			`attachment; filename="godisnji-izvestaj-2024.pdf"; filename*=UTF-8''${encodeURIComponent('Годишњи извештај 2024.pdf')}`
		);
		expect(downloadHeaders(found!.document, found!.file, 'sr-Latn')['content-disposition']).toContain(
			`filename*=UTF-8''${encodeURIComponent('Godišnji izveštaj 2024.pdf')}`
		);
		expect(downloadHeaders(found!.document, found!.file, 'en')['content-disposition']).toContain(
			"filename*=UTF-8''Local%20youth%20action%20plan%202025%E2%80%932029.pdf"
		);
	});

	it('gives other modules the published documents they ask for, in their order, and staff a picker of all', async () => {
		const picked = await getPublicDocuments(test.db, office, [
			published[2].id,
			hidden.id,
			elsewhere.id,
			'junk',
			published[0].id
		]);
		expect(picked.map((document) => document.id)).toEqual([published[2].id, published[0].id]);
		expect(picked[0].downloadPath).toMatch(new RegExp(`^/documents/${published[2].id}/akcioni-plan-sumadija\\.pdf$`));
		const picker = await listDocumentsForPicker(test.db, office);
		expect(picker.map((document) => document.id).sort()).toEqual([...published.map((d) => d.id), hidden.id].sort());
		expect(picker.find((document) => document.id === hidden.id)?.isPublished).toBe(false);
	});
});

describe('demo documents', () => {
	it('seeds real PDF and Word files once, and removes them with their files, only in that office', async () => {
		const demoOffice = (await createOffice(test.db, { isDefault: false })).id;
		const keptOffice = (await createOffice(test.db, { isDefault: false })).id;
		await documentsManifest.seedDemo!(test.db, demoOffice);
		await seedDemoDocuments(test.db, keptOffice);
		const ids = await ensureDemoDocuments(test.db, demoOffice);
		expect(Object.keys(ids)).toHaveLength(DEMO_DOCUMENT_COUNT);
		expect(await listPublicDocuments(test.db, demoOffice)).toHaveLength(DEMO_PUBLISHED_DOCUMENT_COUNT);
		const plan = await getPublicDocumentFile(test.db, demoOffice, ids['action-plan-2025']);
		expect(detectDocumentFormat(plan!.file.bytes)).toMatchObject({ ok: true, format: 'pdf' });
		const form = await getPublicDocumentFile(test.db, demoOffice, ids['call-2026-form']);
		expect(detectDocumentFormat(form!.file.bytes)).toMatchObject({ ok: true, format: 'docx' });

		await documentsManifest.removeDemo!(test.db, demoOffice, null);
		expect(await listPublicDocuments(test.db, demoOffice)).toEqual([]);
		expect(await fileCount(demoOffice)).toBe(0);
		expect(await listPublicDocuments(test.db, keptOffice)).toHaveLength(DEMO_PUBLISHED_DOCUMENT_COUNT);
		await removeDemoDocuments(test.db, keptOffice);
	});
});

describe('the back-office list sorted from its headings', () => {
	it('sorts by title, year and publication in the query, and keeps its own order for an unknown column', async () => {
		const sortOffice = (await createOffice(test.db, { isDefault: false })).id;
		const editor = await createPerson(test.db, { officeId: sortOffice, roles: ['staff'] });
		const ctx = contextOf(test.db, sortOffice, editor);
		const older = await uploadDocument(ctx, fields({ title: 'Ђачки правилник', year: 2021 }));
		const newer = await uploadDocument(ctx, fields({ title: 'Водич', year: 2026, isPublished: false }));
		const middle = await uploadDocument(ctx, fields({ title: 'Анализа', year: 2024 }));
		const ids = async (params: string) =>
			(await listDocumentsForAdmin(ctx, listSortOf(new URLSearchParams(params), ADMIN_DOCUMENT_SORT_COLUMNS))).map(
				(row) => row.id
			);
		expect(await ids('')).toEqual([newer.id, middle.id, older.id]);
		expect(await ids('sort=year&dir=asc')).toEqual([older.id, middle.id, newer.id]);
		// Serbian alphabet: А, В, Ђ (by code point Ђ would come first).
		expect(await ids('sort=title&dir=asc')).toEqual([middle.id, newer.id, older.id]);
		// Unpublished before published, as the column reads; the tie keeps a stable order.
		expect((await ids('sort=status&dir=asc'))[0]).toBe(newer.id);
		expect((await ids('sort=status&dir=desc'))[2]).toBe(newer.id);
		expect(await ids('sort=file_id&dir=asc')).toEqual([newer.id, middle.id, older.id]);
	});
});
