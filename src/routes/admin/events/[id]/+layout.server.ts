import type { LayoutServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { getEventForAdmin } from '#lib/modules/events/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** The event every tab works on (details, registrations, check-in, results); unknown ids are 404. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const event = await getEventForAdmin(await contextFor(locals), params.id);
		return {
			event: {
				id: event.id,
				slug: event.slug,
				title: event.title,
				titleEn: event.titleEn,
				type: event.type,
				status: event.status,
				path: event.path,
				startsAt: event.startsAt,
				endsAt: event.endsAt,
				capacity: event.capacity,
				registrationMode: event.registrationMode,
				questions: event.questions,
				sessions: event.sessions.map((session) => ({
					id: session.id,
					startsAt: session.startsAt,
					endsAt: session.endsAt,
					title: session.title
				})),
				counts: event.counts,
				state: event.state,
				placesLeft: event.placesLeft,
				hasRegistrations: event.hasRegistrations,
				cancelledAt: event.cancelledAt,
				cancellationReason: event.cancellationReason
			}
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
