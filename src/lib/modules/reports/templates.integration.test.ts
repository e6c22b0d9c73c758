// Report templates (decision 0035): a template staff shape, a year's report made from it with figures
// from the platform and saved narratives, downloads in three formats and scripts, a frozen copy once
// submitted, who may do what, and the demo office's default template surviving the demo's removal.
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
import { loadDemoOffice, manifests } from '../registry.server.ts';
import { removeDemoContent } from '../settings/commands/remove-demo-content.server.ts';
import {
	getReportTemplate,
	getTemplateReport,
	listIndicatorChoices,
	listReportTemplates,
	listTemplateReports
} from './templates.server.ts';
import {
	addDefaultReportTemplate,
	createReportTemplate,
	saveReportTemplate,
	saveTemplateReport,
	startTemplateReport,
	submitTemplateReport
} from './commands/report-templates.server.ts';
import { exportTemplateReport } from './template-document.server.ts';
import { adoptDefaultWorkStandards } from './commands/keep-work-standards.server.ts';
import { DEFAULT_REPORT_TEMPLATE, type TemplateSection } from './templates.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Context;
let staff: Context;
const YEAR = 2025;
const DONOR: TemplateSection[] = [
	{
		key: 'reach',
		title: 'Обухват младих',
		titleEn: 'Reaching young people',
		kind: 'figures',
		indicators: ['figure:events.held', 'figure:attendance.reached']
	},
	{
		key: 'inclusion',
		title: 'Инклузија',
		titleEn: 'Inclusion',
		kind: 'standards',
		indicators: ['area:inclusion']
	},
	{ key: 'closing', title: 'Закључак', titleEn: 'Conclusion', kind: 'text', indicators: [] }
];

const eventIn = (day: string) => {
	const startsAt = belgradeToInstant(day, '10:00');
	return createTestEvent(test.db, officeId, {
		status: 'finished',
		sessions: [{ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) }]
	});
};
const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => 'allowed',
		(caught) => (isAppError(caught) ? caught.code : caught)
	);

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	staff = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['staff'] }));
	await eventIn('2025-04-01');
	await eventIn('2025-09-01');
	await eventIn('2024-06-01');
}, 120_000);
afterAll(() => test.close());

