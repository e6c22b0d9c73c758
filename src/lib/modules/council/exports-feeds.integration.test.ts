import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { getOfficeById } from '../../server/office.ts';
import { docxText } from '../../export/test-helpers.ts';
import { seedDemoCouncil } from './seed.server.ts';
import { getBodyForStaff, listCouncilBodies, listCouncilSitemap } from './queries.server.ts';
import { exportPublicMinutes } from './export.server.ts';
import { councilCalendar, councilDecisionsRss } from './feeds.server.ts';

let test: TestDatabase;
let officeId: string;
let approvedSessionId: string;
let draftSessionId: string;
const NOW = new Date('2026-11-15T10:00:00Z');

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { name: 'Канцеларија за младе Ивањица' })).id;
	await seedDemoCouncil(test.db, officeId, NOW);
	const ctx = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	const council = (await listCouncilBodies(ctx, NOW)).find((body) => body.kind === 'council')!;
	const sessions = (await getBodyForStaff(ctx, council.id, { now: NOW })).sessions;
	approvedSessionId = sessions.find((session) => session.number === 7)!.id;
	draftSessionId = sessions.find((session) => session.minutesStatus === 'sent')!.id;
});
afterAll(() => test.close());

describe('approved minutes as files', () => {
	it('gives a PDF in Cyrillic and Latin and a DOCX in English, with the numbered decisions', async () => {
		const pdf = await exportPublicMinutes(test.db, officeId, {
			sessionId: approvedSessionId,
			format: 'pdf',
			locale: 'sr-Cyrl'
		});
		expect(pdf?.contentType).toBe('application/pdf');
		const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf!.body)), { mergePages: true });
		expect(text).toContain('Савет за младе општине Ивањица');
		expect(text).toContain('Записник са 7.');
		expect(text).toContain('Предлог за конкурс за неформалне групе');
		expect(text).toMatch(/\d+\/20\d\d/);
		const latin = await exportPublicMinutes(test.db, officeId, {
			sessionId: approvedSessionId,
			format: 'pdf',
			locale: 'sr-Latn'
		});
		const { text: latinText } = await extractText(await getDocumentProxy(new Uint8Array(latin!.body)), {
			mergePages: true
		});
		expect(latinText).toContain('Zapisnik sa 7.');
		const docx = await exportPublicMinutes(test.db, officeId, {
			sessionId: approvedSessionId,
			format: 'docx',
			locale: 'en'
		});
		expect(docx?.fileName.endsWith('.docx')).toBe(true);
		expect(docxText(docx!.body)).toContain('Minutes of session 7');
		expect(docxText(docx!.body)).toContain('Ivanjica Youth Council');
	});

	it('offers no file for minutes not yet approved', async () => {
		expect(
			await exportPublicMinutes(test.db, officeId, { sessionId: draftSessionId, format: 'pdf', locale: 'sr-Cyrl' })
		).toBeNull();
	});
});

describe('feeds and sitemap', () => {
	it('lists sessions in iCalendar and published decisions in RSS, in the reader’s script', async () => {
		// Links come from the office's configured address, never from the request.
		const office = { ...(await getOfficeById(test.db, officeId))!, publicUrl: 'https://mladi.test/' };
		const calendar = await councilCalendar(test.db, office, { locale: 'sr-Latn', now: NOW });
		expect(calendar).toContain('BEGIN:VCALENDAR');
		expect(calendar).toContain('Savet za mlade opštine Ivanjica: 9. sednica');
		const rss = await councilDecisionsRss(test.db, office, { locale: 'sr-Cyrl' });
		expect(rss).toContain('<rss version="2.0">');
		expect(rss).toContain('https://mladi.test/council/decisions/');
		expect(rss).toContain('Одлука 1/');
		// Decisions of minutes still out for comments are not published.
		expect((rss.match(/<item>/g) ?? []).length).toBe(22);
		const sitemap = await listCouncilSitemap(test.db, officeId);
		expect(sitemap.map((entry) => entry.path)).toContain('/council/savet-za-mlade');
		expect(sitemap.map((entry) => entry.path)).toContain(`/council/minutes/${approvedSessionId}`);
		expect(sitemap.map((entry) => entry.path)).not.toContain(`/council/minutes/${draftSessionId}`);
	});
});
