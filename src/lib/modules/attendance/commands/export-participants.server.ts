import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { createI18n, type MessageKey } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { registrations } from '../../registrations/schema.ts';
import { sessionAttendance } from '../schema.ts';
import { canRecordAttendance } from '../permissions.server.ts';
import { requireEvent } from '../queries.server.ts';

export type ExportFormat = 'csv' | 'xlsx';

/** A cell that a spreadsheet would run as a formula is kept as text. */
export function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string): string {
	return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The participant list of an event (everyone who registered, with status, source and attendance
 * per session) as CSV or XLSX for staff. Every export is written to the audit log.
 */
export async function exportParticipants(
	ctx: Context,
	options: { eventId: string; format: ExportFormat; locale: Locale }
): Promise<{ body: Uint8Array; contentType: string; filename: string; rows: number }> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const actor = ctx.actor;
	const event = await requireEvent(ctx, options.eventId);
	const i18n = createI18n(options.locale);
	const [people, attendance] = await Promise.all([
		ctx.db
			.select()
			.from(registrations)
			.where(eq(registrations.eventId, event.id))
			.orderBy(asc(registrations.name), asc(registrations.sequence)),
		ctx.db
			.select({ registrationId: sessionAttendance.registrationId, sessionId: sessionAttendance.sessionId })
			.from(sessionAttendance)
			.innerJoin(registrations, eq(registrations.id, sessionAttendance.registrationId))
			.where(eq(registrations.eventId, event.id))
	]);
	const present = new Set(attendance.map((row) => `${row.registrationId}:${row.sessionId}`));
	const header = [
		...(
			[
				'attendance.export.name',
				'attendance.export.email',
				'attendance.export.phone',
				'attendance.export.birthYear',
				'attendance.export.gender',
				'attendance.export.place',
				'attendance.export.status',
				'attendance.export.source',
				'attendance.export.registeredAt'
			] as MessageKey[]
		).map((key) => i18n.t(key)),
		...event.sessions.map((session) => i18n.formatDate(session.startsAt, { dateStyle: 'short', timeStyle: 'short' })),
		i18n.t('attendance.export.sessionsAttended')
	];
	const rows = people.map((person) => {
		const attended = event.sessions.filter((session) => present.has(`${person.id}:${session.id}`));
		return [
			person.name,
			person.email,
			person.phone,
			person.birthYear === null ? '' : String(person.birthYear),
			person.gender ? i18n.t(`attendance.gender.${person.gender}` as MessageKey) : '',
			person.place,
			i18n.t(`attendance.status.${person.status}` as MessageKey),
			i18n.t(`attendance.source.${person.source}` as MessageKey),
			i18n.formatDate(person.createdAt, { dateStyle: 'short', timeStyle: 'short' }),
			...event.sessions.map((session) => (present.has(`${person.id}:${session.id}`) ? '✓' : '')),
			String(attended.length)
		].map(safeCell);
	});
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor,
		action: 'attendance.participants_exported',
		entityType: 'event',
		entityId: event.id,
		details: { format: options.format, rows: rows.length }
	});
	const filename = `${event.slug}-participants.${options.format}`;
	if (options.format === 'csv') {
		const text = '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
		return {
			body: new TextEncoder().encode(text),
			contentType: 'text/csv; charset=utf-8',
			filename,
			rows: rows.length
		};
	}
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KZM';
	const sheet = workbook.addWorksheet(i18n.t('attendance.export.sheet'));
	sheet.addRow(header).font = { bold: true };
	for (const row of rows) sheet.addRow(row);
	sheet.columns.forEach((column) => (column.width = 18));
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	const buffer = await workbook.xlsx.writeBuffer();
	return {
		body: new Uint8Array(buffer as ArrayBuffer),
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		filename,
		rows: rows.length
	};
}
