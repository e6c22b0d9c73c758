// Staff exports of a call (CSV and XLSX): its applications, the committee's scores and the decision. Every export
// is audited, since the files carry applicants' names and contacts.
import { asc, eq, inArray } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { users } from '../../server/db/core-schema.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { loadOffice, renderExport } from '../../export/render.server.ts';
import { cellText, sheetName, type ExportCell, type ExportColumn, type ExportTable } from '../../export/model.ts';
import { fileNameOf } from '../../export/render.server.ts';
import { callApplications, callConflictStatements, callDecisions, callScores } from './schema.ts';
import { canManageCalls } from './permissions.server.ts';
import { getCallForAdmin } from './queries.server.ts';

export const CALL_EXPORTS = ['applications', 'scores', 'decision'] as const;
export type CallExport = (typeof CALL_EXPORTS)[number];
export type CallExportFormat = 'csv' | 'xlsx';

const column = (i18n: I18n, key: MessageKey, kind: ExportColumn['kind'], width: number): ExportColumn => ({
	header: i18n.t(key),
	kind,
	width
});

async function tableOf(ctx: Context, i18n: I18n, callId: string, what: CallExport): Promise<ExportTable> {
	const call = await getCallForAdmin(ctx, callId);
	const applications = await ctx.db
		.select()
		.from(callApplications)
		.where(eq(callApplications.callId, call.id))
		.orderBy(asc(callApplications.reference));
	const submitted = applications.filter((row) => row.reference);
	const byId = new Map(submitted.map((row) => [row.id, row]));
	if (what === 'applications') {
		return {
			columns: [
				column(i18n, 'calls.review.columnReference', 'text', 14),
				column(i18n, 'calls.review.columnApplicant', 'text', 30),
				column(i18n, 'calls.export.applicantType', 'text', 24),
				column(i18n, 'calls.decision.columnProject', 'text', 36),
				column(i18n, 'calls.export.email', 'text', 28),
				column(i18n, 'calls.review.columnRequested', 'money', 14),
				column(i18n, 'calls.export.submittedAt', 'text', 18),
				column(i18n, 'calls.export.check', 'text', 20)
			],
			rows: submitted.map((row) => [
				row.reference,
				i18n.text(row.applicantName),
				i18n.t(`organisations.type.${row.applicantType}` as MessageKey),
				i18n.text(row.title),
				row.contactEmail,
				row.requested,
				row.submittedAt ? i18n.formatDate(row.submittedAt, { dateStyle: 'short', timeStyle: 'short' }) : null,
				row.administrativeCheck ? i18n.t(`calls.review.outcome.${row.administrativeCheck.outcome}`) : null
			])
		};
	}
	if (what === 'scores') {
		const ids = submitted.map((row) => row.id);
		const scores = ids.length
			? await ctx.db
					.select({ score: callScores, name: users.name })
					.from(callScores)
					.innerJoin(users, eq(users.id, callScores.memberUserId))
					.where(inArray(callScores.applicationId, ids))
			: [];
		const conflicts = ids.length
			? await ctx.db
					.select({ statement: callConflictStatements, name: users.name })
					.from(callConflictStatements)
					.innerJoin(users, eq(users.id, callConflictStatements.memberUserId))
					.where(inArray(callConflictStatements.applicationId, ids))
			: [];
		const rows: ExportCell[][] = [];
		for (const { score, name } of scores) {
			const points = call.criteria.map((criterion) => score.points[criterion.key] ?? 0);
			rows.push([
				byId.get(score.applicationId)?.reference ?? '',
				i18n.text(name),
				...points,
				points.reduce((sum, value) => sum + value, 0),
				''
			]);
		}
		for (const { statement, name } of conflicts.filter((row) => row.statement.hasConflict)) {
			rows.push([
				byId.get(statement.applicationId)?.reference ?? '',
				i18n.text(name),
				...call.criteria.map(() => null),
				null,
				i18n.t('calls.export.conflict')
			]);
		}
		rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
		return {
			columns: [
				column(i18n, 'calls.review.columnReference', 'text', 14),
				column(i18n, 'calls.export.member', 'text', 26),
				...call.criteria.map((criterion) => ({
					header: i18n.locale === 'en' && criterion.nameEn ? criterion.nameEn : i18n.text(criterion.name),
					kind: 'number' as const,
					width: 12
				})),
				column(i18n, 'calls.export.total', 'number', 10),
				column(i18n, 'calls.export.note', 'text', 20)
			],
			rows
		};
	}
	const [decision] = await ctx.db.select().from(callDecisions).where(eq(callDecisions.callId, call.id));
	return {
		columns: [
			column(i18n, 'calls.committee.columnPlace', 'number', 8),
			column(i18n, 'calls.review.columnReference', 'text', 14),
			column(i18n, 'calls.review.columnApplicant', 'text', 30),
			column(i18n, 'calls.committee.columnAverage', 'number', 10),
			column(i18n, 'calls.review.columnRequested', 'money', 14),
			column(i18n, 'calls.decision.columnAwarded', 'money', 14),
			column(i18n, 'calls.committee.columnOutcome', 'text', 24)
		],
		rows: (decision?.rows ?? []).map((row) => [
			row.place || null,
			byId.get(row.applicationId)?.reference ?? '',
			i18n.text(byId.get(row.applicationId)?.applicantName ?? ''),
			row.average,
			row.requested,
			row.awarded,
			i18n.t(`calls.committee.outcome.${row.outcome}` as MessageKey)
		])
	};
}

const csvField = (value: string) => (/[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A table as CSV: a byte-order mark so spreadsheets read UTF-8, numbers left unformatted. */
function toCsv(table: ExportTable, locale: Locale): string {
	const lines = [
		table.columns.map((item) => csvField(item.header)).join(','),
		...table.rows.map((row) =>
			row
				.map((cell, index) =>
					typeof cell === 'number' ? String(cell) : csvField(cellText(cell, table.columns[index].kind, locale))
				)
				.join(',')
		)
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One of a call's exports as CSV or XLSX in the reader's language and script; audited. */
export async function exportCall(
	ctx: Context,
	options: { callId: string; what: CallExport; format: CallExportFormat; locale: Locale }
): Promise<{ body: Uint8Array; contentType: string; fileName: string }> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const { office, keepLatin } = await loadOffice(ctx.db, ctx.officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const table = await tableOf(ctx, i18n, options.callId, options.what);
	const title = i18n.t(`calls.export.${options.what}`);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'calls.data.exported',
		entityType: 'funding_call',
		entityId: options.callId,
		details: { what: options.what, format: options.format, rows: table.rows.length }
	});
	if (options.format === 'csv') {
		return {
			body: new TextEncoder().encode(toCsv(table, options.locale)),
			contentType: 'text/csv; charset=utf-8',
			fileName: `${fileNameOf(title)}.csv`
		};
	}
	return renderExport(
		{
			locale: options.locale,
			title,
			office: { ...office, name: i18n.text(office.name) },
			blocks: [],
			sheets: [{ name: sheetName(title), table }],
			fileName: fileNameOf(title),
			pageLabel: ''
		},
		'xlsx'
	);
}
