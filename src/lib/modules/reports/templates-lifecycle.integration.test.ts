// Keeping report templates over time (decision 0035): moving a section up or down, archiving a template
// (no new reports; its reports still read) and restoring it, deleting one only while no report uses it,
// and publishing a submitted report's frozen copy on the portal like the annual report's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Context } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { docxText } from '../../export/test-helpers.ts';
import {
	getReportTemplate,
	getTemplateReport,
	listPublishedTemplateReports,
	listReportTemplates
} from './templates.server.ts';
import {
	createReportTemplate,
	deleteReportTemplate,
	moveTemplateSection,
	saveReportTemplate,
	saveTemplateReport,
	setReportTemplateArchived,
	setTemplateReportPublished,
	startTemplateReport,
	submitTemplateReport
} from './commands/report-templates.server.ts';
import { exportPublishedTemplateReport } from './template-document.server.ts';
import { reportsManifest } from './manifest.ts';
import type { TemplateSection } from './templates.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Context;
let staff: Context;
let stranger: Context;
const SECTIONS: TemplateSection[] = [
	{ key: 'reach', title: 'Обухват', titleEn: 'Reach', kind: 'figures', indicators: ['figure:events.held'] },
	{ key: 'partners', title: 'Партнери', titleEn: 'Partners', kind: 'text', indicators: [] },
	{ key: 'closing', title: 'Закључак', titleEn: 'Conclusion', kind: 'text', indicators: [] }
];

const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => 'allowed',
		(caught) => (isAppError(caught) ? `${caught.code} ${caught.messageKey}` : caught)
	);
const audits = async (action: string) =>
	(
		await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)))
	).length;
const newTemplate = async (name: string) => {
	const id = await createReportTemplate(coordinator, { name, nameEn: '' });
	await saveReportTemplate(coordinator, { id, name, nameEn: '', sections: SECTIONS });
	return id;
};

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	staff = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['staff'] }));
	const otherOffice = (await createOffice(test.db)).id;
	stranger = contextOf(
		test.db,
		otherOffice,
		await createPerson(test.db, { officeId: otherOffice, roles: ['coordinator'] })
	);
}, 120_000);
afterAll(() => test.close());

describe('moving a section', () => {
	it('moves a saved section one place, keeps the order saved, and a draft report follows it', async () => {
		const id = await newTemplate('Редослед');
		const report = await startTemplateReport(staff, { templateId: id, year: 2025 });
		await moveTemplateSection(coordinator, { id, key: 'closing', direction: 'up' });
		const keys = async () => (await getReportTemplate(coordinator, id)).sections.map((section) => section.key);
		expect(await keys()).toEqual(['reach', 'closing', 'partners']);
		await moveTemplateSection(coordinator, { id, key: 'reach', direction: 'down' });
		expect(await keys()).toEqual(['closing', 'reach', 'partners']);
		// Past either end nothing changes, and nothing is audited.
		await moveTemplateSection(coordinator, { id, key: 'closing', direction: 'up' });
		await moveTemplateSection(coordinator, { id, key: 'partners', direction: 'down' });
		expect(await keys()).toEqual(['closing', 'reach', 'partners']);
		expect(await audits('reports.template_section_moved')).toBe(2);
		// The sections keep their wording and indicators.
		expect((await getReportTemplate(coordinator, id)).sections[1]).toEqual(SECTIONS[0]);
		const view = await getTemplateReport(staff, report);
		expect(view.sections.map((section) => section.key)).toEqual(['closing', 'reach', 'partners']);
	});

	it('is refused to staff, for a section the template does not have, and to another office', async () => {
		const id = await newTemplate('Забрањено померање');
		expect(await refusal(moveTemplateSection(staff, { id, key: 'reach', direction: 'down' }))).toMatch(/^forbidden/);
		expect(await refusal(moveTemplateSection(coordinator, { id, key: 'nope', direction: 'down' }))).toMatch(
			/^not_found/
		);
		expect(await refusal(moveTemplateSection(stranger, { id, key: 'reach', direction: 'down' }))).toMatch(/^not_found/);
		expect((await getReportTemplate(coordinator, id)).sections.map((section) => section.key)).toEqual([
			'reach',
			'partners',
			'closing'
		]);
	});
});

