// schema.org Event JSON-LD for an event page: status, attendance mode, place or online link, the
// audience's ages and, for events with sign-up, a free offer with the places left.
import type { RegistrationState } from './registration-state.ts';
import type { EventStatus } from './schema.ts';

export interface EventStructuredDataInput {
	title: string;
	description: string;
	url: string;
	locale: string;
	status: EventStatus;
	/** True when the meetings were moved after publication (EventRescheduled). */
	rescheduled?: boolean;
	startsAt: Date;
	endsAt: Date;
	sessions: { startsAt: Date; endsAt: Date }[];
	placeName: string;
	address: string;
	municipality: string;
	onlineUrl: string;
	officeName: string;
	officeUrl: string;
	minAge: number | null;
	maxAge: number | null;
	imageUrl: string | null;
	state: RegistrationState;
	placesLeft: number | null;
	capacity: number | null;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	partners: string;
}

/** The JSON-LD object for one event. */
export function eventStructuredData(input: EventStructuredDataInput): Record<string, unknown> {
	const physical = !!(input.placeName || input.address);
	const online = !!input.onlineUrl;
	const mode =
		physical && online
			? 'MixedEventAttendanceMode'
			: online
				? 'OnlineEventAttendanceMode'
				: 'OfflineEventAttendanceMode';
	const place = {
		'@type': 'Place',
		name: input.placeName || input.address || input.municipality,
		address: {
			'@type': 'PostalAddress',
			streetAddress: input.address || undefined,
			addressLocality: input.municipality || undefined,
			addressCountry: 'RS'
		}
	};
	const location =
		physical && online
			? [place, { '@type': 'VirtualLocation', url: input.onlineUrl }]
			: online
				? { '@type': 'VirtualLocation', url: input.onlineUrl }
				: place;
	const status =
		input.status === 'cancelled' ? 'EventCancelled' : input.rescheduled ? 'EventRescheduled' : 'EventScheduled';
	const hasSignUp = input.state !== 'none' && input.state !== 'draft';
	const availability =
		input.state === 'open' || input.state === 'notYetOpen'
			? input.state === 'open'
				? 'InStock'
				: 'PreOrder'
			: input.state === 'waitlist'
				? 'SoldOut'
				: 'Discontinued';
	const organizer = { '@type': 'GovernmentOrganization', name: input.officeName, url: input.officeUrl };
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: input.title,
		...(input.description ? { description: input.description } : {}),
		startDate: input.startsAt.toISOString(),
		endDate: input.endsAt.toISOString(),
		eventStatus: `https://schema.org/${status}`,
		eventAttendanceMode: `https://schema.org/${mode}`,
		location,
		organizer,
		...(input.imageUrl ? { image: [input.imageUrl] } : {}),
		...(input.partners ? { contributor: { '@type': 'Organization', name: input.partners } } : {}),
		...(input.minAge !== null || input.maxAge !== null
			? {
					audience: {
						'@type': 'PeopleAudience',
						...(input.minAge !== null ? { suggestedMinAge: input.minAge } : {}),
						...(input.maxAge !== null ? { suggestedMaxAge: input.maxAge } : {})
					}
				}
			: {}),
		...(input.capacity !== null ? { maximumAttendeeCapacity: input.capacity } : {}),
		...(input.placesLeft !== null && hasSignUp ? { remainingAttendeeCapacity: input.placesLeft } : {}),
		isAccessibleForFree: true,
		...(hasSignUp
			? {
					offers: {
						'@type': 'Offer',
						price: 0,
						priceCurrency: 'RSD',
						url: input.url,
						availability: `https://schema.org/${availability}`,
						...(input.registrationOpensAt ? { validFrom: input.registrationOpensAt.toISOString() } : {}),
						...(input.registrationClosesAt ? { validThrough: input.registrationClosesAt.toISOString() } : {})
					}
				}
			: {}),
		...(input.sessions.length > 1
			? {
					subEvent: input.sessions.map((session, index) => ({
						'@type': 'Event',
						name: `${input.title} (${index + 1}/${input.sessions.length})`,
						startDate: session.startsAt.toISOString(),
						endDate: session.endsAt.toISOString(),
						eventStatus: `https://schema.org/${status}`,
						eventAttendanceMode: `https://schema.org/${mode}`,
						location
					}))
				}
			: {}),
		url: input.url,
		inLanguage: input.locale
	};
}
