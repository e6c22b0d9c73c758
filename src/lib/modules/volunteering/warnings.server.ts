// Warnings to organisers through the outbox (a background job) and the counts the dashboard shows:
// a shift short of volunteers soon, applications waiting for a decision, an under-18 application
// waiting for a guardian's consent, and long-term volunteering by record without a contract.
import { and, eq, gt, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { offices, users } from '../../server/db/core-schema.ts';
import { queueMail } from '../../server/mail/outbox.ts';
import { publicLink } from '../../server/links.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../i18n/locale.ts';
import { belgradeDate, isMinorOn, weekStartOf } from './rules.ts';
import {
	volunteerApplications,
	volunteerContracts,
	volunteerHours,
	volunteerOpportunities,
	volunteerProfiles,
	volunteerShifts,
	volunteerWarnings,
	type WarningKind
} from './schema.ts';
import { listLongTermByRecord } from './queries.server.ts';

const HOUR = 3_600_000;
/** A shift starting within this time and short of volunteers is warned about. */
export const UNDERSTAFFED_WITHIN_MS = 72 * HOUR;
/** Applications (and consent requests) waiting longer than this are warned about. */
export const WAITING_LONGER_THAN_MS = 72 * HOUR;

type Opportunity = typeof volunteerOpportunities.$inferSelect;

/** Shifts of published opportunities starting soon with fewer accepted volunteers than places. */
async function understaffedShifts(db: Database, now: Date, officeId?: string) {
	const rows = await db
		.select({
			shift: volunteerShifts,
			opportunity: volunteerOpportunities,
			accepted: sql<number>`(SELECT count(*)::int FROM volunteer_applications a WHERE a.shift_id = "volunteer_shifts"."id" AND a.status = 'accepted')`
		})
		.from(volunteerShifts)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerShifts.opportunityId))
		.where(
			and(
				officeId ? eq(volunteerShifts.officeId, officeId) : undefined,
				eq(volunteerOpportunities.status, 'published'),
				gt(volunteerShifts.startsAt, now),
				lte(volunteerShifts.startsAt, new Date(now.getTime() + UNDERSTAFFED_WITHIN_MS))
			)
		);
	return rows.filter((row) => Number(row.accepted) < row.shift.places);
}

/** Applications waiting for a decision for too long, with whether each is a minor's without consent. */
async function waitingApplications(db: Database, now: Date, officeId?: string) {
	const rows = await db
		.select({
			application: volunteerApplications,
			opportunity: volunteerOpportunities,
			birthDate: volunteerProfiles.birthDate,
			shiftStartsAt: volunteerShifts.startsAt,
			consent: sql<boolean>`EXISTS (SELECT 1 FROM volunteer_guardian_consents c WHERE c.profile_id = "volunteer_applications"."profile_id" AND c.confirmed_at IS NOT NULL AND c.withdrawn_at IS NULL)`
		})
		.from(volunteerApplications)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerApplications.opportunityId))
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerApplications.profileId))
		.leftJoin(volunteerShifts, eq(volunteerShifts.id, volunteerApplications.shiftId))
		.where(
			and(
				officeId ? eq(volunteerApplications.officeId, officeId) : undefined,
				eq(volunteerApplications.status, 'pending'),
				lt(volunteerApplications.createdAt, new Date(now.getTime() - WAITING_LONGER_THAN_MS))
			)
		);
	return rows
		.filter((row) => !row.shiftStartsAt || row.shiftStartsAt > now)
		.map((row) => {
			const day = row.shiftStartsAt ? belgradeDate(row.shiftStartsAt) : belgradeDate(now);
			const minor = !!row.birthDate && isMinorOn(row.birthDate, day);
			return { ...row, awaitingConsent: minor && !row.consent };
		});
}

/** Counts for the dashboard: shifts short of volunteers soon, minors' applications waiting for consent. */
export async function countVolunteeringWarnings(db: Database, officeId: string, now: Date) {
	const waiting = await waitingApplications(db, now, officeId);
	return {
		understaffed: (await understaffedShifts(db, now, officeId)).length,
		awaitingConsent: waiting.filter((row) => row.awaitingConsent).length
	};
}

/** Claims the warning (kind, subject, period); false when it was already sent. */
async function claimWarning(
	db: Database,
	officeId: string,
	kind: WarningKind,
	subjectId: string,
	period: string,
	now: Date
): Promise<boolean> {
	const inserted = await db
		.insert(volunteerWarnings)
		.values({ officeId, kind, subjectId, period, sentAt: now })
		.onConflictDoNothing()
		.returning({ id: volunteerWarnings.id });
	return inserted.length > 0;
}

