// What the participation commands share: the office's settings, a person's profile and the age check.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import type { Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { getOfficeById } from '../../../server/office.ts';
import { encodeMessage, createI18n, type MessageKey } from '../../../i18n/index.ts';
import { offices, users } from '../../../server/db/core-schema.ts';
import {
	participationFollows,
	participationInitiatives,
	participationProfiles,
	participationSettings
} from '../schema.ts';
import { ageBandOf, ageThisYear, isWithinYouthRange, type EditProblems } from '../rules.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { isLocale } from '../../../i18n/locale.ts';
import { wallClock } from '../../../i18n/office-time.ts';
import { groupProblems, type InformalGroupMember } from '../../../rules/informal-group.ts';
import { listOwnMediaIds } from '../../media/queries.server.ts';
import { MAX_IMAGES } from '../inputs.ts';
import { getAccountProfile } from '../../accounts/queries.server.ts';
import type { ParticipationGender } from '../constants.ts';

export interface ParticipationSettings {
	preModeration: boolean;
	supportThreshold: number;
	answerDays: number;
	groupMinMembers: number;
}

export const DEFAULT_SETTINGS: ParticipationSettings = {
	preModeration: true,
	supportThreshold: 30,
	answerDays: 30,
	groupMinMembers: 5
};

/** The office's participation settings (defaults until staff change them). */
export async function getParticipationSettings(db: Database, officeId: string): Promise<ParticipationSettings> {
	const [row] = await db.select().from(participationSettings).where(eq(participationSettings.officeId, officeId));
	return row
		? {
				preModeration: row.preModeration,
				supportThreshold: row.supportThreshold,
				answerDays: row.answerDays,
				groupMinMembers: row.groupMinMembers
			}
		: DEFAULT_SETTINGS;
}

/**
 * A person's participation profile in the office, or null when the year of birth was never given:
 * the one given here, else what their account keeps with consent (issue 13.15), so nobody is asked
 * twice for their year of birth.
 */
export async function getProfile(db: Database, officeId: string, userId: string) {
	const [row] = await db
		.select()
		.from(participationProfiles)
		.where(and(eq(participationProfiles.officeId, officeId), eq(participationProfiles.userId, userId)));
	if (row) return row;
	const kept = await getAccountProfile(db, userId);
	if (!kept) return null;
	const gender: ParticipationGender = kept.gender ?? 'unstated';
	return { officeId, userId, birthYear: kept.birthYear, gender, updatedAt: kept.consentAt };
}

/**
 * The actor as a young person of this office: their profile, age and band. Refused when the year of
 * birth is missing (the form asks for it) or outside the office's youth range.
 */
export async function requireYoungPerson(ctx: Context, now: Date, field = 'birthYear') {
	const actor = ctx.actor!;
	const [profile, office] = await Promise.all([
		getProfile(ctx.db, ctx.officeId, actor.userId),
		getOfficeById(ctx.db, ctx.officeId)
	]);
	if (!profile)
		throw new AppError('invalid', 'participation.error.birthYearMissing', {
			[field]: encodeMessage('participation.error.birthYearMissing')
		});
	if (!office || !isWithinYouthRange(profile.birthYear, office, now))
		throw new AppError('forbidden', 'participation.error.ageRange', {
			[field]: encodeMessage('participation.error.ageRange', {
				min: office?.youthMinAge ?? 15,
				max: office?.youthMaxAge ?? 30
			})
		});
	const age = ageThisYear(profile.birthYear, now);
	return { profile, office, age, ageBand: ageBandOf(age), gender: profile.gender };
}

/**
 * Of the image ids a form sent, those the actor uploaded themselves (call it before the command's
 * transaction: it reads through `ctx.db`).
 */
export async function ownImageIds(ctx: Context, ids: readonly string[]): Promise<string[]> {
	return listOwnMediaIds(ctx.db, ctx.officeId, ctx.actor!.userId, ids);
}

/** The images a record shows: the ids sent that are the actor's own or already on the record, in order, at most MAX_IMAGES. */
export function chooseImages(
	ids: readonly string[],
	own: readonly string[],
	already: readonly string[] = []
): string[] {
	return ids
		.filter((id, index) => ids.indexOf(id) === index && (own.includes(id) || already.includes(id)))
		.slice(0, MAX_IMAGES);
}

