import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import type { YearFigure, YearPeriods } from '../../server/manifest.ts';
import { canManageEvents } from './permissions.server.ts';
import { eventSessions, events } from './schema.ts';

/** Sessions of published or finished events held this year so far, against the same stretch of last year. */
export async function eventsYearFigures(
	db: Database,
	officeId: string,
	actor: Actor,
	period: YearPeriods
): Promise<YearFigure[]> {
	if (!canManageEvents(actor)) return [];
	const count = async (range: { from: Date; to: Date }) => {
		const [row] = await db
			.select({ count: sql<number>`count(*)::int` })
			.from(eventSessions)
			.innerJoin(events, eq(events.id, eventSessions.eventId))
			.where(
				and(
					eq(events.officeId, officeId),
					inArray(events.status, ['published', 'finished']),
					gte(eventSessions.startsAt, range.from),
					lt(eventSessions.startsAt, range.to)
				)
			);
		return row?.count ?? 0;
	};
	return [
		{
			labelKey: 'events.dashboard.sessionsHeld',
			current: await count(period.current),
			previous: await count(period.previous),
			href: '/admin/events'
		}
	];
}