/** Who organises: the person who created the opportunity, or the office's address. */
async function organiserAddress(db: Database, opportunity: Opportunity) {
	const [office] = await db
		.select({ email: offices.email, name: offices.name, publicUrl: offices.publicUrl, keepLatin: offices.keepLatin })
		.from(offices)
		.where(eq(offices.id, opportunity.officeId));
	const [creator] = opportunity.createdBy
		? await db
				.select({ email: users.email, locale: users.locale })
				.from(users)
				.where(eq(users.id, opportunity.createdBy))
		: [];
	const locale: Locale = creator && isLocale(creator.locale) ? creator.locale : DEFAULT_LOCALE;
	return { to: creator?.email || office?.email || '', locale, office };
}

/** Queues one warning e-mail to an opportunity's organiser, with the link to its screen. */
async function mailOrganiser(
	db: Database,
	opportunity: Opportunity,
	kind: WarningKind,
	values: (i18n: I18n) => Record<string, string | number>
): Promise<boolean> {
	const { to, locale, office } = await organiserAddress(db, opportunity);
	if (!to || !office) return false;
	const i18n = createI18n(locale, office.keepLatin);
	const title = locale === 'en' && opportunity.titleEn ? opportunity.titleEn : i18n.text(opportunity.title);
	const screen = opportunity.organisationId
		? `/account/volunteering/organise/${opportunity.id}`
		: `/admin/volunteering/${opportunity.id}`;
	await queueMail(db, {
		officeId: opportunity.officeId,
		to,
		subject: `${i18n.t(`volunteering.warning.${kind}.subject` as MessageKey)}: ${title}`,
		text: [
			i18n.t(`volunteering.warning.${kind}.text` as MessageKey, { title, ...values(i18n) }),
			'',
			publicLink(office, screen, locale),
			'',
			i18n.text(office.name)
		].join('\n')
	});
	return true;
}

/**
 * The background job: e-mails each organiser once about a shift short of volunteers within three
 * days, once a week about applications waiting more than three days, once about each under-18
 * application waiting for consent, and staff and organisers once about each volunteer whose recorded
 * hours make them long-term without a contract. Returns how many warnings were sent.
 */
export async function sendVolunteeringWarnings(db: Database, now: Date): Promise<number> {
	let sent = 0;
	for (const { shift, opportunity, accepted } of await understaffedShifts(db, now)) {
		if (!(await claimWarning(db, shift.officeId, 'understaffed', shift.id, '', now))) continue;
		const values = (i18n: I18n) => ({
			when: i18n.formatDate(shift.startsAt, { dateStyle: 'full', timeStyle: 'short' }),
			accepted: Number(accepted),
			places: shift.places
		});
		if (await mailOrganiser(db, opportunity, 'understaffed', values)) sent++;
	}
	const waiting = await waitingApplications(db, now);
	const week = weekStartOf(belgradeDate(now));
	const byOpportunity = new Map<string, { opportunity: Opportunity; count: number }>();
	for (const row of waiting) {
		if (row.awaitingConsent) {
			if (await claimWarning(db, row.application.officeId, 'awaitingConsent', row.application.id, '', now))
				if (await mailOrganiser(db, row.opportunity, 'awaitingConsent', () => ({}))) sent++;
			continue;
		}
		const entry = byOpportunity.get(row.opportunity.id) ?? { opportunity: row.opportunity, count: 0 };
		entry.count++;
		byOpportunity.set(row.opportunity.id, entry);
	}
	for (const { opportunity, count } of byOpportunity.values())
		if (await claimWarning(db, opportunity.officeId, 'pending', opportunity.id, week, now))
			if (await mailOrganiser(db, opportunity, 'pending', () => ({ count }))) sent++;
	sent += await warnLongTerm(db, now);
	return sent;
}

/** Long-term volunteers by record without a contract: the organisers of their recent hours are told. */
async function warnLongTerm(db: Database, now: Date): Promise<number> {
	let sent = 0;
	for (const office of await db.select({ id: offices.id }).from(offices)) {
		const profiles = await listLongTermByRecord(db, office.id, now);
		if (profiles.length === 0) continue;
		const withContract = await db
			.selectDistinct({ profileId: volunteerApplications.profileId })
			.from(volunteerContracts)
			.innerJoin(volunteerApplications, eq(volunteerApplications.id, volunteerContracts.applicationId))
			.where(inArray(volunteerApplications.profileId, profiles));
		const covered = new Set(withContract.map((row) => row.profileId));
		for (const profileId of profiles.filter((id) => !covered.has(id))) {
			if (!(await claimWarning(db, office.id, 'longTerm', profileId, '', now))) continue;
			const [profile] = await db
				.select({ name: volunteerProfiles.name })
				.from(volunteerProfiles)
				.where(eq(volunteerProfiles.id, profileId));
			const opportunities = await db
				.selectDistinct({ opportunity: volunteerOpportunities })
				.from(volunteerHours)
				.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerHours.opportunityId))
				.where(and(eq(volunteerHours.profileId, profileId), eq(volunteerHours.status, 'approved')));
			for (const { opportunity } of opportunities)
				if (await mailOrganiser(db, opportunity, 'longTerm', (i18n) => ({ name: i18n.text(profile?.name ?? '') })))
					sent++;
		}
	}
	return sent;
}
