import { eq } from 'drizzle-orm';
import { events } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { countPlaces, hasRegistrations } from '../../registrations/place-counts.server.ts';
import { notifyRegistrantsOfEventChange } from '../../registrations/commands/notify-registrants.server.ts';
import { fillFreePlaces } from '../../registrations/commands/fill-free-places.server.ts';
import { lockEvent } from '../queries.server.ts';
import type { EventInput } from '../inputs.ts';
import { canManageEvents } from '../permissions.server.ts';
import { storedEventFields, syncSessions } from './shared.server.ts';

export interface UpdateEventResult {
	slug: string;
	/** Session times of a public event changed: everyone registered was told. */
	rescheduled: boolean;
	notified: number;
	/** People moved up from the waitlist because places were added. */
	promoted: number;
}

/**
 * Saves changes to an event and its sessions; its address stays the same. Moving a public event's
 * meetings tells everyone registered (a reschedule); raising the capacity fills the new places from
 * the waitlist. Places already held cannot be taken away by lowering the capacity below them.
 */
export async function updateEvent(ctx: Context, options: EventInput & { id: string }): Promise<UpdateEventResult> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	const { id, ...input } = options;
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const current = await lockEvent(tx, ctx.officeId, id);
		if (!current) throw new AppError('not_found', 'error.404.text');
		const isOpenStatus = current.status === 'draft' || current.status === 'published';
		const status = isOpenStatus ? input.status : current.status;
		if (current.status === 'published' && status === 'draft' && (await hasRegistrations(tx, id))) {
			throw new AppError('invalid', 'common.formHasErrors', { status: 'events.status.cannotUnpublish' });
		}
		if (input.capacity !== null && input.capacity !== current.capacity) {
			const { held } = await countPlaces(tx, id);
			if (input.capacity < held) {
				throw new AppError('invalid', 'common.formHasErrors', {
					capacity: `events.capacity.belowHeld|${JSON.stringify({ held })}`
				});
			}
		}
		const fields = await storedEventFields(tx, ctx.officeId, input);
		await tx
			.update(events)
			.set({ ...fields, status, updatedAt: new Date() })
			.where(eq(events.id, id));
		const { timesChanged } = await syncSessions(tx, ctx.officeId, id, input.sessions);
		const rescheduled = timesChanged && current.status === 'published';
		const notified = rescheduled
			? await notifyRegistrantsOfEventChange(tx, { officeId: ctx.officeId, eventId: id, change: 'rescheduled' })
			: 0;
		const raised = current.capacity !== null && (input.capacity === null || input.capacity > current.capacity);
		const promoted =
			raised && status === 'published' ? await fillFreePlaces(tx, { officeId: ctx.officeId, eventId: id }) : 0;
		const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
			(key) => JSON.stringify(fields[key]) !== JSON.stringify(current[key])
		);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: rescheduled ? 'events.rescheduled' : 'events.updated',
			entityType: 'event',
			entityId: id,
			details: { changed, status, sessions: input.sessions.length, notified, promoted }
		});
		return { slug: current.slug, rescheduled, notified, promoted };
	});
}
