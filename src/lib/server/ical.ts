// iCalendar output for events: subscribable feeds and the invitation attached to a confirmation.
// ical-generator writes the format (escaping, line folding, UTC times); we only decide what goes in.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One meeting as it goes into a calendar; texts already in the reader's language and script. */
export interface CalendarEntry {
	/** Stable across updates so calendar apps replace rather than duplicate: the session's id. */
	uid: string;
	title: string;
	description: string;
	location: string;
	url: string;
	startsAt: Date;
	endsAt: Date;
	cancelled: boolean;
	updatedAt: Date;
}

export interface CalendarOptions {
	/** The calendar's name as shown in calendar apps (e.g. the office's name). */
	name: string;
	/** Host used to make uids globally unique (e.g. mladi.ivanjica.rs). */
	host: string;
	/** PUBLISH for feeds and downloads; REQUEST for an invitation by e-mail; CANCEL to withdraw one. */
	method?: 'publish' | 'request' | 'cancel';
	/** The revision of the invitation (SEQUENCE): a cancellation must be newer than the invitation it withdraws. */
	sequence?: number;
	/** Who sends the invitation (required by calendar apps for REQUEST). */
	organizer?: { name: string; email: string };
}

/** An iCalendar document (text/calendar) with one VEVENT per entry. */
export function buildCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
	const calendar = ical({
		name: options.name,
		prodId: { company: 'KZM', product: 'kzm-platform', language: 'SR' },
		method:
			options.method === 'request'
				? ICalCalendarMethod.REQUEST
				: options.method === 'cancel'
					? ICalCalendarMethod.CANCEL
					: ICalCalendarMethod.PUBLISH,
		// Refresh hint for subscribed feeds.
		ttl: 60 * 60
	});
	for (const entry of entries) {
		calendar.createEvent({
			id: `${entry.uid}@${options.host}`,
			summary: entry.title,
			description: entry.description,
			location: entry.location || null,
			url: entry.url,
			start: entry.startsAt,
			end: entry.endsAt,
			stamp: entry.updatedAt,
			lastModified: entry.updatedAt,
			status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
			organizer: options.organizer ?? null,
			...(options.sequence !== undefined ? { sequence: options.sequence } : {})
		});
	}
	return calendar.toString();
}
