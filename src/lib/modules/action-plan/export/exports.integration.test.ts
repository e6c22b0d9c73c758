// The exported plan and monitoring report, read back the way a reader's program would: the DOCX's
// document.xml, the workbook's cells, the PDF's text; in the reader's script, with the office's name
// and logo; public downloads only for adopted plans and submitted reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import * as v from 'valibot';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../../server/testing/factories.ts';
import { offices } from '../../../server/db/core-schema.ts';
import type { Actor } from '../../../server/actor.ts';
import { toLatin } from '../../../i18n/script.ts';
import { seedDemoActionPlan } from '../seed.server.ts';
import { createPlan } from '../commands/create-plan.server.ts';
import { startMonitoringReport } from '../commands/monitoring-report.server.ts';
import { planInput } from '../inputs.ts';
import { getCurrentPublicPlan, listMonitoringReports } from '../queries.server.ts';
import {
	exportHeaders,
	exportPlanForStaff,
	exportPublicPlan,
	exportPublicReport,
	exportReportForStaff
} from './exports.server.ts';
import { docxText, makeLogo, unzip } from '../../../export/test-helpers.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let slug: string;
let planId: string;

const PLAN_TITLE = 'Локални акциони план за младе општине Ивањица 2025–2029';
const PLAN_TITLE_EN = 'Local Youth Action Plan of the Municipality of Ivanjica 2025–2029';
const ACTIVITY = 'Годишњи сајам запошљавања младих';
const OFFICE = 'Канцеларија за младе Ивањица';
const CYRILLIC = /[\u0400-\u04FF]/;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { name: OFFICE, logo: await makeLogo(), logoMime: 'image/png' })).id;
	coordinator = await createPerson(test.db, {
		officeId,
		roles: ['coordinator'],
		email: 'koordinator@demo.kzm.test'
	});
	await seedDemoActionPlan(test.db, officeId);
	const tree = (await getCurrentPublicPlan(test.db, officeId))!;
	slug = tree.plan.slug;
	planId = tree.plan.id;
}, 120_000);
afterAll(() => test.close());

