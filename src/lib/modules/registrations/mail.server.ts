// The e-mails a registrant (or their guardian) receives, in the language and script they used.
import type { Database } from '../../server/db/client.ts';
import { queueMail } from '../../server/mail/outbox.ts';
import type { Office } from '../../server/office.ts';
import { publicBaseUrl } from '../../server/links.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import { isLocale, localizePath, DEFAULT_LOCALE, type Locale } from '../../i18n/locale.ts';
import { dayRelation } from '../../i18n/office-time.ts';
import { buildCalendar } from '../../server/ical.ts';
import type { EventRow, EventSessionRow } from '../events/queries.server.ts';
import { accessTokenFor, type RegistrationRow } from './access.server.ts';

/** What every registrant e-mail needs to know. */
export interface MailFacts {
	office: Office;
	event: EventRow;
	sessions: readonly EventSessionRow[];
	registration: RegistrationRow;
	/** Absolute origin for links, e.g. https://mladi.ivanjica.rs. */
	baseUrl: string;
}

/** Where links in e-mails point: configured addresses only (publicBaseUrl), never the request's. */
export function baseUrlOf(office: Pick<Office, 'publicUrl'>): string {
	return publicBaseUrl(office);
}

export function localeOf(registration: Pick<RegistrationRow, 'locale'>): Locale {
	return isLocale(registration.locale) ? registration.locale : DEFAULT_LOCALE;
}

export function i18nFor(office: Pick<Office, 'keepLatin'>, locale: Locale): I18n {
	return createI18n(locale, office.keepLatin);
}

/** An event's title in the reader's language and script. */
export function eventTitleIn(i18n: I18n, event: Pick<EventRow, 'title' | 'titleEn'>): string {
	return i18n.locale === 'en' && event.titleEn ? event.titleEn : i18n.text(event.title);
}

function whereText(i18n: I18n, event: EventRow): string {
	const place = [event.placeName, event.room, event.address].filter(Boolean).map((part) => i18n.text(part));
	if (event.onlineUrl) place.push(event.onlineUrl);
	return place.join(', ');
}

