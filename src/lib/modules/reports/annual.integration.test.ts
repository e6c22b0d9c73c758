// The annual report: saved text, downloads in three formats in the reader's script, a submitted copy
// that later data and edits do not change, publication on the portal, and who may write it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Context } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { docxText } from '../../export/test-helpers.ts';
import { getAnnualReport, listPublishedAnnualReports } from './annual.server.ts';
import { saveAnnualReport, setAnnualReportPublished, submitAnnualReport } from './commands/annual-report.server.ts';
import { exportAnnualReportForStaff, exportPublishedAnnualReport } from './annual-document.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Context;
const YEAR = 2025;
const NUMBERS = 'Канцеларија је ове године радила у свим месним заједницама.\n\nПосебно смо радили у селима.';

const eventIn = (day: string) => {
	const startsAt = belgradeToInstant(day, '10:00');
	return createTestEvent(test.db, officeId, {
		status: 'finished',
		sessions: [{ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) }]
	});
};
const eventsHeld = (view: Awaited<ReturnType<typeof getAnnualReport>>) =>
	view.blocks.flatMap((block) => block.figures).find((figure) => figure.key === 'events.held')?.value;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	await eventIn('2025-04-01');
	await eventIn('2025-09-01');
}, 120_000);
afterAll(() => test.close());

describe('annual report', () => {
	it('saves the text per section and downloads it as DOCX, PDF and XLSX in the chosen script', async () => {
		await saveAnnualReport(coordinator, {
			year: YEAR,
			narratives: { numbers: NUMBERS, nextYear: 'Више рада са школама.' }
		});
		const view = await getAnnualReport(coordinator, YEAR);
		expect(view.isFrozen).toBe(false);
		expect(view.narratives.numbers).toBe(NUMBERS);
		expect(eventsHeld(view)).toBe(2);

		const docx = await exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'docx', locale: 'sr-Latn' });
		const text = await docxText(docx.body);
		expect(text).toContain('Godišnji izveštaj o radu kancelarije za mlade za 2025. godinu');
		expect(text).toContain('Posebno smo radili u selima.');
		expect(text).toContain('Održani događaji');

		const pdf = await exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'pdf', locale: 'sr-Cyrl' });
		const { text: pages } = await extractText(await getDocumentProxy(pdf.body), { mergePages: true });
		expect(pages).toContain('Посебно смо радили у селима.');

		const xlsx = await exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'xlsx', locale: 'en' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx.body.buffer as ArrayBuffer);
		const rows = workbook
			.getWorksheet('Events')!
			.getSheetValues()
			.map((row) => (Array.isArray(row) ? row.slice(1) : []));
		expect(rows).toContainEqual(['Events held', 2, 0]);

		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'reports.annual_exported')));
		expect(audits).toHaveLength(3);
	});

	it('a submitted report stays as it was: later events and edits do not change it', async () => {
		await submitAnnualReport(coordinator, { year: YEAR });
		await eventIn('2025-11-01');
		const view = await getAnnualReport(coordinator, YEAR);
		expect(view.isFrozen).toBe(true);
		expect(eventsHeld(view)).toBe(2);
		expect(view.narratives.numbers).toBe(NUMBERS);
		const edit = await saveAnnualReport(coordinator, { year: YEAR, narratives: { numbers: 'Друго' } }).catch((e) => e);
		expect(isAppError(edit) && edit.code).toBe('conflict');
		const again = await submitAnnualReport(coordinator, { year: YEAR }).catch((e) => e);
		expect(isAppError(again) && again.code).toBe('conflict');
		const docx = await exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'docx', locale: 'sr-Cyrl' });
		expect(await docxText(docx.body)).toContain('Предат');
		expect((await getAnnualReport(coordinator, YEAR)).blocks).toEqual(view.blocks);
	});

	it('is public only once published, as its frozen copy', async () => {
		const hidden = await exportPublishedAnnualReport(test.db, officeId, {
			year: YEAR,
			format: 'pdf',
			locale: 'en'
		}).catch((e) => e);
		expect(isAppError(hidden) && hidden.code).toBe('not_found');
		await setAnnualReportPublished(coordinator, { year: YEAR, published: true });
		expect((await listPublishedAnnualReports(test.db, officeId)).map((row) => row.year)).toEqual([YEAR]);
		const file = await exportPublishedAnnualReport(test.db, officeId, {
			year: YEAR,
			format: 'docx',
			locale: 'sr-Cyrl'
		});
		expect(await docxText(file.body)).toContain('Посебно смо радили у селима.');
		// A draft cannot be published.
		await saveAnnualReport(coordinator, { year: 2024, narratives: {} });
		const draft = await setAnnualReportPublished(coordinator, { year: 2024, published: true }).catch((e) => e);
		expect(isAppError(draft) && draft.code).toBe('invalid');
	});

	it('only coordinators and administrators write it; staff, young people and association representatives are refused', async () => {
		for (const role of ['staff', 'young_person', 'association_representative'] as const) {
			const ctx = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: [role] }));
			for (const attempt of [
				getAnnualReport(ctx, YEAR),
				saveAnnualReport(ctx, { year: 2023, narratives: {} }),
				exportAnnualReportForStaff(ctx, { year: YEAR, format: 'pdf', locale: 'en' })
			]) {
				const refused = await attempt.catch((e) => e);
				expect(isAppError(refused) && refused.code).toBe('forbidden');
			}
		}
	});
});
