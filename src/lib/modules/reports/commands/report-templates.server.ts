// Keeping report templates and making reports from them: adding the default template, saving a
// template's name and sections, moving a section, archiving, restoring and deleting a template, starting a
// year's report, saving its narratives, submitting it and publishing it (freezing and publishing through
// the report kernel, like the annual report).
import { and, count, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageReportTemplates, canWriteTemplateReports } from '../permissions.server.ts';
import { reportTemplates, templateReports } from '../schema.ts';
import {
	defaultTemplateDefinition,
	findReportTemplate,
	findTemplateReport,
	readTemplateReport
} from '../templates.server.ts';
import { NARRATIVE_MAX } from '../annual.ts';
import { freezeReport, setReportPublished } from '../report-kernel.server.ts';
import {
	isTemplateIndicator,
	moveSection,
	sectionProblem,
	type SectionMove,
	TEMPLATE_SECTIONS_MAX,
	type TemplateReportSnapshot,
	type TemplateSection
} from '../templates.ts';

/** Adds the default template to an office that has none (the demo seed and a fresh office's button). Returns its id. */
export async function insertDefaultTemplate(db: Database, officeId: string): Promise<string | null> {
	const [existing] = await db
		.select({ id: reportTemplates.id })
		.from(reportTemplates)
		.where(and(eq(reportTemplates.officeId, officeId), eq(reportTemplates.isDefault, true)))
		.limit(1);
	if (existing) return null;
	const [row] = await db
		.insert(reportTemplates)
		.values({ officeId, ...defaultTemplateDefinition(), isDefault: true })
		.returning({ id: reportTemplates.id });
	return row.id;
}

/** Adds the default template built on the four work-standard areas; refused when the office has it. */
export async function addDefaultReportTemplate(ctx: Context): Promise<string> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	return ctx.db.transaction(async (tx) => {
		const id = await insertDefaultTemplate(tx, ctx.officeId);
		if (!id) throw new AppError('conflict', 'reports.templates.defaultExists');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.template_created',
			entityType: 'report_template',
			entityId: id,
			details: { default: true }
		});
		return id;
	});
}

/** Creates a template under a name, starting from the default's sections (staff then adapt them). Returns its id. */
export async function createReportTemplate(ctx: Context, options: { name: string; nameEn: string }): Promise<string> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(reportTemplates)
			.values({
				officeId: ctx.officeId,
				name: options.name,
				nameEn: options.nameEn,
				sections: defaultTemplateDefinition().sections,
				updatedBy: actor.userId
			})
			.returning({ id: reportTemplates.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.template_created',
			entityType: 'report_template',
			entityId: row.id,
			details: { name: options.name }
		});
		return row.id;
	});
}

/** Checks a template's sections: at least one, unique keys, known indicators, each fitting its kind. */
export function checkSections(sections: readonly TemplateSection[]): void {
	if (sections.length === 0) throw new AppError('invalid', 'reports.templates.problem.noSections');
	if (sections.length > TEMPLATE_SECTIONS_MAX) throw new AppError('invalid', 'validation.invalid');
	const keys = new Set(sections.map((section) => section.key));
	if (keys.size !== sections.length) throw new AppError('invalid', 'validation.invalid');
	for (const section of sections) {
		if (!section.indicators.every(isTemplateIndicator)) throw new AppError('invalid', 'validation.invalid');
		const problem = sectionProblem(section);
		if (problem) throw new AppError('invalid', problem);
	}
}

/** Saves a template's name and ordered sections; reports not yet submitted follow it. */
export async function saveReportTemplate(
	ctx: Context,
	options: { id: string; name: string; nameEn: string; sections: TemplateSection[]; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	checkSections(options.sections);
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const template = await findReportTemplate(tx, ctx.officeId, options.id);
		if (!template) throw new AppError('not_found', 'error.404.text');
		await tx
			.update(reportTemplates)
			.set({
				name: options.name,
				nameEn: options.nameEn,
				sections: options.sections,
				updatedAt: options.now ?? new Date(),
				updatedBy: actor.userId
			})
			.where(eq(reportTemplates.id, template.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.template_saved',
			entityType: 'report_template',
			entityId: template.id,
			details: { name: options.name, sections: options.sections.length }
		});
	});
}

function checkYear(year: number, now: Date) {
	if (!Number.isInteger(year) || year < 2000 || year > now.getUTCFullYear() + 1)
		throw new AppError('invalid', 'reports.period.problem.year', { year: 'reports.period.problem.year' });
}

/** Starts the year's report from a template, or returns the one already started. Returns its id. */
export async function startTemplateReport(
	ctx: Context,
	options: { templateId: string; year: number; now?: Date }
): Promise<string> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	checkYear(options.year, options.now ?? new Date());
	return ctx.db.transaction(async (tx) => {
		const template = await findReportTemplate(tx, ctx.officeId, options.templateId);
		if (!template) throw new AppError('not_found', 'error.404.text');
		if (template.archivedAt) throw new AppError('conflict', 'reports.templates.archivedNoReports');
		const [existing] = await tx
			.select({ id: templateReports.id })
			.from(templateReports)
			.where(and(eq(templateReports.templateId, template.id), eq(templateReports.year, options.year)));
		if (existing) return existing.id;
		const [row] = await tx
			.insert(templateReports)
			.values({ officeId: ctx.officeId, templateId: template.id, year: options.year })
			.returning({ id: templateReports.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.template_report_started',
			entityType: 'template_report',
			entityId: row.id,
			details: { year: options.year, template: template.name }
		});
		return row.id;
	});
}

