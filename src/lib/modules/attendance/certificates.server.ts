import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { offices } from '../../server/db/core-schema.ts';
import { isLocale } from '../../i18n/locale.ts';
import { events, eventSessions } from '../events/schema.ts';
import { registrations } from '../registrations/schema.ts';
import { findRegistrationByToken } from '../registrations/access.server.ts';
import { sessionAttendance } from './schema.ts';
import { canRecordAttendance } from './permissions.server.ts';
import { requireEvent } from './queries.server.ts';
import { renderCertificates, type CertificateData, type CertificateOffice } from './certificate-pdf.server.ts';

async function officeForCertificates(db: Database, officeId: string): Promise<CertificateOffice> {
	const [office] = await db
		.select({
			name: offices.name,
			municipality: offices.municipality,
			keepLatin: offices.keepLatin,
			logo: offices.logo,
			logoMime: offices.logoMime
		})
		.from(offices)
		.where(eq(offices.id, officeId));
	return { ...office, logo: office.logo ? new Uint8Array(office.logo) : null };
}

/** Certificate data for confirmed registrations of one event that were at a session at least. */
async function certificateData(db: Database, eventId: string, registrationIds?: string[]): Promise<CertificateData[]> {
	const [event] = await db.select().from(events).where(eq(events.id, eventId));
	const sessions = await db
		.select({ id: eventSessions.id, startsAt: eventSessions.startsAt })
		.from(eventSessions)
		.where(eq(eventSessions.eventId, eventId))
		.orderBy(asc(eventSessions.startsAt));
	const rows = await db
		.select({
			id: registrations.id,
			name: registrations.name,
			gender: registrations.gender,
			locale: registrations.locale,
			sessionId: sessionAttendance.sessionId
		})
		.from(registrations)
		.innerJoin(sessionAttendance, eq(sessionAttendance.registrationId, registrations.id))
		.where(
			and(
				eq(registrations.eventId, eventId),
				eq(registrations.status, 'confirmed'),
				registrationIds ? inArray(registrations.id, registrationIds) : undefined
			)
		)
		.orderBy(asc(registrations.name));
	const people = new Map<string, CertificateData>();
	for (const row of rows) {
		const person =
			people.get(row.id) ??
			({
				locale: isLocale(row.locale) ? row.locale : 'sr-Cyrl',
				name: row.name,
				gender: row.gender,
				eventTitle: event.title,
				eventTitleEn: event.titleEn,
				startsAt: event.startsAt,
				endsAt: event.endsAt,
				attendedSessions: [],
				sessionCount: sessions.length
			} satisfies CertificateData);
		const session = sessions.find((item) => item.id === row.sessionId);
		if (session) person.attendedSessions.push(session.startsAt);
		people.set(row.id, person);
	}
	for (const person of people.values()) person.attendedSessions.sort((a, b) => a.getTime() - b.getTime());
	return [...people.values()];
}

/** The certificate a private link opens, or null when the person was not checked in (or the link opens nothing). */
export async function getCertificateForToken(
	db: Database,
	options: { officeId: string; token: string }
): Promise<{ pdf: Uint8Array; filename: string } | null> {
	const registration = await findRegistrationByToken(db, options.officeId, options.token);
	if (!registration || registration.status !== 'confirmed') return null;
	const [person] = await certificateData(db, registration.eventId, [registration.id]);
	if (!person) return null;
	const pdf = await renderCertificates(await officeForCertificates(db, options.officeId), [person]);
	return { pdf, filename: 'certificate.pdf' };
}

/** Every certificate of an event in one PDF (a page per person who came), for staff; audit-logged. */
export async function exportCertificates(ctx: Context, eventId: string): Promise<{ pdf: Uint8Array; count: number }> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const actor = ctx.actor;
	const event = await requireEvent(ctx, eventId);
	const people = await certificateData(ctx.db, event.id);
	const pdf = await renderCertificates(await officeForCertificates(ctx.db, ctx.officeId), people);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor,
		action: 'attendance.certificates_exported',
		entityType: 'event',
		entityId: event.id,
		details: { count: people.length }
	});
	return { pdf, count: people.length };
}
