// The council's e-mails: invitations with the agenda, materials and an .ics, and draft minutes for comments.
import { createI18n, type I18n } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, localizePath } from '../../i18n/locale.ts';
import { buildCalendar } from '../../server/ical.ts';
import type { MailAttachment } from '../../server/db/core-schema.ts';
import type { Office } from '../../server/office.ts';

/** Invitations go out in Serbian Cyrillic, the office's language; the answer page follows the reader. */
export function mailI18n(office: Pick<Office, 'keepLatin'>): I18n {
	return createI18n(DEFAULT_LOCALE, office.keepLatin);
}

export interface InvitationFacts {
	office: Pick<Office, 'name' | 'email' | 'keepLatin'>;
	baseUrl: string;
	bodyName: string;
	session: { id: string; number: number; startsAt: Date; endsAt: Date; place: string; onlineUrl: string };
	agenda: { title: string; presenter: string; materialPath: string | null }[];
	memberName: string;
	token: string;
}

/** The invitation's subject, text (agenda, materials, answer links) and calendar attachment. */
export function invitationMail(facts: InvitationFacts): {
	subject: string;
	text: string;
	attachments: MailAttachment[];
} {
	const i18n = mailI18n(facts.office);
	const when = i18n.formatDate(facts.session.startsAt, {
		dateStyle: 'full',
		timeStyle: 'short',
		timeZone: 'Europe/Belgrade'
	});
	const where = [facts.session.place, facts.session.onlineUrl].filter(Boolean).join(' · ') || '—';
	const agenda = facts.agenda
		.map((item, index) => {
			const lines = [`${index + 1}. ${item.title}${item.presenter ? ` (${item.presenter})` : ''}`];
			if (item.materialPath) lines.push(`   ${i18n.t('council.mail.material')}: ${facts.baseUrl}${item.materialPath}`);
			return lines.join('\n');
		})
		.join('\n');
	const answer = `${facts.baseUrl}${localizePath(`/council/answer/${facts.token}`, DEFAULT_LOCALE)}`;
	const subject = i18n.t('council.mail.invitationSubject', {
		number: facts.session.number,
		body: i18n.text(facts.bodyName)
	});
	const text = i18n.t('council.mail.invitationBody', {
		name: facts.memberName,
		number: facts.session.number,
		body: i18n.text(facts.bodyName),
		when,
		where,
		agenda: agenda || '—',
		answer
	});
	const calendar = buildCalendar(
		[
			{
				uid: `council-${facts.session.id}`,
				title: subject,
				description: agenda,
				location: where,
				url: answer,
				startsAt: facts.session.startsAt,
				endsAt: facts.session.endsAt,
				cancelled: false,
				updatedAt: new Date()
			}
		],
		{
			name: i18n.text(facts.office.name),
			host: new URL(facts.baseUrl).host,
			method: 'request',
			organizer: facts.office.email ? { name: i18n.text(facts.office.name), email: facts.office.email } : undefined
		}
	);
	return {
		subject,
		text,
		attachments: [
			{
				filename: `sednica-${facts.session.number}.ics`,
				contentType: 'text/calendar; method=REQUEST',
				content: calendar
			}
		]
	};
}

export interface CancellationFacts {
	office: Pick<Office, 'name' | 'email' | 'keepLatin'>;
	baseUrl: string;
	bodyName: string;
	session: { id: string; number: number; startsAt: Date; endsAt: Date; place: string; onlineUrl: string };
	memberName: string;
	reason: string;
	/** Whether the invitation carried an .ics: then a CANCEL for the same event removes it from calendars. */
	withCalendar: boolean;
}

/** The notice that a session is called off, with its reason and, if the invitation had one, an .ics CANCEL. */
export function cancellationMail(facts: CancellationFacts): {
	subject: string;
	text: string;
	attachments: MailAttachment[];
} {
	const i18n = mailI18n(facts.office);
	const when = i18n.formatDate(facts.session.startsAt, {
		dateStyle: 'full',
		timeStyle: 'short',
		timeZone: 'Europe/Belgrade'
	});
	const params = { number: facts.session.number, body: i18n.text(facts.bodyName) };
	const subject = i18n.t('council.mail.cancelSubject', params);
	const text = i18n.t('council.mail.cancelBody', {
		...params,
		name: facts.memberName,
		when,
		reason: facts.reason
	});
	if (!facts.withCalendar) return { subject, text, attachments: [] };
	const calendar = buildCalendar(
		[
			{
				uid: `council-${facts.session.id}`,
				title: subject,
				description: facts.reason,
				location: [facts.session.place, facts.session.onlineUrl].filter(Boolean).join(' · '),
				url: `${facts.baseUrl}${localizePath('/council', DEFAULT_LOCALE)}`,
				startsAt: facts.session.startsAt,
				endsAt: facts.session.endsAt,
				cancelled: true,
				updatedAt: new Date()
			}
		],
		{
			name: i18n.text(facts.office.name),
			host: new URL(facts.baseUrl).host,
			method: 'cancel',
			// The invitation went out as revision 0; the cancellation replaces it.
			sequence: 1,
			organizer: facts.office.email ? { name: i18n.text(facts.office.name), email: facts.office.email } : undefined
		}
	);
	return {
		subject,
		text,
		attachments: [
			{
				filename: `sednica-${facts.session.number}-otkazana.ics`,
				contentType: 'text/calendar; method=CANCEL',
				content: calendar
			}
		]
	};
}
