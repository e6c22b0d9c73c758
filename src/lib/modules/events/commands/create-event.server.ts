import { events, eventSessions } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { EventInput } from '../inputs.ts';
import { canManageEvents } from '../permissions.server.ts';
import { freeEventSlug, storedEventFields, withFreshSlug } from './shared.server.ts';

/** Saves a new event (a draft, or published at once) with its sessions, under an address made from its title. */
export async function createEvent(
	ctx: Context,
	options: EventInput & { isDemo?: boolean }
): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	const { isDemo = false, ...input } = options;
	return withFreshSlug(() =>
		ctx.db.transaction(async (tx) => {
			const fields = await storedEventFields(tx, ctx.officeId, input);
			const slug = await freeEventSlug(tx, ctx.officeId, input.title);
			const [created] = await tx
				.insert(events)
				.values({ ...fields, officeId: ctx.officeId, slug, status: input.status, isDemo })
				.returning({ id: events.id, slug: events.slug });
			await tx.insert(eventSessions).values(
				input.sessions.map((session) => ({
					officeId: ctx.officeId,
					eventId: created.id,
					startsAt: session.startsAt,
					endsAt: session.endsAt,
					title: session.title
				}))
			);
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'events.created',
				entityType: 'event',
				entityId: created.id,
				details: { title: input.title, status: input.status, sessions: input.sessions.length }
			});
			return created;
		})
	);
}
