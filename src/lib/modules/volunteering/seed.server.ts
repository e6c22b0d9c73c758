// Demo volunteer service: twenty opportunities of the office and six organisations (some for
// under-18s, one long-term), sixty volunteers with a year of hours, guardians' consents, and the
// demo young person as a volunteer with hours. Inserted in bulk: the e2e suite seeds once per run.
import { getPublicEventBySlug } from '../events/queries.server.ts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { users } from '../../server/db/core-schema.ts';
import { createToken, hashToken } from '../../server/auth/tokens.ts';
import { listDirectory } from '../organisations/directory-queries.server.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { addMonths, belgradeDate } from './rules.ts';
import {
	volunteerApplications,
	volunteerCertificates,
	volunteerGuardianConsents,
	volunteerHours,
	volunteerOpportunities,
	volunteerProfiles,
	volunteerShifts,
	type VolunteerCategory
} from './schema.ts';
import { readableCode } from './commands/shared.server.ts';

const DAY = 24 * 60 * 60 * 1000;

type DemoOpportunity = [
	title: string,
	category: VolunteerCategory,
	minAge: number,
	place: string,
	organisationIndex: number | null
];

/** Invented actions of Ivanjica: null organiser is the office, a number the nth demo organisation. */
const OPPORTUNITIES: DemoOpportunity[] = [
	['Чишћење обале Моравице', 'environment', 15, 'Ивањица, кеј', null],
	['Волонтери на Данима Голије', 'events', 15, 'Голија', null],
	['Помоћ у учењу за основце', 'education', 16, 'Канцеларија за младе', null],
	['Сађење дрвећа у школском дворишту', 'environment', 15, 'ОШ „Милинко Кушић”', null],
	['Дружење са старијима у Дому', 'social', 18, 'Дом за старе', 0],
	['Прикупљање гардеробе за породице', 'social', 15, 'Ивањица', 0],
	['Организација турнира у баскету', 'sport', 15, 'Спортска хала', 1],
	['Фотографи на фестивалу', 'culture', 16, 'Културни центар', 1],
	['Уређивање библиотечког кутка', 'culture', 15, 'Народна библиотека', 2],
	['Радионице читања за децу', 'education', 16, 'Народна библиотека', 2],
	['Акција добровољног давања крви', 'health', 18, 'Дом здравља', 3],
	['Вршњачка едукација о здрављу', 'health', 15, 'Средња школа', 3],
	['Обележавање планинарских стаза', 'environment', 18, 'Голија', 4],
	['Помоћ на планинарском маратону', 'sport', 15, 'Голија', 4],
	['Дигитални помоћници за старије', 'education', 15, 'Канцеларија за младе', 5],
	['Превођење материјала на енглески', 'other', 16, 'На даљину', 5],
	['Новогодишњи пакетићи', 'social', 15, 'Ивањица', null],
	['Волонтери инфо пулта', 'events', 15, 'Канцеларија за младе', null],
	['Снимање видео прича о младима', 'culture', 15, 'Ивањица', null],
	['Стални волонтер у омладинском клубу', 'social', 18, 'Омладински клуб', null]
];

const FIRST_NAMES = [
	'Ана',
	'Марко',
	'Јована',
	'Лука',
	'Милица',
	'Стефан',
	'Теодора',
	'Никола',
	'Сара',
	'Вук',
	'Ива',
	'Урош'
];
const LAST_NAMES = ['Јовановић', 'Петровић', 'Николић', 'Марковић', 'Ђорђевић'];
/** Demo volunteers: sixty, some of them minors. */
export const DEMO_VOLUNTEER_COUNT = 60;
export const DEMO_OPPORTUNITY_COUNT = OPPORTUNITIES.length;

