import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { createToken, hashToken } from '../../../server/auth/tokens.ts';
import { getOfficeById } from '../../../server/office.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { createI18n } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { publicLink } from '../../../server/links.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import type { ApplicationInput } from '../inputs.ts';
import { ageRefusal, belgradeDate, isMinorOn } from '../rules.ts';
import {
	volunteerApplications,
	volunteerGuardianConsents,
	volunteerProfiles,
	type ApplicationStatus
} from '../schema.ts';
import {
	countAccepted,
	hasGuardianConsent,
	lockOpportunity,
	lockShift,
	mailVolunteer,
	titleIn,
	type ApplicationRow,
	type ProfileRow
} from './shared.server.ts';

/** The signed-in person's volunteer profile in this office, or null before the first application. */
export async function findOwnProfile(ctx: Context): Promise<ProfileRow | null> {
	if (!ctx.actor) return null;
	const [row] = await ctx.db
		.select()
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.officeId, ctx.officeId), eq(volunteerProfiles.userId, ctx.actor.userId)));
	return row ?? null;
}

/** An open consent request for the profile (not yet confirmed, not withdrawn). */
async function pendingConsentExists(ctx: Context, profileId: string): Promise<boolean> {
	const [row] = await ctx.db
		.select({ id: volunteerGuardianConsents.id })
		.from(volunteerGuardianConsents)
		.where(
			and(
				eq(volunteerGuardianConsents.profileId, profileId),
				isNull(volunteerGuardianConsents.confirmedAt),
				isNull(volunteerGuardianConsents.withdrawnAt)
			)
		)
		.limit(1);
	return !!row;
}

export interface ApplyOutcome {
	application: ApplicationRow;
	status: ApplicationStatus;
	/** A guardian's consent is still needed before anyone may accept. */
	awaitingGuardian: boolean;
}

/**
 * A young person applies to a shift (or an open-ended role). The law's checks come first: 15 or
 * older on the shift's date, the organiser's minimum age, a shift not yet begun. Under 18 a
 * guardian's consent is asked by e-mail (once; it covers later applications too) and nobody can
 * accept before it is given. With first-come acceptance the shift's row is locked and places are
 * counted inside the transaction, so concurrent applications never exceed the places.
 */
