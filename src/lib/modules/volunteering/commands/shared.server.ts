// Pieces the volunteering commands share: locking for places, consent state, mails.
import { publicBaseUrl, publicLink } from '../../../server/links.ts';
import { randomInt } from 'node:crypto';
import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { belgradeDate, isMinorOn, waitlistPromotions } from '../rules.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { getOfficeById } from '../../../server/office.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { createI18n, type I18n, type MessageKey } from '../../../i18n/index.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../../i18n/locale.ts';
import { buildCalendar } from '../../../server/ical.ts';
import {
	volunteerApplications,
	volunteerGuardianConsents,
	volunteerOpportunities,
	volunteerProfiles,
	volunteerShifts
} from '../schema.ts';

export type OpportunityRow = typeof volunteerOpportunities.$inferSelect;
export type ShiftRow = typeof volunteerShifts.$inferSelect;
export type ProfileRow = typeof volunteerProfiles.$inferSelect;
export type ApplicationRow = typeof volunteerApplications.$inferSelect;

/** An opportunity of the office, locked for the transaction (places of an open-ended role). */
export async function lockOpportunity(tx: Database, officeId: string, id: string): Promise<OpportunityRow | null> {
	const [row] = await tx
		.select()
		.from(volunteerOpportunities)
		.where(and(eq(volunteerOpportunities.officeId, officeId), eq(volunteerOpportunities.id, id)))
		.for('update');
	return row ?? null;
}

/**
 * A shift locked for the transaction: every change of who holds one of its places takes this lock
 * first, so places are counted one change at a time (decision 0010's approach for events).
 */
export async function lockShift(tx: Database, officeId: string, id: string): Promise<ShiftRow | null> {
	const [row] = await tx
		.select()
		.from(volunteerShifts)
		.where(and(eq(volunteerShifts.officeId, officeId), eq(volunteerShifts.id, id)))
		.for('update');
	return row ?? null;
}

/** Accepted volunteers of a shift, or of an open-ended role when shiftId is null. */
export async function countAccepted(tx: Database, opportunityId: string, shiftId: string | null): Promise<number> {
	const [row] = await tx
		.select({ total: count() })
		.from(volunteerApplications)
		.where(
			and(
				eq(volunteerApplications.opportunityId, opportunityId),
				shiftId ? eq(volunteerApplications.shiftId, shiftId) : isNull(volunteerApplications.shiftId),
				eq(volunteerApplications.status, 'accepted')
			)
		);
	return row?.total ?? 0;
}

/** Whether a parent's or guardian's consent for this volunteer is in force (given, not withdrawn). */
export async function hasGuardianConsent(db: Database, profileId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: volunteerGuardianConsents.id })
		.from(volunteerGuardianConsents)
		.where(
			and(
				eq(volunteerGuardianConsents.profileId, profileId),
				isNotNull(volunteerGuardianConsents.confirmedAt),
				isNull(volunteerGuardianConsents.withdrawnAt)
			)
		)
		.limit(1);
	return !!row;
}