describe('report templates', () => {
	let templateId: string;
	let reportId: string;

	it('starts an office on the default template once, built on the four work-standard areas', async () => {
		expect(await listReportTemplates(coordinator)).toEqual([]);
		const id = await addDefaultReportTemplate(coordinator);
		expect(await refusal(addDefaultReportTemplate(coordinator))).toBe('conflict');
		const template = await getReportTemplate(coordinator, id);
		expect(template.isDefault).toBe(true);
		expect(template.sections.map((section) => section.key)).toEqual(
			DEFAULT_REPORT_TEMPLATE.sections.map((section) => section.key)
		);
		// Every statistics figure the default names exists on the platform.
		const offered = new Set((await listIndicatorChoices(coordinator)).map((choice) => choice.value as string));
		for (const section of template.sections)
			for (const indicator of section.indicators) expect(offered).toContain(indicator);
	});

	it('saves a donor’s template: name, ordered sections, kinds and indicators; refuses unsound sections', async () => {
		templateId = await createReportTemplate(coordinator, { name: 'Извештај донатору', nameEn: 'Donor report' });
		await saveReportTemplate(coordinator, {
			id: templateId,
			name: 'Извештај донатору',
			nameEn: 'Donor report',
			sections: DONOR
		});
		expect((await getReportTemplate(coordinator, templateId)).sections).toEqual(DONOR);
		const unsound = saveReportTemplate(coordinator, {
			id: templateId,
			name: 'X',
			nameEn: '',
			sections: [{ key: 'a', title: 'A', titleEn: '', kind: 'text', indicators: ['figure:events.held'] }]
		});
		expect(await refusal(unsound)).toBe('invalid');
		expect(
			await refusal(saveReportTemplate(coordinator, { id: templateId, name: 'X', nameEn: '', sections: [] }))
		).toBe('invalid');
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'reports.template_saved')));
		expect(audits).toHaveLength(1);
	});

	it('makes a year’s report with figures from the platform and saves the narratives', async () => {
		await adoptDefaultWorkStandards(coordinator);
		reportId = await startTemplateReport(staff, { templateId, year: YEAR });
		// Starting the same year again opens the same report.
		expect(await startTemplateReport(coordinator, { templateId, year: YEAR })).toBe(reportId);
		await saveTemplateReport(staff, {
			id: reportId,
			narratives: { reach: 'Радили смо у свим селима.\r\n\r\nИ у граду.', closing: 'Хвала партнерима.' }
		});
		const view = await getTemplateReport(staff, reportId);
		expect(view.isFrozen).toBe(false);
		expect(view.narratives.reach).toBe('Радили смо у свим селима.\n\nИ у граду.');
		const [reach, inclusion] = view.sections;
		// In the chosen order; people counts follow the small-group rule like everywhere else.
		expect(reach.figures.map((figure) => figure.key)).toEqual(['events.held', 'attendance.reached']);
		expect([reach.figures[0].value, reach.figures[0].previousValue]).toEqual([2, 1]);
		expect(inclusion.areas.map((area) => area.area)).toEqual(['inclusion']);
		expect(inclusion.areas[0].standards.length).toBeGreaterThan(0);
		expect((await listTemplateReports(staff)).map((row) => [row.year, row.name, row.status])).toEqual([
			[YEAR, 'Извештај донатору', 'draft']
		]);
	});

	it('downloads as DOCX, PDF and XLSX in the chosen script and language', async () => {
		const docx = await exportTemplateReport(staff, { id: reportId, format: 'docx', locale: 'sr-Latn' });
		const text = await docxText(docx.body);
		expect(text).toContain('Izveštaj donatoru za 2025. godinu');
		expect(text).toContain('Radili smo u svim selima.');
		expect(text).toContain('Inkluzija');

		const pdf = await exportTemplateReport(staff, { id: reportId, format: 'pdf', locale: 'sr-Cyrl' });
		const { text: pages } = await extractText(await getDocumentProxy(pdf.body), { mergePages: true });
		expect(pages).toContain('Хвала партнерима.');

		const xlsx = await exportTemplateReport(staff, { id: reportId, format: 'xlsx', locale: 'en' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx.body.buffer as ArrayBuffer);
		const names = workbook.worksheets.map((sheet) => sheet.name);
		const figures = names.find((name) => name.startsWith('Figures'))!;
		const rows = workbook
			.getWorksheet(figures)!
			.getSheetValues()
			.map((row) => (Array.isArray(row) ? row.slice(1) : []));
		expect(rows).toContainEqual(['Events held', 2, 1]);

		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'reports.template_report_exported')));
		expect(audits).toHaveLength(3);
	});

	it('staff write and download, but only coordinators and administrators keep templates and submit', async () => {
		expect(await refusal(saveReportTemplate(staff, { id: templateId, name: 'X', nameEn: '', sections: DONOR }))).toBe(
			'forbidden'
		);
		expect(await refusal(createReportTemplate(staff, { name: 'X', nameEn: '' }))).toBe('forbidden');
		expect(await refusal(submitTemplateReport(staff, { id: reportId }))).toBe('forbidden');
		const young = contextOf(test.db, officeId, await createPerson(test.db, { officeId }));
		for (const attempt of [
			listReportTemplates(young),
			getTemplateReport(young, reportId),
			startTemplateReport(young, { templateId, year: 2024 }),
			saveTemplateReport(young, { id: reportId, narratives: {} }),
			exportTemplateReport(young, { id: reportId, format: 'pdf', locale: 'en' })
		])
			expect(await refusal(attempt)).toBe('forbidden');
		// Another office's coordinator does not find this office's template or report.
		const otherOffice = (await createOffice(test.db)).id;
		const other = contextOf(
			test.db,
			otherOffice,
			await createPerson(test.db, { officeId: otherOffice, roles: ['coordinator'] })
		);
		expect(await refusal(getReportTemplate(other, templateId))).toBe('not_found');
		expect(await refusal(getTemplateReport(other, reportId))).toBe('not_found');
		expect(await refusal(startTemplateReport(other, { templateId, year: YEAR }))).toBe('not_found');
	});

	it('a submitted report stays as it was: later events, template edits and text edits do not change it', async () => {
		await submitTemplateReport(coordinator, { id: reportId });
		await eventIn('2025-11-01');
		await saveReportTemplate(coordinator, {
			id: templateId,
			name: 'Нови назив',
			nameEn: '',
			sections: [DONOR[2]]
		});
		const view = await getTemplateReport(staff, reportId);
		expect(view.isFrozen).toBe(true);
		expect(view.name).toBe('Извештај донатору');
		expect(view.sections.map((section) => section.key)).toEqual(['reach', 'inclusion', 'closing']);
		expect(view.sections[0].figures[0].value).toBe(2);
		expect(await refusal(saveTemplateReport(staff, { id: reportId, narratives: { reach: 'Друго' } }))).toBe('conflict');
		expect(await refusal(submitTemplateReport(coordinator, { id: reportId }))).toBe('conflict');
		const docx = await exportTemplateReport(staff, { id: reportId, format: 'docx', locale: 'sr-Cyrl' });
		expect(await docxText(docx.body)).toContain('Предат');
	});
});

describe('the demo office', () => {
	it('has the default template, which still makes reports after the demo is removed', async () => {
		const demo = await loadDemoOffice(test.db);
		const administrator = await createPerson(test.db, { officeId: demo.officeId, roles: ['administrator'] });
		const admin = contextOf(test.db, demo.officeId, administrator);
		const [template] = await listReportTemplates(admin);
		expect(template.isDefault).toBe(true);
		const before = await startTemplateReport(admin, { templateId: template.id, year: YEAR });

		await removeDemoContent(admin, { modules: manifests });

		const after = await listReportTemplates(admin);
		expect(after.map((row) => [row.id, row.isDefault])).toEqual([[template.id, true]]);
		const view = await getTemplateReport(admin, before);
		expect(view.sections.map((section) => section.key)).toEqual(
			DEFAULT_REPORT_TEMPLATE.sections.map((section) => section.key)
		);
		const next = await startTemplateReport(admin, { templateId: template.id, year: YEAR - 1 });
		const docx = await exportTemplateReport(admin, { id: next, format: 'docx', locale: 'en' });
		expect(await docxText(docx.body)).toContain('Good management of the office');
	}, 120_000);
});