function sessionText(i18n: I18n, session: Pick<EventSessionRow, 'startsAt' | 'endsAt'>): string {
	const day = i18n.formatDate(session.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
	const from = i18n.formatDate(session.startsAt, { hour: '2-digit', minute: '2-digit' });
	const to = i18n.formatDate(session.endsAt, { hour: '2-digit', minute: '2-digit' });
	return `${day}, ${from}–${to}`;
}

/** When a session starts, as a reminder says it: "today at 18:00", "tomorrow at 18:00" or the date (Belgrade). */
export function startsWhen(i18n: I18n, startsAt: Date, now: Date): string {
	const time = i18n.formatDate(startsAt, { hour: '2-digit', minute: '2-digit' });
	const relation = dayRelation(startsAt, now);
	const date = i18n.formatDate(startsAt, { weekday: 'long', day: 'numeric', month: 'long' });
	return i18n.t(`registrations.mail.reminder.when.${relation}`, { time, date });
}

/** The event block of a message: title, every session, the place. */
function eventBlock(i18n: I18n, facts: Pick<MailFacts, 'event' | 'sessions' | 'baseUrl'>): string {
	const lines = [
		eventTitleIn(i18n, facts.event),
		...facts.sessions.map((session) => `• ${sessionText(i18n, session)}`),
		`${i18n.t('registrations.mail.where')}: ${whereText(i18n, facts.event)}`,
		`${i18n.t('registrations.mail.eventPage')}: ${facts.baseUrl}${localizePath(`/events/${facts.event.slug}`, i18n.locale)}`
	];
	return lines.join('\n');
}

/** The .ics invitation: one entry per session, in the reader's script. */
export function invitationFor(
	i18n: I18n,
	facts: Pick<MailFacts, 'office' | 'event' | 'sessions' | 'baseUrl'>,
	options: { cancelled?: boolean } = {}
) {
	const title = eventTitleIn(i18n, facts.event);
	const url = `${facts.baseUrl}${localizePath(`/events/${facts.event.slug}`, i18n.locale)}`;
	const summary =
		i18n.locale === 'en' && facts.event.summaryEn ? facts.event.summaryEn : i18n.text(facts.event.summary);
	const content = buildCalendar(
		facts.sessions.map((session) => ({
			uid: session.id,
			title: session.title ? `${title}: ${i18n.text(session.title)}` : title,
			description: [summary, url].filter(Boolean).join('\n\n'),
			location: whereText(i18n, facts.event),
			url,
			startsAt: session.startsAt,
			endsAt: session.endsAt,
			cancelled: options.cancelled ?? facts.event.status === 'cancelled',
			updatedAt: facts.event.updatedAt
		})),
		{
			name: i18n.text(facts.office.name),
			host: new URL(facts.baseUrl).hostname || 'localhost',
			method: 'request',
			organizer: facts.office.email ? { name: i18n.text(facts.office.name), email: facts.office.email } : undefined
		}
	);
	return { filename: `${facts.event.slug}.ics`, contentType: 'text/calendar; charset=utf-8; method=REQUEST', content };
}

export type RegistrantMail =
	| 'confirmed'
	| 'promoted'
	| 'approved'
	| 'guardianConfirmed'
	| 'waitlisted'
	| 'pendingApproval'
	| 'pendingGuardian'
	| 'declined'
	| 'holdExpired'
	| 'cancelledByStaff'
	| 'reminder'
	| 'eventCancelled'
	| 'eventRescheduled';

/** The mails that give a place, and so carry the calendar invitation. */
const WITH_INVITATION: ReadonlySet<RegistrantMail> = new Set([
	'confirmed',
	'promoted',
	'approved',
	'guardianConfirmed',
	'eventRescheduled'
]);

/** Calendar entries go only to people with a place (a waitlisted person's calendar stays clear). */
function hasPlace(registration: Pick<RegistrationRow, 'status'>, kind: RegistrantMail): boolean {
	if (kind === 'eventCancelled' || kind === 'eventRescheduled') return registration.status === 'confirmed';
	return true;
}

/** Mails about a registration that has ended carry no private link. */
const WITHOUT_LINK: ReadonlySet<RegistrantMail> = new Set(['declined', 'holdExpired', 'eventCancelled']);

/** The absolute private link of a registration, in the registrant's language and script. */
export async function privateLinkOf(db: Database, facts: Pick<MailFacts, 'registration' | 'baseUrl'>): Promise<string> {
	const token = await accessTokenFor(db, facts.registration.id);
	return `${facts.baseUrl}${localizePath(`/registrations/${token}`, localeOf(facts.registration))}`;
}

/** Queues one of the registrant's e-mails (nothing when they gave only a phone number), with their private link. */
export async function queueRegistrantMail(
	tx: Database,
	kind: RegistrantMail,
	facts: MailFacts,
	extra: { privateLink?: string; position?: number; reason?: string; now?: Date } = {}
): Promise<boolean> {
	const { registration, office } = facts;
	if (!registration.email) return false;
	const i18n = i18nFor(office, localeOf(registration));
	const params = {
		name: i18n.text(registration.name),
		event: eventTitleIn(i18n, facts.event),
		office: i18n.text(office.name),
		position: extra.position ?? 0,
		reason: extra.reason ? i18n.text(extra.reason) : '',
		when: facts.sessions[0] ? startsWhen(i18n, facts.sessions[0].startsAt, extra.now ?? new Date()) : ''
	};
	const parts = [
		i18n.t('registrations.mail.greeting', params),
		i18n.t(`registrations.mail.${kind}.text` as MessageKey, params),
		registration.status === 'pending_guardian' && (kind === 'promoted' || kind === 'approved')
			? i18n.t('registrations.mail.guardianStillNeeded')
			: '',
		kind === 'eventCancelled' && extra.reason ? `${i18n.t('registrations.mail.reason')}: ${params.reason}` : '',
		eventBlock(i18n, facts),
		registration.checkInCode && WITH_INVITATION.has(kind)
			? i18n.t('registrations.mail.checkInCode', { code: registration.checkInCode })
			: '',
		WITHOUT_LINK.has(kind)
			? ''
			: i18n.t('registrations.mail.privateLink', { link: extra.privateLink ?? (await privateLinkOf(tx, facts)) }),
		i18n.t('registrations.mail.signature', params)
	].filter(Boolean);
	await queueMail(tx, {
		officeId: office.id,
		to: registration.email,
		subject: i18n.t(`registrations.mail.${kind}.subject` as MessageKey, params),
		text: parts.join('\n\n'),
		attachments: !hasPlace(registration, kind)
			? undefined
			: kind === 'eventCancelled'
				? [invitationFor(i18n, facts, { cancelled: true })]
				: WITH_INVITATION.has(kind)
					? [invitationFor(i18n, facts)]
					: undefined
	});
	return true;
}

/** Asks the parent or guardian of someone under 15 to confirm the sign-up. */
export async function queueGuardianRequest(
	tx: Database,
	facts: MailFacts,
	options: { guardianLink: string; holdHours: number }
): Promise<void> {
	const { registration, office } = facts;
	const i18n = i18nFor(office, localeOf(registration));
	const params = {
		guardian: i18n.text(registration.guardianName),
		name: i18n.text(registration.name),
		event: eventTitleIn(i18n, facts.event),
		office: i18n.text(office.name),
		hours: options.holdHours,
		link: options.guardianLink
	};
	await queueMail(tx, {
		officeId: office.id,
		to: registration.guardianEmail,
		subject: i18n.t('registrations.mail.guardianRequest.subject', params),
		text: [
			i18n.t('registrations.mail.guardianRequest.text', params),
			eventBlock(i18n, facts),
			i18n.t('registrations.mail.guardianRequest.action', params),
			i18n.t('registrations.mail.signature', params)
		].join('\n\n')
	});
}