/**
 * The informal-group rule for an initiative (shared with funding calls): with a group name, at least the
 * office's number of members, each within the youth age range; no adult is needed, as nothing is signed.
 * A member list without a group name is refused too. Throws an `invalid` AppError on the form's fields.
 */
export function checkInformalGroup(
	group: { groupName: string; members: readonly InformalGroupMember[] },
	rule: { minMembers: number; youthMinAge: number; youthMaxAge: number },
	now: Date
): void {
	if (!group.groupName && group.members.length === 0) return;
	if (!group.groupName)
		throw new AppError('invalid', 'common.formHasErrors', {
			groupName: encodeMessage('participation.error.groupNameMissing')
		});
	const problems = groupProblems(group.members, {
		minMembers: rule.minMembers,
		minAge: rule.youthMinAge,
		maxAge: rule.youthMaxAge,
		year: wallClock(now).year,
		requiresAdult: false
	});
	if (problems.length === 0) return;
	const messages = problems.map((problem) =>
		problem.kind === 'tooFew'
			? encodeMessage('participation.error.groupTooSmall', { min: problem.min })
			: problem.kind === 'outsideAgeRange'
				? encodeMessage('participation.error.memberOutsideRange', {
						name: group.members[problem.member].name,
						min: problem.minAge,
						max: problem.maxAge
					})
				: encodeMessage('validation.invalid')
	);
	throw new AppError('invalid', 'common.formHasErrors', { members: messages[0] });
}

/** The actor's age band and gender for breakdowns, when they gave a year of birth ('' otherwise). */
export async function demographicsOf(db: Database, officeId: string, userId: string, now: Date) {
	const profile = await getProfile(db, officeId, userId);
	return {
		ageBand: profile ? ageBandOf(ageThisYear(profile.birthYear, now)) : '',
		gender: profile?.gender ?? ('unstated' as const)
	};
}

/**
 * Tells the initiative's author and followers (outbox, in their own language) that its status
 * changed. Runs inside the command's transaction: the mail leaves only if the change is committed.
 */
export async function notifyFollowers(
	tx: Database,
	options: { officeId: string; initiativeId: string; subjectKey: MessageKey; exceptUserId?: string }
): Promise<number> {
	const [initiative] = await tx
		.select({
			title: participationInitiatives.title,
			status: participationInitiatives.status,
			authorId: participationInitiatives.authorId
		})
		.from(participationInitiatives)
		.where(eq(participationInitiatives.id, options.initiativeId));
	if (!initiative) return 0;
	const followers = await tx
		.select({ id: users.id, email: users.email, locale: users.locale })
		.from(participationFollows)
		.innerJoin(users, eq(users.id, participationFollows.userId))
		.where(eq(participationFollows.initiativeId, options.initiativeId));
	const [office] = await tx
		.select({ keepLatin: offices.keepLatin, publicUrl: offices.publicUrl, name: offices.name })
		.from(offices)
		.where(eq(offices.id, options.officeId));
	let sent = 0;
	for (const follower of followers) {
		if (follower.id === options.exceptUserId) continue;
		const locale = isLocale(follower.locale) ? follower.locale : 'sr-Cyrl';
		const i18n = createI18n(locale, office?.keepLatin ?? []);
		const title = i18n.text(initiative.title);
		await queueMail(tx, {
			officeId: options.officeId,
			to: follower.email,
			subject: i18n.t(options.subjectKey, { title }),
			text: i18n.t('participation.mail.statusBody', {
				title,
				status: i18n.t(`participation.status.${initiative.status}` as MessageKey),
				url: `${office?.publicUrl ?? ''}${i18n.href(`/initiatives/${options.initiativeId}`)}`
			})
		});
		sent++;
	}
	return sent;
}

const EDIT_MESSAGES: Record<EditProblems[string], MessageKey> = {
	locked: 'participation.edit.error.locked',
	started: 'participation.edit.error.started',
	onlyLater: 'participation.edit.error.onlyLater'
};

/** The refusal of an edit of an opened poll or round, with a message on each field that may not change. */
export function editRefusal(problems: EditProblems): AppError {
	return new AppError(
		'conflict',
		'participation.edit.error.opened',
		Object.fromEntries(
			Object.entries(problems).map(([field, problem]) => [field, encodeMessage(EDIT_MESSAGES[problem])])
		)
	);
}