export async function applyToVolunteer(
	ctx: Context,
	options: { opportunityId: string; input: ApplicationInput; locale: Locale; now?: Date }
): Promise<ApplyOutcome> {
	authorize(ctx.actor, !!ctx.actor);
	const now = options.now ?? new Date();
	const profile = await findOwnProfile(ctx);
	if (!profile) throw new AppError('conflict', 'volunteering.apply.profileNeeded');
	const { input } = options;
	const consentGiven = await hasGuardianConsent(ctx.db, profile.id);
	const consentPending = consentGiven ? false : await pendingConsentExists(ctx, profile.id);
	try {
		return await ctx.db.transaction(async (tx) => {
			const opportunity = await lockOpportunity(tx, ctx.officeId, options.opportunityId);
			if (!opportunity || opportunity.status !== 'published') throw new AppError('not_found', 'error.404.text');
			let shift = null;
			let firstDay: string;
			if (opportunity.isOpenEnded) {
				const today = belgradeDate(now);
				if (opportunity.endsOn && opportunity.endsOn < today)
					throw new AppError('conflict', 'volunteering.refused.past');
				firstDay = opportunity.startsOn && opportunity.startsOn > today ? opportunity.startsOn : today;
			} else {
				shift = input.shiftId ? await lockShift(tx, ctx.officeId, input.shiftId) : null;
				if (!shift || shift.opportunityId !== opportunity.id)
					throw new AppError('invalid', 'common.formHasErrors', {
						shiftId: encodeMessage('volunteering.apply.chooseShift')
					});
				if (shift.startsAt <= now) throw new AppError('conflict', 'volunteering.refused.past');
				firstDay = belgradeDate(shift.startsAt);
			}
			if (!profile.birthDate) throw new AppError('conflict', 'volunteering.apply.profileNeeded');
			const refusal = ageRefusal(profile.birthDate, firstDay, opportunity.minAge);
			if (refusal) throw new AppError('conflict', `volunteering.refused.${refusal}`, {});
			const minor = isMinorOn(profile.birthDate, firstDay);
			const awaitingGuardian = minor && !consentGiven;
			if (awaitingGuardian && !consentPending && (!input.guardianName || !input.guardianEmail)) {
				const errors: Record<string, string> = {};
				if (!input.guardianName) errors.guardianName = encodeMessage('volunteering.apply.guardianRequired');
				if (!input.guardianEmail) errors.guardianEmail = encodeMessage('volunteering.apply.guardianRequired');
				throw new AppError('invalid', 'volunteering.apply.guardianNeeded', errors);
			}
			let status: ApplicationStatus = 'pending';
			if (opportunity.autoAccept && !awaitingGuardian) {
				const places = shift ? shift.places : opportunity.rolePlaces;
				const accepted = await countAccepted(tx, opportunity.id, shift?.id ?? null);
				status = places === null || accepted < places ? 'accepted' : 'waitlisted';
			}
			const [application] = await tx
				.insert(volunteerApplications)
				.values({
					officeId: ctx.officeId,
					opportunityId: opportunity.id,
					shiftId: shift?.id ?? null,
					profileId: profile.id,
					motivation: input.motivation,
					contractRequested: input.contractRequested,
					status,
					decidedAt: status === 'pending' ? null : now,
					locale: options.locale,
					createdAt: now,
					updatedAt: now
				})
				.returning();
			if (awaitingGuardian && !consentPending) {
				const token = createToken();
				await tx.insert(volunteerGuardianConsents).values({
					officeId: ctx.officeId,
					profileId: profile.id,
					guardianName: input.guardianName,
					guardianEmail: input.guardianEmail,
					relation: input.guardianRelation,
					tokenHash: hashToken(token),
					createdAt: now
				});
				await mailGuardian(tx, {
					officeId: ctx.officeId,
					profile,
					token,
					locale: options.locale,
					title: opportunity,
					guardianEmail: input.guardianEmail,
					guardianName: input.guardianName
				});
			}
			await mailVolunteer(tx, awaitingGuardian ? 'pendingGuardian' : status === 'pending' ? 'received' : status, {
				officeId: ctx.officeId,
				profile,
				opportunity,
				shift,
				application
			});
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor: ctx.actor,
				action: 'volunteering.application.created',
				entityType: 'volunteer_application',
				entityId: application.id,
				details: { opportunityId: opportunity.id, shiftId: shift?.id ?? null, status, minor, awaitingGuardian }
			});
			return { application, status, awaitingGuardian };
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'volunteering.apply.duplicate');
		throw caught;
	}
}

/** The e-mail asking a parent or guardian for written consent, with the private link. */
async function mailGuardian(
	tx: Database,
	facts: {
		officeId: string;
		profile: ProfileRow;
		token: string;
		locale: Locale;
		title: { title: string; titleEn: string };
		guardianEmail: string;
		guardianName: string;
	}
): Promise<void> {
	const office = await getOfficeById(tx, facts.officeId);
	if (!office) return;
	const i18n = createI18n(facts.locale, office.keepLatin);
	const link = publicLink(office, `/volunteering/guardian/${facts.token}`, facts.locale);
	await queueMail(tx, {
		officeId: facts.officeId,
		to: facts.guardianEmail,
		subject: i18n.t('volunteering.mail.guardian.subject', { name: facts.profile.name }),
		text: [
			i18n.t('volunteering.mail.greeting', { name: facts.guardianName }),
			'',
			i18n.t('volunteering.mail.guardian.text', { name: facts.profile.name, title: titleIn(i18n, facts.title) }),
			'',
			link,
			'',
			i18n.text(office.name)
		].join('\n'),
		sensitive: true
	});
}
