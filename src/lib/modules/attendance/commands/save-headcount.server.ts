import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { sessionHeadcounts, type HeadcountCounts } from '../schema.ts';
import { canRecordAttendance } from '../permissions.server.ts';
import { headcountTotal } from '../statistics.ts';
import { requireSession } from './shared.server.ts';

/** Saves the anonymous headcount of a session (replacing the previous one); never linked to anyone. */
export async function saveHeadcount(
	ctx: Context,
	options: { eventId: string; sessionId: string; counts: HeadcountCounts }
): Promise<{ total: number }> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		await requireSession(tx, { officeId: ctx.officeId, eventId: options.eventId, sessionId: options.sessionId });
		const now = new Date();
		await tx
			.insert(sessionHeadcounts)
			.values({ officeId: ctx.officeId, sessionId: options.sessionId, counts: options.counts, updatedBy: actor.userId })
			.onConflictDoUpdate({
				target: sessionHeadcounts.sessionId,
				set: { counts: options.counts, updatedBy: actor.userId, updatedAt: now }
			});
		const total = headcountTotal(options.counts);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'attendance.headcount_saved',
			entityType: 'event_session',
			entityId: options.sessionId,
			details: { eventId: options.eventId, total }
		});
		return { total };
	});
}
