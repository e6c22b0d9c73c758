// Test factories for events, used by this module's tests and by registrations and attendance.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../server/db/client.ts';
import { events, eventSessions, programmes } from './schema.ts';
import type { EventRecord } from './queries.server.ts';
import { getEventById } from './queries.server.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A programme in an office. */
export async function createTestProgramme(
	db: Database,
	officeId: string,
	overrides: Partial<typeof programmes.$inferInsert> = {}
): Promise<typeof programmes.$inferSelect> {
	const suffix = randomBytes(3).toString('hex');
	const [row] = await db
		.insert(programmes)
		.values({
			officeId,
			slug: `program-${suffix}`,
			name: `Програм ${suffix}`,
			nameEn: `Programme ${suffix}`,
			...overrides
		})
		.returning();
	return row;
}

/**
 * A published event a week from now (one two-hour session unless `sessions` says otherwise),
 * open for registration, with the given overrides.
 */
export async function createTestEvent(
	db: Database,
	officeId: string,
	overrides: Partial<typeof events.$inferInsert> & {
		sessions?: { startsAt: Date; endsAt: Date; title?: string }[];
	} = {}
): Promise<EventRecord> {
	const { sessions: sessionOverrides, ...eventOverrides } = overrides;
	const start = new Date(Date.now() + 7 * DAY);
	const sessions = sessionOverrides ?? [{ startsAt: start, endsAt: new Date(start.getTime() + 2 * HOUR) }];
	const suffix = randomBytes(3).toString('hex');
	const [row] = await db
		.insert(events)
		.values({
			officeId,
			slug: `dogadjaj-${suffix}`,
			title: `Радионица ${suffix}`,
			titleEn: `Workshop ${suffix}`,
			status: 'published',
			registrationMode: 'open',
			capacity: 20,
			startsAt: sessions[0].startsAt,
			endsAt: sessions[sessions.length - 1].endsAt,
			...eventOverrides
		})
		.returning();
	await db.insert(eventSessions).values(
		sessions.map((session) => ({
			officeId,
			eventId: row.id,
			startsAt: session.startsAt,
			endsAt: session.endsAt,
			title: session.title ?? ''
		}))
	);
	return (await getEventById(db, officeId, row.id))!;
}