/** Saves the narrative of every section of a draft; refused once submitted. */
export async function saveTemplateReport(
	ctx: Context,
	options: { id: string; narratives: Record<string, string>; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const report = await findTemplateReport(tx, ctx.officeId, options.id);
		if (!report) throw new AppError('not_found', 'error.404.text');
		if (report.status === 'submitted') throw new AppError('conflict', 'reports.annual.alreadySubmitted');
		const template = await findReportTemplate(tx, ctx.officeId, report.templateId);
		// Text of sections the template no longer has is kept: putting a section back brings it back.
		const narratives = { ...report.narratives };
		for (const section of template?.sections ?? []) {
			const text = (options.narratives[section.key] ?? '').replace(/\r\n/g, '\n').trim();
			if (text.length > NARRATIVE_MAX) throw new AppError('invalid', 'validation.invalid');
			narratives[section.key] = text;
		}
		await tx
			.update(templateReports)
			.set({ narratives, updatedAt: options.now ?? new Date() })
			.where(eq(templateReports.id, report.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.template_report_saved',
			entityType: 'template_report',
			entityId: report.id,
			details: { year: report.year, sections: Object.keys(narratives).filter((key) => narratives[key] !== '') }
		});
	});
}

/** Submits a report: freezes its sections as filled today and its narratives. Refused when already submitted. */
export async function submitTemplateReport(ctx: Context, options: { id: string; now?: Date }): Promise<void> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	const now = options.now ?? new Date();
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const report = await findTemplateReport(tx, ctx.officeId, options.id);
		if (!report) throw new AppError('not_found', 'error.404.text');
		if (report.status === 'submitted') throw new AppError('conflict', 'reports.annual.alreadySubmitted');
		const view = await readTemplateReport(tx, ctx.officeId, report.id);
		const snapshot: TemplateReportSnapshot = {
			year: report.year,
			name: view.name,
			nameEn: view.nameEn,
			sections: view.sections,
			narratives: Object.fromEntries(view.sections.map((section) => [section.key, view.narratives[section.key] ?? ''])),
			submittedAt: now.toISOString()
		};
		await freezeReport(tx, {
			table: templateReports,
			id: report.id,
			snapshot,
			now,
			audit: {
				officeId: ctx.officeId,
				actor,
				action: 'reports.template_report_submitted',
				entityType: 'template_report',
				details: { year: report.year, template: view.name }
			}
		});
	});
}

/** Publishes a submitted report's frozen copy on the portal (beside the annual reports), or takes it down. */
export async function setTemplateReportPublished(
	ctx: Context,
	options: { id: string; published: boolean; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	const now = options.now ?? new Date();
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const report = await findTemplateReport(tx, ctx.officeId, options.id);
		if (!report) throw new AppError('not_found', 'error.404.text');
		await setReportPublished(tx, {
			table: templateReports,
			report,
			published: options.published,
			now,
			audit: {
				officeId: ctx.officeId,
				actor,
				action: options.published ? 'reports.template_report_published' : 'reports.template_report_unpublished',
				entityType: 'template_report',
				details: { year: report.year }
			}
		});
	});
}

/** Moves a saved section one place up or down in its template; a move past either end changes nothing. */
export async function moveTemplateSection(
	ctx: Context,
	options: { id: string; key: string; direction: SectionMove; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const template = await findReportTemplate(tx, ctx.officeId, options.id);
		if (!template) throw new AppError('not_found', 'error.404.text');
		if (!template.sections.some((section) => section.key === options.key))
			throw new AppError('not_found', 'error.404.text');
		const sections = moveSection(template.sections, options.key, options.direction);
		if (!sections) return;
		await tx
			.update(reportTemplates)
			.set({ sections, updatedAt: options.now ?? new Date(), updatedBy: actor.userId })
			.where(eq(reportTemplates.id, template.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'reports.template_section_moved',
			entityType: 'report_template',
			entityId: template.id,
			details: { name: template.name, section: options.key, direction: options.direction }
		});
	});
}

/** Archives a template (no new reports from it; its reports still read) or restores it. */
export async function setReportTemplateArchived(
	ctx: Context,
	options: { id: string; archived: boolean; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const template = await findReportTemplate(tx, ctx.officeId, options.id);
		if (!template) throw new AppError('not_found', 'error.404.text');
		if (!!template.archivedAt === options.archived) return;
		await tx
			.update(reportTemplates)
			.set({ archivedAt: options.archived ? now : null, updatedAt: now })
			.where(eq(reportTemplates.id, template.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: options.archived ? 'reports.template_archived' : 'reports.template_restored',
			entityType: 'report_template',
			entityId: template.id,
			details: { name: template.name }
		});
	});
}

/** Deletes a template no report was made from; refused otherwise, so staff archive it instead. */
export async function deleteReportTemplate(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canManageReportTemplates(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const template = await findReportTemplate(tx, ctx.officeId, options.id);
		if (!template) throw new AppError('not_found', 'error.404.text');
		const [used] = await tx
			.select({ reports: count() })
			.from(templateReports)
			.where(eq(templateReports.templateId, template.id));
		if (used.reports > 0) throw new AppError('conflict', 'reports.templates.inUse');
		await tx.delete(reportTemplates).where(eq(reportTemplates.id, template.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.template_deleted',
			entityType: 'report_template',
			entityId: template.id,
			details: { name: template.name }
		});
	});
}