async function publicPlan(format: 'pdf' | 'docx' | 'xlsx', locale: 'sr-Cyrl' | 'sr-Latn' | 'en') {
	const file = await exportPublicPlan(test.db, officeId, { slug, format, locale });
	expect(file).not.toBeNull();
	return file!;
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const { text, totalPages } = await extractText(pdf, { mergePages: true });
	return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

describe('the plan as DOCX', () => {
	it('is in Cyrillic for the Cyrillic site, with the office, logo, tree, budgets and indicators', async () => {
		const file = await publicPlan('docx', 'sr-Cyrl');
		expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(file.fileName).toBe(`${PLAN_TITLE}.docx`);
		const entries = unzip(file.body);
		expect([...entries.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
		const text = docxText(file.body);
		expect(text).toContain(OFFICE);
		expect(text).toContain(PLAN_TITLE);
		expect(text).toContain('Одлука бр. 06-27/2025-I');
		expect(text).toContain('Запошљавање и предузетништво');
		expect(text).toContain(ACTIVITY);
		expect(text).toContain('Буџет по годинама');
		expect(text).toContain('Показатељ (циљ / остварено)');
		// The introduction comes as text, not as HTML.
		expect(text).toContain('из анкете у којој је учествовало 412 младих');
		expect(text).not.toContain('<strong>');
	});

	it('is all in Latin for the Latin site, staff text transliterated', async () => {
		const text = docxText((await publicPlan('docx', 'sr-Latn')).body);
		expect(text).toContain(toLatin(PLAN_TITLE));
		expect(text).toContain('Godišnji sajam zapošljavanja mladih');
		expect(text).toContain('Kancelarija za mlade Ivanjica');
		expect(text).toContain('Budžet po godinama');
		expect(text).not.toMatch(CYRILLIC);
	});

	it('uses the English texts for English readers', async () => {
		const file = await publicPlan('docx', 'en');
		const text = docxText(file.body);
		expect(file.fileName).toBe(`${PLAN_TITLE_EN}.docx`);
		expect(text).toContain(PLAN_TITLE_EN);
		expect(text).toContain('Yearly youth job fair');
		expect(text).toContain('Budget per year');
		expect(text).not.toMatch(CYRILLIC);
	});
});

describe('the plan as PDF', () => {
	it('has the texts in the reader’s script over several numbered pages', async () => {
		const file = await publicPlan('pdf', 'sr-Cyrl');
		expect(new TextDecoder().decode(file.body.slice(0, 5))).toBe('%PDF-');
		const { text, pages } = await pdfText(file.body);
		expect(pages).toBeGreaterThan(2);
		expect(text).toContain(OFFICE);
		expect(text).toContain('Локални акциони план за младе');
		expect(text).toContain('Годишњи сајам запошљавања');
		expect(text).toContain(`Страна 1 од ${pages}`);
		expect(text).toContain('Буџет по годинама');

		const latin = await pdfText((await publicPlan('pdf', 'sr-Latn')).body);
		expect(latin.text).toContain('Lokalni akcioni plan za mlade');
		expect(latin.text).not.toMatch(CYRILLIC);
	});
});

describe('the plan as XLSX', () => {
	it('has sheets for the overview, activities, budget and indicators, numbers kept as numbers', async () => {
		const file = await publicPlan('xlsx', 'sr-Cyrl');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Преглед', 'Активности', 'Буџет', 'Показатељи']);

		const overview = workbook.getWorksheet('Преглед')!;
		expect(overview.getCell('B2').value).toBe(OFFICE);
		expect(overview.getCell('B3').value).toBe(PLAN_TITLE);

		const activities = workbook.getWorksheet('Активности')!;
		expect(activities.getRow(1).getCell(4).value).toBe('Активност');
		expect(activities.rowCount).toBe(1 + 15);
		const fair = activities.getRows(2, 15)!.find((row) => row.getCell(4).value === ACTIVITY)!;
		expect(fair).toBeDefined();
		expect(typeof fair.getCell(10).value).toBe('number');
		expect(fair.getCell(10).numFmt).toBe('#,##0');
		const progress = fair.getCell(9).value as number;
		expect(progress).toBeGreaterThanOrEqual(0);
		expect(progress).toBeLessThanOrEqual(1);

		const budget = workbook.getWorksheet('Буџет')!;
		const plannedTotal = budget
			.getRows(2, budget.rowCount - 1)!
			.reduce((sum, row) => sum + Number(row.getCell(6).value ?? 0), 0);
		const tree = (await getCurrentPublicPlan(test.db, officeId))!;
		expect(plannedTotal).toBe(tree.budget.planned);

		const indicators = workbook.getWorksheet('Показатељи')!;
		const header = (indicators.getRow(1).values as unknown[]).filter(Boolean);
		expect(header).toContain('Циљ 2025.');
		expect(header).toContain('Остварено 2025.');
		const actual2025 = header.indexOf('Остварено 2025.') + 1;
		expect(typeof indicators.getRow(2).getCell(actual2025).value).toBe('number');
	});

	it('names its sheets and headers in English for English readers', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from((await publicPlan('xlsx', 'en')).body) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Overview', 'Activities', 'Budget', 'Indicators']);
		expect(workbook.getWorksheet('Overview')!.getCell('B3').value).toBe(PLAN_TITLE_EN);
	});
});

describe('the monitoring report', () => {
	it('exports the frozen snapshot with summary, activities, spending, indicators and evidence', async () => {
		const file = await exportPublicReport(test.db, officeId, { slug, year: 2025, format: 'docx', locale: 'sr-Cyrl' });
		const text = docxText(file!.body);
		expect(text).toContain('Извештај о праћењу за 2025.');
		expect(text).toContain(PLAN_TITLE);
		expect(text).toContain('Прва година плана протекла је углавном по плану');
		expect(text).toContain('Планирано 2025. (дин.)');
		expect(text).toContain('Показатељи за 2025.');
		expect(text).toContain('Догађаји те године');
		expect(text).toMatch(/Предат: \d+\. \S+ 20\d\d\.\n/);
		expect(text).toContain('Буџет у 2025. години: Планирано');

		const pdf = await exportPublicReport(test.db, officeId, { slug, year: 2025, format: 'pdf', locale: 'en' });
		const { text: pdfContent } = await pdfText(pdf!.body);
		expect(pdfContent).toContain('Monitoring report 2025');
		expect(pdfContent).toContain('The first year of the plan went mostly as planned');
		expect(pdfContent).not.toMatch(CYRILLIC);

		const xlsx = await exportPublicReport(test.db, officeId, { slug, year: 2025, format: 'xlsx', locale: 'sr-Latn' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(xlsx!.body) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			'Pregled',
			'Aktivnosti',
			'Pokazatelji',
			'Događaji'
		]);
		const activities = workbook.getWorksheet('Aktivnosti')!;
		expect(activities.rowCount).toBe(1 + 15);
		const header = (activities.getRow(1).values as unknown[]).filter(Boolean);
		expect(header).toContain('Potrošeno 2025. (din.)');
		const spentColumn = header.indexOf('Potrošeno 2025. (din.)') + 1;
		const spent = activities.getRows(2, 15)!.reduce((sum, row) => sum + Number(row.getCell(spentColumn).value ?? 0), 0);
		expect(spent).toBeGreaterThan(0);
	});

	it('keeps drafts and unadopted plans away from the public, but lets staff export them', async () => {
		expect(
			await exportPublicReport(test.db, officeId, { slug, year: 2026, format: 'pdf', locale: 'sr-Cyrl' })
		).toBeNull();
		const ctx = contextOf(test.db, officeId, coordinator);
		const draft = await startMonitoringReport(ctx, { planId, year: 2026 });
		expect(
			await exportPublicReport(test.db, officeId, { slug, year: 2026, format: 'pdf', locale: 'sr-Cyrl' })
		).toBeNull();
		const staffReport = await exportReportForStaff(ctx, {
			planId,
			reportId: draft.id,
			format: 'docx',
			locale: 'sr-Cyrl'
		});
		expect(docxText(staffReport.body)).toContain('Извештај о праћењу за 2026.');
		expect(docxText(staffReport.body)).toContain('У изради');

		const draftPlan = await createPlan(
			ctx,
			v.parse(planInput, { title: 'Нацрт плана 2030–2034', firstYear: '2030', lastYear: '2034', status: 'draft' })
		);
		const [row] = await listMonitoringReports(test.db, officeId, planId);
		expect(row).toBeDefined();
		expect(
			await exportPublicPlan(test.db, officeId, { slug: draftPlan.slug, format: 'pdf', locale: 'sr-Cyrl' })
		).toBeNull();
		const staffPlan = await exportPlanForStaff(ctx, { planId: draftPlan.id, format: 'xlsx', locale: 'sr-Cyrl' });
		expect(staffPlan.fileName).toBe('Нацрт плана 2030–2034.xlsx');
	});

	it('refuses staff exports to someone who is not staff, and unknown ids', async () => {
		const young = await createPerson(test.db, { officeId, roles: ['young_person'] });
		await expect(
			exportPlanForStaff(contextOf(test.db, officeId, young), { planId, format: 'pdf', locale: 'sr-Cyrl' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			exportPlanForStaff(contextOf(test.db, officeId, null), { planId, format: 'pdf', locale: 'sr-Cyrl' })
		).rejects.toBeDefined();
		await expect(
			exportReportForStaff(contextOf(test.db, officeId, coordinator), {
				planId,
				reportId: 'not-an-id',
				format: 'pdf',
				locale: 'sr-Cyrl'
			})
		).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('the download headers', () => {
	it('name the file in the reader’s script with an ASCII fallback', async () => {
		const file = await publicPlan('pdf', 'sr-Latn');
		const headers = exportHeaders(file, { isPublic: true });
		expect(headers['content-type']).toBe('application/pdf');
		expect(headers['content-disposition']).toBe(
			`attachment; filename="lokalni-akcioni-plan-za-mlade-opstine-ivanjica-2025-2029.pdf"; filename*=UTF-8''${encodeURIComponent(`${toLatin(PLAN_TITLE)}.pdf`)}`
		);
		expect(headers['cache-control']).toBe('public, max-age=300');
		expect(exportHeaders(file, { isPublic: false })['cache-control']).toBe('private, no-store');
	});

	it('leave out a logo that cannot be read rather than fail', async () => {
		await test.db
			.update(offices)
			.set({ logo: Buffer.from('not an image'), logoMime: 'image/png' })
			.where(eq(offices.id, officeId));
		const file = await publicPlan('docx', 'sr-Cyrl');
		expect([...unzip(file.body).keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
		expect(docxText(file.body)).toContain(OFFICE);
	});
});
