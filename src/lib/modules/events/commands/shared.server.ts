import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { htmlToText, paragraphsToHtml, sanitizeRichText } from '../../../server/html.ts';
import { getMediaForDisplay } from '../../media/queries.server.ts';
import { events, eventSessions, programmes } from '../schema.ts';
import type { EventInput, SessionInput } from '../inputs.ts';
import { isUniqueViolation } from '../../../server/errors.ts';
import { freeSlugIn } from '../../../server/slugs.ts';

/** Addresses under /events that are pages of their own, so no event may take them. */
export const RESERVED_EVENT_SLUGS = new Set(['archive', 'calendar', 'calendar-ics', 'programmes', 'new']);

/** Editor HTML is cleaned against the allow-list; plain text typed without the editor becomes paragraphs. */
export function cleanBody(body: string): string {
	if (!body.trim()) return '';
	return /<\/?[a-z][^>]*>/i.test(body) ? sanitizeRichText(body) : paragraphsToHtml(body);
}

/** The event columns for what was typed (sessions and status are the commands' business). */
export async function storedEventFields(db: Database, officeId: string, input: EventInput) {
	const { sessions, status: _status, coverMediaId, programmeId, ...fields } = input;
	const body = cleanBody(fields.body);
	const bodyEn = cleanBody(fields.bodyEn);
	// Only this office's programmes and images may be linked, whatever the form sent.
	const [programme] = programmeId
		? await db
				.select({ id: programmes.id })
				.from(programmes)
				.where(and(eq(programmes.officeId, officeId), eq(programmes.id, programmeId)))
		: [];
	const cover = coverMediaId ? (await getMediaForDisplay(db, officeId, [coverMediaId])).get(coverMediaId) : null;
	return {
		...fields,
		programmeId: programme?.id ?? null,
		coverMediaId: cover?.id ?? null,
		body,
		bodyEn,
		searchText: [htmlToText(body), htmlToText(bodyEn), fields.address, fields.partners, ...sessions.map((s) => s.title)]
			.filter(Boolean)
			.join('\n\n'),
		startsAt: sessions[0].startsAt,
		endsAt: sessions.reduce(
			(latest, session) => (session.endsAt > latest ? session.endsAt : latest),
			sessions[0].endsAt
		)
	};
}

/** A free address for an event title in this office: the title in Latin, numbered if taken. */
export function freeEventSlug(db: Database, officeId: string, title: string): Promise<string> {
	return freeSlugIn(db, events, officeId, title, 'dogadjaj', RESERVED_EVENT_SLUGS);
}

/** A free address for a programme name in this office. */
export function freeProgrammeSlug(db: Database, officeId: string, name: string): Promise<string> {
	return freeSlugIn(db, programmes, officeId, name, 'program', new Set());
}

/** Retries a write a few times when it lost a race for a slug. */
export async function withFreshSlug<T>(write: () => Promise<T>): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await write();
		} catch (caught) {
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}

/**
 * Makes an event's sessions match the typed rows: rows with a known id are updated (keeping their
 * attendance), new rows inserted, missing ones removed. Returns whether any meeting's time changed.
 */
export async function syncSessions(
	tx: Database,
	officeId: string,
	eventId: string,
	sessions: SessionInput[]
): Promise<{ timesChanged: boolean }> {
	const current = await tx.select().from(eventSessions).where(eq(eventSessions.eventId, eventId));
	const byId = new Map(current.map((session) => [session.id, session]));
	const kept = new Set<string>();
	for (const session of sessions) {
		const existing = session.id ? byId.get(session.id) : undefined;
		if (existing && !kept.has(existing.id)) {
			kept.add(existing.id);
			const moved =
				existing.startsAt.getTime() !== session.startsAt.getTime() ||
				existing.endsAt.getTime() !== session.endsAt.getTime();
			await tx
				.update(eventSessions)
				.set({
					startsAt: session.startsAt,
					endsAt: session.endsAt,
					title: session.title,
					// A moved meeting gets its reminder again, for the new time.
					...(moved ? { reminderQueuedAt: null } : {})
				})
				.where(eq(eventSessions.id, existing.id));
		} else {
			await tx.insert(eventSessions).values({
				officeId,
				eventId,
				startsAt: session.startsAt,
				endsAt: session.endsAt,
				title: session.title
			});
		}
	}
	const removed = current.filter((session) => !kept.has(session.id)).map((session) => session.id);
	if (removed.length > 0) await tx.delete(eventSessions).where(inArray(eventSessions.id, removed));
	const times = (list: { startsAt: Date; endsAt: Date }[]) =>
		list
			.map((session) => `${session.startsAt.getTime()}-${session.endsAt.getTime()}`)
			.sort()
			.join(',');
	return { timesChanged: times(current) !== times(sessions) };
}
