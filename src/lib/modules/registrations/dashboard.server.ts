import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import type { AttentionItem, YearFigure, YearPeriods } from '../../server/manifest.ts';
import { canManageRegistrations } from './permissions.server.ts';
import { registrations } from './schema.ts';

/** Registrations waiting for staff to accept or decline; one event's list when they all belong to one. */
export async function registrationsAttention(db: Database, officeId: string, actor: Actor): Promise<AttentionItem[]> {
	if (!canManageRegistrations(actor)) return [];
	const rows = await db
		.select({ eventId: registrations.eventId, count: sql<number>`count(*)::int` })
		.from(registrations)
		.where(and(eq(registrations.officeId, officeId), eq(registrations.status, 'pending_approval')))
		.groupBy(registrations.eventId);
	const count = rows.reduce((sum, row) => sum + row.count, 0);
	if (count === 0) return [];
	const href = rows.length === 1 ? `/admin/events/${rows[0].eventId}/registrations` : '/admin/events';
	return [{ labelKey: 'registrations.dashboard.pendingApproval', count, href, tone: 'warning' }];
}

/** Registrations received this year so far, against the same stretch of last year. */
export async function registrationsYearFigures(
	db: Database,
	officeId: string,
	actor: Actor,
	period: YearPeriods
): Promise<YearFigure[]> {
	if (!canManageRegistrations(actor)) return [];
	const count = async (range: { from: Date; to: Date }) => {
		const [row] = await db
			.select({ count: sql<number>`count(*)::int` })
			.from(registrations)
			.where(
				and(
					eq(registrations.officeId, officeId),
					gte(registrations.createdAt, range.from),
					lt(registrations.createdAt, range.to)
				)
			);
		return row?.count ?? 0;
	};
	return [
		{
			labelKey: 'registrations.dashboard.received',
			current: await count(period.current),
			previous: await count(period.previous)
		}
	];
}
