// Calendar feeds and downloads (.ics): all events, one programme's, or one event's meetings, with
// titles and places in the reader's language and script (the address's /lat or /en prefix decides).
import { error } from '@sveltejs/kit';
import { getRuntime } from '../../server/runtime.ts';
import { publicBaseUrl } from '../../server/links.ts';
import { createI18n } from '../../i18n/index.ts';
import { localizePath } from '../../i18n/locale.ts';
import { htmlToText } from '../../server/html.ts';
import { buildCalendar, type CalendarEntry } from '../../server/ical.ts';
import { getProgrammeBySlug, getPublicEventBySlug, listSessionsForFeed } from './queries.server.ts';

type FeedRow = Awaited<ReturnType<typeof listSessionsForFeed>>[number];

/** The calendar entries for feed rows, in a locale. */
export function calendarEntriesOf(
	rows: FeedRow[],
	options: { locale: App.Locals['locale']; keepLatin: readonly string[]; origin: string }
): CalendarEntry[] {
	const i18n = createI18n(options.locale, options.keepLatin);
	const localized = (serbian: string, english: string) =>
		options.locale === 'en' && english ? english : i18n.text(serbian);
	return rows.map((row) => {
		const title = localized(row.title, row.titleEn);
		const topic = i18n.text(row.sessionTitle);
		const url = options.origin + localizePath(`/events/${row.slug}`, options.locale);
		return {
			uid: row.id,
			title: row.status === 'cancelled' ? i18n.t('events.feeds.cancelledPrefix', { title }) : title,
			description: [topic, htmlToText(localized(row.summary, row.summaryEn)), url].filter(Boolean).join('\n\n'),
			location:
				[row.placeName, row.room, row.address]
					.map((part) => i18n.text(part))
					.filter(Boolean)
					.join(', ') || row.onlineUrl,
			url,
			startsAt: row.startsAt,
			endsAt: row.endsAt,
			cancelled: row.status === 'cancelled',
			updatedAt: row.updatedAt
		};
	});
}

/** A text/calendar response: every event, one programme's (by address) or one event's (by address). */
export async function calendarResponse(
	locals: App.Locals,
	scope: { programme?: string; event?: string } = {}
): Promise<Response> {
	const office = locals.office;
	if (!office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const i18n = createI18n(locals.locale, office.keepLatin);
	const officeName = i18n.text(office.name);
	let name = i18n.t('events.feeds.calendarName', { office: officeName });
	let filter: { programmeId?: string; eventId?: string } = {};
	let fileName = 'dogadjaji.ics';
	if (scope.programme) {
		const programme = await getProgrammeBySlug(db, office.id, scope.programme);
		if (!programme) error(404, 'error.404.text');
		const programmeName = locals.locale === 'en' && programme.nameEn ? programme.nameEn : i18n.text(programme.name);
		name = i18n.t('events.feeds.programmeCalendarName', { office: officeName, programme: programmeName });
		filter = { programmeId: programme.id };
		fileName = `${programme.slug}.ics`;
	}
	if (scope.event) {
		const event = await getPublicEventBySlug(db, office.id, scope.event);
		if (!event) error(404, 'error.404.text');
		filter = { eventId: event.id };
		fileName = `${event.slug}.ics`;
	}
	const origin = publicBaseUrl(office);
	const rows = await listSessionsForFeed(db, office.id, filter);
	const body = buildCalendar(calendarEntriesOf(rows, { locale: locals.locale, keepLatin: office.keepLatin, origin }), {
		name,
		host: new URL(origin).host
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			// A single event is a download; feeds open in the calendar app that subscribes to them.
			'content-disposition': `${scope.event ? 'attachment' : 'inline'}; filename="${fileName}"`,
			'cache-control': 'public, max-age=300'
		}
	});
}