// No 0/O, 1/I/L: card numbers and codes are read aloud and typed too.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random code of this length from the readable alphabet. */
export function readableCode(length: number): string {
	return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** The locale a volunteer wrote in, for their e-mails. */
export function localeOf(value: string): Locale {
	return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The title of an opportunity in the reader's language and script. */
export function titleIn(i18n: I18n, opportunity: Pick<OpportunityRow, 'title' | 'titleEn'>): string {
	return i18n.locale === 'en' && opportunity.titleEn ? opportunity.titleEn : i18n.text(opportunity.title);
}

/** What an e-mail to a volunteer is about. */
export type MailKind =
	| 'received'
	| 'accepted'
	| 'waitlisted'
	| 'declined'
	| 'pendingGuardian'
	| 'promoted'
	| 'consentWithdrawn'
	| 'shiftMoved'
	| 'shiftCancelled';

/** Kinds that carry the shift as a calendar entry (a cancelled one for a cancelled shift). */
const WITH_CALENDAR: readonly MailKind[] = ['accepted', 'promoted', 'shiftMoved', 'shiftCancelled'];

/**
 * Queues an e-mail to the volunteer about an application (received, accepted with an .ics,
 * waitlisted, declined with the reason, withdrawn), in the language and script they used.
 */
export async function mailVolunteer(
	tx: Database,
	kind: MailKind,
	facts: {
		officeId: string;
		profile: Pick<ProfileRow, 'email' | 'name'>;
		opportunity: OpportunityRow;
		shift: ShiftRow | null;
		application: Pick<ApplicationRow, 'id' | 'locale' | 'decisionReason'>;
	}
): Promise<void> {
	if (!facts.profile.email) return;
	const office = await getOfficeById(tx, facts.officeId);
	if (!office) throw new AppError('not_found', 'error.404.text');
	const locale = localeOf(facts.application.locale);
	const i18n = createI18n(locale, office.keepLatin);
	const title = titleIn(i18n, facts.opportunity);
	const baseUrl = publicBaseUrl(office);
	const page = publicLink(office, `/volunteering/${facts.opportunity.slug}`, locale);
	const when = facts.shift
		? `${i18n.formatDate(facts.shift.startsAt, { dateStyle: 'full', timeStyle: 'short' })} – ${i18n.formatDate(facts.shift.endsAt, { timeStyle: 'short' })}`
		: '';
	const lines = [
		i18n.t('volunteering.mail.greeting', { name: facts.profile.name }),
		'',
		i18n.t(`volunteering.mail.${kind}.text` as MessageKey, { title }),
		when ? `${i18n.t('volunteering.public.when')}: ${when}` : '',
		kind === 'declined' && facts.application.decisionReason
			? `${i18n.t('volunteering.decide.reason')}: ${facts.application.decisionReason}`
			: '',
		'',
		`${i18n.t('volunteering.mail.page')}: ${page}`,
		`${i18n.t('volunteering.mail.account')}: ${publicLink(office, '/account/volunteering', locale)}`,
		'',
		i18n.text(office.name)
	].filter((line, index, all) => line !== '' || (index > 0 && all[index - 1] !== ''));
	const attachments =
		WITH_CALENDAR.includes(kind) && facts.shift
			? [
					{
						filename: 'volonterska-smena.ics',
						contentType: 'text/calendar; charset=utf-8; method=REQUEST',
						content: buildCalendar(
							[
								{
									uid: `${facts.application.id}-${facts.shift.id}`,
									title,
									description: i18n.text(facts.opportunity.summary),
									location: facts.opportunity.isRemote
										? i18n.t('volunteering.public.remote')
										: i18n.text(facts.opportunity.place),
									url: page,
									startsAt: facts.shift.startsAt,
									endsAt: facts.shift.endsAt,
									cancelled: kind === 'shiftCancelled',
									updatedAt: new Date()
								}
							],
							{
								name: i18n.text(office.name),
								host: new URL(baseUrl).host,
								method: 'request',
								organizer: { name: i18n.text(office.name), email: office.email || 'no-reply@localhost' }
							}
						)
					}
				]
			: [];
	await queueMail(tx, {
		officeId: facts.officeId,
		to: facts.profile.email,
		subject: `${i18n.t(`volunteering.mail.${kind}.subject` as MessageKey)}: ${title}`,
		text: lines.join('\n'),
		attachments
	});
}

/**
 * Fills the free places of a shift (or an open-ended role) from its waiting list, oldest application
 * first, and tells each person promoted. The caller holds the shift's (or role's) lock. A minor
 * whose guardian's consent is not in force is skipped: nobody may accept them yet.
 */
export async function promoteFromWaitlist(
	tx: Database,
	facts: { officeId: string; opportunity: OpportunityRow; shift: ShiftRow | null; now: Date }
): Promise<number> {
	const { opportunity, shift, now } = facts;
	const places = shift ? shift.places : opportunity.rolePlaces;
	if (places === null) return 0;
	if (shift && shift.startsAt <= now) return 0;
	const free = places - (await countAccepted(tx, opportunity.id, shift?.id ?? null));
	if (free <= 0) return 0;
	const waiting = await tx
		.select({ application: volunteerApplications, profile: volunteerProfiles })
		.from(volunteerApplications)
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerApplications.profileId))
		.where(
			and(
				eq(volunteerApplications.opportunityId, opportunity.id),
				shift ? eq(volunteerApplications.shiftId, shift.id) : isNull(volunteerApplications.shiftId),
				eq(volunteerApplications.status, 'waitlisted')
			)
		)
		.orderBy(asc(volunteerApplications.createdAt), asc(volunteerApplications.id))
		.for('update', { of: volunteerApplications });
	let promoted = 0;
	const firstDay = shift ? belgradeDate(shift.startsAt) : belgradeDate(now);
	const candidates = await Promise.all(
		waiting.map(async (entry) => ({
			...entry,
			createdAt: entry.application.createdAt,
			mayBeAccepted:
				!entry.profile.birthDate ||
				!isMinorOn(entry.profile.birthDate, firstDay) ||
				(await hasGuardianConsent(tx, entry.profile.id))
		}))
	);
	for (const { application, profile } of waitlistPromotions(candidates, free)) {
		const [updated] = await tx
			.update(volunteerApplications)
			.set({ status: 'accepted', decidedAt: now, updatedAt: now })
			.where(eq(volunteerApplications.id, application.id))
			.returning();
		await mailVolunteer(tx, 'promoted', {
			officeId: facts.officeId,
			profile,
			opportunity,
			shift,
			application: updated
		});
		await recordAudit(tx, {
			officeId: facts.officeId,
			actor: null,
			action: 'volunteering.application.promoted',
			entityType: 'volunteer_application',
			entityId: application.id,
			details: { shiftId: shift?.id ?? null }
		});
		promoted++;
	}
	return promoted;
}