/** Loads the demo volunteer service into the demo office. */
export async function seedDemoVolunteering(db: Database, officeId: string, now: Date = new Date()): Promise<void> {
	const directory = (await listDirectory(db, officeId, { pageSize: 6 })).rows;
	const today = belgradeDate(now);
	const year = Number(today.slice(0, 4));
	// The river clean-up belongs to the demo calendar's volunteer action (events' public query).
	const cleanUp = await getPublicEventBySlug(db, officeId, 'akcija-ciscenja-obale');
	const opportunityRows = await db
		.insert(volunteerOpportunities)
		.values(
			OPPORTUNITIES.map(([title, category, minAge, place, organisationIndex], index) => {
				const organisation = organisationIndex !== null ? directory[organisationIndex] : undefined;
				const isOpenEnded = index === OPPORTUNITIES.length - 1;
				return {
					officeId,
					slug: `demo-volontiranje-${index + 1}`,
					organisationId: organisation?.id ?? null,
					organiserName: organisation?.name ?? '',
					title,
					summary: `${title}: придружите се волонтерима Ивањице.`,
					description: 'Опис послова, обука на почетку смене и подршка координатора.',
					beneficiary: 'Грађани Ивањице',
					place,
					isRemote: place === 'На даљину',
					category,
					minAge,
					training: 'Кратка обука пре почетка.',
					costsReimbursed: 'Превоз и оброк.',
					rightsAndDuties: 'Права и обавезе према Закону о волонтирању.',
					isOpenEnded,
					hoursPerWeek: isOpenEnded ? 12 : null,
					startsOn: isOpenEnded ? addMonths(today, -6) : null,
					endsOn: isOpenEnded ? addMonths(today, 6) : null,
					rolePlaces: isOpenEnded ? 3 : null,
					autoAccept: index % 3 === 0,
					eventId: index === 0 && cleanUp?.type === 'volunteer_action' ? cleanUp.id : null,
					status: index === 15 ? ('pending_review' as const) : ('published' as const),
					publishedAt: new Date(now.getTime() - (30 - index) * DAY),
					isDemo: true
				};
			})
		)
		.returning();
	// Each action: a past shift a month back and two coming ones.
	const shiftValues = opportunityRows
		.filter((row) => !row.isOpenEnded)
		.flatMap((row, index) =>
			[-30 - index, 7 + index, 21 + index].map((offset) => {
				const day = belgradeDate(new Date(now.getTime() + offset * DAY));
				return {
					officeId,
					opportunityId: row.id,
					startsAt: belgradeToInstant(day, '10:00'),
					endsAt: belgradeToInstant(day, '14:00'),
					places: 5 + (index % 4) * 5
				};
			})
		);
	const shifts = await db.insert(volunteerShifts).values(shiftValues).returning();
	const pastShifts = shifts.filter((shift) => shift.startsAt < now);

	const [account] = await db.select().from(users).where(eq(users.email, 'mlada@demo.kzm.test'));
	const profileValues = Array.from({ length: DEMO_VOLUNTEER_COUNT }, (_, index) => {
		const age = 15 + (index % 12);
		const isAccount = index === 0 && !!account;
		return {
			officeId,
			userId: isAccount ? account.id : null,
			name: isAccount
				? account.name
				: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[index % LAST_NAMES.length]}`,
			email: isAccount ? account.email : `volonter${index + 1}@demo.kzm.test`,
			birthDate: isAccount ? `${year - 20}-04-12` : `${year - age}-${String((index % 12) + 1).padStart(2, '0')}-15`,
			gender: (['female', 'male', 'female', 'male', null] as const)[index % 5],
			skills: ['фотографија', 'рад са децом', 'енглески', 'организација'][index % 4],
			interests: 'животна средина, култура',
			emergencyContact: 'Родитељ, 064 000 0000',
			script: index % 4 === 3 ? ('latn' as const) : ('cyrl' as const),
			cardNumber: `${year}-${readableCode(6)}`,
			cardCode: createToken(),
			cardValidUntil: addMonths(today, 24),
			showHoursPublicly: index % 2 === 0,
			isDemo: true
		};
	});
	const profiles = await db.insert(volunteerProfiles).values(profileValues).returning();
	// Minors have their guardian's consent on file.
	const minors = profiles.filter(
		(profile) => profile.birthDate && Number(today.slice(0, 4)) - Number(profile.birthDate.slice(0, 4)) < 19
	);
	if (minors.length > 0)
		await db.insert(volunteerGuardianConsents).values(
			minors.map((profile) => ({
				officeId,
				profileId: profile.id,
				guardianName: `Родитељ: ${profile.name}`,
				guardianEmail: `roditelj.${profile.id.slice(0, 8)}@demo.kzm.test`,
				relation: 'родитељ',
				tokenHash: hashToken(createToken()),
				confirmedName: `Родитељ: ${profile.name}`,
				confirmedAt: new Date(now.getTime() - 60 * DAY)
			}))
		);
	// Every volunteer served on two past shifts, with the hours recorded.
	const applicationValues = profiles.flatMap((profile, index) =>
		[pastShifts[index % pastShifts.length], pastShifts[(index + 7) % pastShifts.length]].map((shift) => ({
			officeId,
			opportunityId: shift.opportunityId,
			shiftId: shift.id,
			profileId: profile.id,
			motivation: 'Желим да помогнем.',
			status: 'accepted' as const,
			decidedAt: new Date(shift.startsAt.getTime() - 5 * DAY)
		}))
	);
	const applications = await db.insert(volunteerApplications).values(applicationValues).returning();
	const shiftById = new Map(shifts.map((shift) => [shift.id, shift]));
	await db.insert(volunteerHours).values(
		applications.map((application, index) => {
			const shift = shiftById.get(application.shiftId!)!;
			return {
				officeId,
				applicationId: application.id,
				profileId: application.profileId,
				opportunityId: application.opportunityId,
				shiftId: shift.id,
				workedOn: belgradeDate(shift.startsAt),
				minutes: index % 5 === 0 ? 180 : 240,
				task: 'Рад на акцији',
				source: 'organiser' as const,
				status: index % 17 === 0 ? ('claimed' as const) : ('approved' as const)
			};
		})
	);
	// The long-term volunteer of the ongoing role: 11 hours a week for the last 14 weeks.
	const role = opportunityRows[opportunityRows.length - 1];
	const longTerm = profiles[5];
	const [roleApplication] = await db
		.insert(volunteerApplications)
		.values({
			officeId,
			opportunityId: role.id,
			profileId: longTerm.id,
			status: 'accepted',
			decidedAt: new Date(now.getTime() - 120 * DAY)
		})
		.returning();
	await db.insert(volunteerHours).values(
		Array.from({ length: 14 }, (_, week) => ({
			officeId,
			applicationId: roleApplication.id,
			profileId: longTerm.id,
			opportunityId: role.id,
			workedOn: belgradeDate(new Date(now.getTime() - (week + 1) * 7 * DAY)),
			minutes: 11 * 60,
			task: 'Рад у клубу',
			source: 'organiser' as const,
			status: 'approved' as const
		}))
	);
	// Pending applications for organisers to decide, on coming shifts.
	const coming = shifts.filter((shift) => shift.startsAt > now);
	await db.insert(volunteerApplications).values(
		profiles.slice(10, 16).map((profile, index) => ({
			officeId,
			opportunityId: coming[index].opportunityId,
			shiftId: coming[index].id,
			profileId: profile.id,
			motivation: 'Волим да радим са људима.',
			status: 'pending' as const
		}))
	);
	await db
		.insert(volunteerCertificates)
		.values(
			profiles.slice(0, 3).map((profile) => ({ officeId, profileId: profile.id, code: readableCode(10), minutes: 420 }))
		);
}

/** Removes the demo volunteer service (everything hangs off the demo opportunities and profiles). */
export async function removeDemoVolunteering(db: Database, officeId: string): Promise<void> {
	const demoProfiles = db
		.select({ id: volunteerProfiles.id })
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.officeId, officeId), eq(volunteerProfiles.isDemo, true)));
	await db.delete(volunteerApplications).where(inArray(volunteerApplications.profileId, demoProfiles));
	await db
		.delete(volunteerOpportunities)
		.where(and(eq(volunteerOpportunities.officeId, officeId), eq(volunteerOpportunities.isDemo, true)));
	await db
		.delete(volunteerProfiles)
		.where(and(eq(volunteerProfiles.officeId, officeId), eq(volunteerProfiles.isDemo, true)));
}