describe('archiving a template', () => {
	it('stops new reports from it while its reports still read and can be finished; restoring brings it back', async () => {
		const id = await newTemplate('Стари донатор');
		const report = await startTemplateReport(staff, { templateId: id, year: 2025 });
		await saveTemplateReport(staff, { id: report, narratives: { partners: 'Дом културе.' } });
		await setReportTemplateArchived(coordinator, { id, archived: true });
		const row = (await listReportTemplates(staff)).find((template) => template.id === id)!;
		expect(row.archivedAt).not.toBeNull();
		expect(await refusal(startTemplateReport(staff, { templateId: id, year: 2024 }))).toBe(
			'conflict reports.templates.archivedNoReports'
		);
		// Its report still reads with the template's sections and can be written and submitted.
		const view = await getTemplateReport(staff, report);
		expect(view.name).toBe('Стари донатор');
		expect(view.sections.map((section) => section.key)).toEqual(['reach', 'partners', 'closing']);
		expect(view.narratives.partners).toBe('Дом културе.');
		await saveTemplateReport(staff, { id: report, narratives: { partners: 'Дом културе и школа.' } });
		await submitTemplateReport(coordinator, { id: report });
		expect((await getTemplateReport(staff, report)).isFrozen).toBe(true);

		await setReportTemplateArchived(coordinator, { id, archived: false });
		expect((await listReportTemplates(staff)).find((template) => template.id === id)!.archivedAt).toBeNull();
		expect(await startTemplateReport(staff, { templateId: id, year: 2024 })).toMatch(/^[0-9a-f-]{36}$/);
		expect(await audits('reports.template_archived')).toBe(1);
		expect(await audits('reports.template_restored')).toBe(1);
	});

	it('is refused to staff and to another office', async () => {
		const id = await newTemplate('Не архивирати');
		expect(await refusal(setReportTemplateArchived(staff, { id, archived: true }))).toMatch(/^forbidden/);
		expect(await refusal(setReportTemplateArchived(stranger, { id, archived: true }))).toMatch(/^not_found/);
		expect((await getReportTemplate(coordinator, id)).archivedAt).toBeNull();
	});
});

describe('deleting a template', () => {
	it('deletes one no report was made from', async () => {
		const id = await newTemplate('Пробни');
		await deleteReportTemplate(coordinator, { id });
		expect(await refusal(getReportTemplate(coordinator, id))).toMatch(/^not_found/);
		expect(await audits('reports.template_deleted')).toBe(1);
	});

	it('refuses one a report uses, saying to archive it instead, and keeps it and its report', async () => {
		const id = await newTemplate('Коришћен');
		const report = await startTemplateReport(staff, { templateId: id, year: 2025 });
		expect(await refusal(deleteReportTemplate(coordinator, { id }))).toBe('conflict reports.templates.inUse');
		expect((await getReportTemplate(coordinator, id)).name).toBe('Коришћен');
		expect((await getTemplateReport(staff, report)).name).toBe('Коришћен');
		expect(await audits('reports.template_deleted')).toBe(1);
	});

	it('is refused to staff and to another office', async () => {
		const id = await newTemplate('Чува се');
		expect(await refusal(deleteReportTemplate(staff, { id }))).toMatch(/^forbidden/);
		expect(await refusal(deleteReportTemplate(stranger, { id }))).toMatch(/^not_found/);
		expect((await getReportTemplate(coordinator, id)).name).toBe('Чува се');
	});
});

describe('publishing a report made from a template', () => {
	it('publishes only a submitted report, its frozen copy for anyone, and takes it down again', async () => {
		const id = await newTemplate('Извештај донатору');
		const report = await startTemplateReport(staff, { templateId: id, year: 2025 });
		await saveTemplateReport(staff, { id: report, narratives: { closing: 'Хвала свима.' } });
		expect(await refusal(setTemplateReportPublished(coordinator, { id: report, published: true }))).toBe(
			'invalid reports.annual.publishSubmittedOnly'
		);
		expect(
			await refusal(exportPublishedTemplateReport(test.db, officeId, { id: report, format: 'pdf', locale: 'en' }))
		).toMatch(/^not_found/);
		await submitTemplateReport(coordinator, { id: report });
		// Later edits to the template do not reach the published copy.
		await saveReportTemplate(coordinator, { id, name: 'Други назив', nameEn: '', sections: [SECTIONS[0]] });
		await setTemplateReportPublished(coordinator, { id: report, published: true });
		expect((await getTemplateReport(staff, report)).publishedAt).not.toBeNull();
		const published = await listPublishedTemplateReports(test.db, officeId);
		expect(published.map((row) => [row.id, row.year, row.name])).toEqual([[report, 2025, 'Извештај донатору']]);
		const docx = await exportPublishedTemplateReport(test.db, officeId, {
			id: report,
			format: 'docx',
			locale: 'sr-Latn'
		});
		const text = await docxText(docx.body);
		expect(text).toContain('Izveštaj donatoru za 2025. godinu');
		expect(text).toContain('Hvala svima.');
		expect((await reportsManifest.sitemap!(test.db, officeId)).map((entry) => entry.path)).toEqual(['/annual-reports']);
		// Another office's portal does not serve it.
		expect(
			await refusal(
				exportPublishedTemplateReport(test.db, stranger.officeId, { id: report, format: 'pdf', locale: 'en' })
			)
		).toMatch(/^not_found/);

		await setTemplateReportPublished(coordinator, { id: report, published: false });
		expect(await listPublishedTemplateReports(test.db, officeId)).toEqual([]);
		expect(await reportsManifest.sitemap!(test.db, officeId)).toEqual([]);
		expect(await audits('reports.template_report_published')).toBe(1);
		expect(await audits('reports.template_report_unpublished')).toBe(1);
	});

	it('is refused to staff and to another office', async () => {
		const id = await newTemplate('Само вође објављују');
		const report = await startTemplateReport(staff, { templateId: id, year: 2025 });
		await submitTemplateReport(coordinator, { id: report });
		expect(await refusal(setTemplateReportPublished(staff, { id: report, published: true }))).toMatch(/^forbidden/);
		expect(await refusal(setTemplateReportPublished(stranger, { id: report, published: true }))).toMatch(/^not_found/);
		expect(await listPublishedTemplateReports(test.db, officeId)).toEqual([]);
	});
});
