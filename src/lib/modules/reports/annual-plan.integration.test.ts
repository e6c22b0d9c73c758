// The annual report's plan section: goals, measures and indicators with the year's target and actual,
// in the page's data and in the PDF, DOCX and XLSX, frozen with the report when it is submitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Context } from '../../server/actor.ts';
import { docxText } from '../../export/test-helpers.ts';
import {
	actionPlans,
	planAreas,
	planGoals,
	planIndicators,
	planIndicatorValues,
	planMeasures
} from '../action-plan/schema.ts';
import { getAnnualReport } from './annual.server.ts';
import { saveAnnualReport, submitAnnualReport } from './commands/annual-report.server.ts';
import { exportAnnualReportForStaff } from './annual-document.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Context;
let trainedId: string;
const YEAR = 2025;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	const [plan] = await test.db
		.insert(actionPlans)
		.values({ officeId, slug: 'lap', title: 'ЛАП', firstYear: 2024, lastYear: 2026, isCurrent: true })
		.returning();
	const child = { officeId, planId: plan.id };
	const [area] = await test.db
		.insert(planAreas)
		.values({ ...child, name: 'Запошљавање' })
		.returning();
	const [goal] = await test.db
		.insert(planGoals)
		.values({ ...child, areaId: area.id, title: 'Више запослених младих', titleEn: 'More young people employed' })
		.returning();
	const [trainings] = await test.db
		.insert(planMeasures)
		.values([
			{ ...child, goalId: goal.id, title: 'Обуке за посао', titleEn: 'Job trainings', sortOrder: 1 },
			{ ...child, goalId: goal.id, title: 'Сајмови запошљавања', titleEn: 'Job fairs', sortOrder: 2 }
		])
		.returning();
	const [trained, employed] = await test.db
		.insert(planIndicators)
		.values([
			{ ...child, measureId: trainings.id, name: 'Обучени млади', nameEn: 'Young people trained', unit: 'особа' },
			{ ...child, goalId: goal.id, name: 'Запослени млади', nameEn: 'Young people employed', unit: 'особа' }
		])
		.returning();
	trainedId = trained.id;
	await test.db.insert(planIndicatorValues).values([
		{ indicatorId: trained.id, officeId, year: YEAR, target: 120, actual: 87 },
		{ indicatorId: trained.id, officeId, year: YEAR + 1, target: 999, actual: 555 },
		{ indicatorId: employed.id, officeId, year: YEAR, target: 40, actual: null }
	]);
	await saveAnnualReport(coordinator, { year: YEAR, narratives: {} });
}, 120_000);
afterAll(() => test.close());

describe('annual report plan tables', () => {
	it('gathers goal, measures and indicators with the target and actual of the year', async () => {
		const view = await getAnnualReport(coordinator, YEAR);
		expect(view.plan).toEqual([
			{
				title: 'Више запослених младих',
				titleEn: 'More young people employed',
				indicators: [expect.objectContaining({ nameEn: 'Young people employed', target: 40, actual: null })],
				measures: [
					{
						title: 'Обуке за посао',
						titleEn: 'Job trainings',
						indicators: [expect.objectContaining({ nameEn: 'Young people trained', target: 120, actual: 87 })]
					},
					{ title: 'Сајмови запошљавања', titleEn: 'Job fairs', indicators: [] }
				]
			}
		]);
		expect((await getAnnualReport(coordinator, 2019)).plan).toBeNull();
	});

	it('prints them in the DOCX, PDF and XLSX in the reader’s script', async () => {
		const docx = await docxText(
			(await exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'docx', locale: 'sr-Latn' })).body
		);
		expect(docx).toContain('Cilj: Više zaposlenih mladih');
		expect(docx).toContain('Obuke za posao');
		expect(docx).toContain('Obučeni mladi');
		expect(docx).toContain('Sajmovi zapošljavanja');

		const pdf = await exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'pdf', locale: 'sr-Cyrl' });
		const { text } = await extractText(await getDocumentProxy(pdf.body), { mergePages: true });
		expect(text).toContain('Циљ: Више запослених младих');
		expect(text).toContain('Обучени млади');

		const xlsx = await exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'xlsx', locale: 'en' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx.body.buffer as ArrayBuffer);
		const rows = workbook.worksheets.flatMap((sheet) =>
			sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []))
		);
		expect(rows).toContainEqual(['Job trainings', 'Young people trained', 'osoba', 120, 87]);
		expect(rows).toContainEqual(['Goal indicator', 'Young people employed', 'osoba', 40]);
	});

	it('keeps the year’s values as submitted when the plan changes later', async () => {
		await submitAnnualReport(coordinator, { year: YEAR, now: new Date('2026-01-20T10:00:00Z') });
		await test.db
			.update(planIndicatorValues)
			.set({ actual: 100 })
			.where(eq(planIndicatorValues.indicatorId, trainedId));
		const view = await getAnnualReport(coordinator, YEAR);
		expect(view.isFrozen).toBe(true);
		expect(view.plan?.[0].measures[0].indicators[0].actual).toBe(87);
	});
});
