import { events, eventSessions } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { getEventById } from '../queries.server.ts';
import { canManageEvents } from '../permissions.server.ts';
import { freeEventSlug, withFreshSlug } from './shared.server.ts';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * A new draft with the same details, questions and pattern of sessions. The sessions move forward by
 * whole weeks (same weekdays and times) until the first is at least a week away; staff then set the
 * real dates before publishing. The registration window is left empty.
 */
export async function copyEvent(
	ctx: Context,
	options: { id: string; now?: Date }
): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	const now = options.now ?? new Date();
	return withFreshSlug(() =>
		ctx.db.transaction(async (tx) => {
			const source = await getEventById(tx, ctx.officeId, options.id);
			if (!source) throw new AppError('not_found', 'error.404.text');
			const weeks = Math.max(0, Math.ceil((now.getTime() + WEEK - source.startsAt.getTime()) / WEEK));
			const shift = weeks * WEEK;
			const slug = await freeEventSlug(tx, ctx.officeId, source.title);
			const {
				id: _id,
				slug: _slug,
				sessions,
				programme: _programme,
				createdAt: _createdAt,
				updatedAt: _updatedAt,
				searchKey: _searchKey,
				searchVector: _searchVector,
				cancelledAt: _cancelledAt,
				cancellationReason: _reason,
				isDemo: _isDemo,
				...details
			} = source;
			const [created] = await tx
				.insert(events)
				.values({
					...details,
					slug,
					status: 'draft',
					startsAt: new Date(source.startsAt.getTime() + shift),
					endsAt: new Date(source.endsAt.getTime() + shift),
					registrationOpensAt: null,
					registrationClosesAt: null
				})
				.returning({ id: events.id, slug: events.slug });
			const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
			await tx.insert(eventSessions).values(
				ordered.map((session) => ({
					officeId: ctx.officeId,
					eventId: created.id,
					title: session.title,
					titleEn: session.titleEn,
					startsAt: new Date(session.startsAt.getTime() + shift),
					endsAt: new Date(session.endsAt.getTime() + shift)
				}))
			);
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'events.copied',
				entityType: 'event',
				entityId: created.id,
				details: { from: source.id, title: source.title }
			});
			return created;
		})
	);
}
