import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { htmlToText, paragraphsToHtml } from '../../server/html.ts';
import { belgradeToInstant, instantToBelgrade } from '../../i18n/office-time.ts';
import { slugify } from '../../i18n/slug.ts';
import { ensureDemoDocuments } from '../documents/seed.server.ts';
import { listMeasureChoices } from './queries.server.ts';
import { seedDemoDecision } from './decision-seed.server.ts';
import { memberships, users } from '../../server/db/core-schema.ts';
import { hashPassword } from '../../server/auth/password.ts';
import type { DemoAccount } from '../../server/manifest.ts';
import {
	callApplications,
	callCommitteeMembers,
	callConflictStatements,
	callScores,
	fundingCalls,
	type CallCostCategory,
	type CallCriterion,
	type CallQuestion
} from './schema.ts';

/** The demo committee member's account (the other two members are the demo coordinator and youth worker). */
export const DEMO_COMMITTEE_EMAIL = 'komisija@demo.kzm.test';
const DEMO_PASSWORD = 'ivanjica-demo';

const DAY = 24 * 60 * 60 * 1000;

/** The day `days` from `now` at a Belgrade wall-clock time. */
function dayAt(now: Date, days: number, time: string): Date {
	return belgradeToInstant(instantToBelgrade(new Date(now.getTime() + days * DAY)).date, time);
}

const CATEGORIES: CallCostCategory[] = [
	{
		key: 'material',
		name: 'Материјал и опрема за активности',
		nameEn: 'Materials and equipment for activities',
		isEligible: true
	},
	{
		key: 'services',
		name: 'Услуге (штампа, превоз, закуп простора)',
		nameEn: 'Services (printing, transport, venue hire)',
		isEligible: true
	},
	{ key: 'fees', name: 'Хонорари предавача и тренера', nameEn: 'Fees of speakers and trainers', isEligible: true },
	{ key: 'food', name: 'Освежење за учеснике', nameEn: 'Refreshments for participants', isEligible: true },
	{
		key: 'salaries',
		name: 'Плате запослених у удружењу',
		nameEn: 'Salaries of the association’s staff',
		isEligible: false
	},
	{ key: 'assets', name: 'Куповина возила и непокретности', nameEn: 'Buying vehicles or property', isEligible: false }
];

const CRITERIA: CallCriterion[] = [
	{
		key: 'need',
		name: 'Пројекат одговара на потребе младих из истраживања',
		nameEn: 'The project answers young people’s needs found by research',
		maxPoints: 30
	},
	{ key: 'plan', name: 'Веза с мерама акционог плана', nameEn: 'Link with the action plan’s measures', maxPoints: 20 },
	{
		key: 'youth',
		name: 'Млади воде пројекат и учествују у њему',
		nameEn: 'Young people lead and take part in the project',
		maxPoints: 25
	},
	{ key: 'budget', name: 'Реалан и јасан буџет', nameEn: 'A realistic and clear budget', maxPoints: 15 },
	{ key: 'lasting', name: 'Одрживост резултата', nameEn: 'Lasting results', maxPoints: 10 }
];

const QUESTIONS: CallQuestion[] = [
	{
		key: 'reach',
		text: 'Како ћете позвати младе из осетљивих група да учествују?',
		textEn: 'How will you invite young people from vulnerable groups to take part?',
		isRequired: true
	},
	{
		key: 'before',
		text: 'Да ли сте раније водили сличан пројекат? Укратко опишите.',
		textEn: 'Have you run a similar project before? Describe it briefly.',
		isRequired: false
	}
];

/** Loads a closed 2026 call for informal groups and an open call for associations into the demo office. */
export async function seedDemoCalls(db: Database, officeId: string, now: Date = new Date()): Promise<DemoAccount[]> {
	const documents = await ensureDemoDocuments(db, officeId);
	const measureIds = (await listMeasureChoices(db, officeId)).slice(0, 3).map((measure) => measure.id);
	const attachmentDocumentIds = [documents['call-2026'], documents['call-2026-form']].filter(
		(id): id is string => !!id
	);
	const groupsBody =
		'Општина Ивањица позива неформалне групе младих да предложе мале пројекте за своје насеље, школу или клуб: акције уређења, трибине, вршњачке радионице, спортске и културне догађаје.\n\nГрупа има најмање пет чланова од 15 до 30 година, а један од њих је пунолетан и потписује уговор у име групе. Пријава се подноси само електронски.\n\nКанцеларија за младе сваког уторка од 16 часова помаже групама да напишу пројекат и буџет.';
	const associationsBody =
		'Позивамо удружења младих и удружења за младе да предложе пројекте који спроводе мере локалног акционог плана за младе: неформално образовање, каријерно вођење, волонтирање и учешће младих у одлучивању.\n\nПодносилац је уписан у регистар најмање годину дана пре објаве конкурса и има седиште или огранак у општини. Удружење покрива најмање десет одсто вредности пројекта из својих или других извора.';
	const calls = [
		{
			title: 'Конкурс за пројекте неформалних група младих 2026.',
			titleEn: 'Call for projects of informal youth groups 2026',
			summary: 'До 200.000 динара за пројекте које осмисле и воде групе од најмање пет младих.',
			summaryEn: 'Up to 200,000 dinars for projects designed and run by groups of at least five young people.',
			body: groupsBody,
			applicantTypes: ['informal_group' as const],
			totalBudget: 1_500_000,
			minPerProject: 50_000,
			maxPerProject: 200_000,
			coFinancingPercent: 0,
			allowsPartialFunding: true,
			opensAt: dayAt(now, -75, '08:00'),
			closesAt: dayAt(now, -45, '15:00'),
			timetable:
				'Ранг-листа се објављује у року од 30 дана од затварања конкурса. Жалба се подноси комисији у року од осам дана од објаве ранг-листе.',
			timetableEn:
				'The ranking is published within 30 days of the call closing. Appeals go to the committee within eight days of its publication.'
		},
		{
			title: 'Конкурс за пројекте удружења у спровођењу акционог плана за младе',
			titleEn: 'Call for association projects carrying out the youth action plan',
			summary: 'Укупно 2.400.000 динара за пројекте удружења младих и удружења за младе, до 400.000 по пројекту.',
			summaryEn:
				'2,400,000 dinars in total for projects of youth associations and associations for youth, up to 400,000 each.',
			body: associationsBody,
			applicantTypes: ['youth_association' as const, 'association_for_youth' as const],
			totalBudget: 2_400_000,
			minPerProject: 100_000,
			maxPerProject: 400_000,
			coFinancingPercent: 10,
			allowsPartialFunding: false,
			opensAt: dayAt(now, -5, '08:00'),
			closesAt: dayAt(now, 25, '15:00'),
			timetable: 'Ранг-листа у року од 45 дана од затварања; жалба у року од осам дана од њене објаве.',
			timetableEn: 'The ranking within 45 days of closing; appeals within eight days of its publication.'
		}
	];
	const ids: string[] = [];
	for (const call of calls) {
		const body = paragraphsToHtml(call.body);
		const [created] = await db
			.insert(fundingCalls)
			.values({
				...call,
				officeId,
				slug: slugify(call.title),
				body,
				searchText: htmlToText(body),
				attachmentDocumentIds,
				measureIds,
				groupMinMembers: 5,
				costCategories: CATEGORIES,
				questions: QUESTIONS,
				criteria: CRITERIA,
				minTotalPoints: 51,
				tieRule: 'first_criterion',
				publishesScores: true,
				status: 'published',
				publishedAt: new Date(call.opensAt.getTime() - 7 * DAY),
				isDemo: true
			})
			.returning({ id: fundingCalls.id });
		ids.push(created.id);
	}
	return seedDemoCommittee(db, officeId, ids[0], calls[0].closesAt);
}

const DEMO_GROUPS = [
	['Кварт', 'Клупе и кутак за дружење у парку', 180_000],
	['Зелена Моравица', 'Чиста обала реке за викенд', 95_000],
	['Гласови Голије', 'Подкаст о младима са села', 150_000],
	['Игра без граница', 'Турнир у малом фудбалу за основце', 120_000],
	['Читамо заједно', 'Клуб читања у школској библиотеци', 60_000],
	['Улица уметности', 'Мурал на згради дома културе', 200_000],
	['Кадар', 'Радионица мобилног филма', 140_000],
	['Планинари Ивањице', 'Стазе Голије за почетнике', 110_000],
	['Бит', 'Школа програмирања за основце', 190_000],
	['Плави круг', 'Вршњачка подршка у средњој школи', 75_000],
	['Сеоски клуб', 'Филмске вечери у задружном дому', 85_000],
	['Точак', 'Поправка бицикала за све', 130_000],
	['Нота', 'Концерт младих бендова', 170_000],
	['Огњиште', 'Записи о старим занатима', 90_000]
] as const;

/**
 * Fourteen applications of informal groups to the closed call, checked and scored by a three-person committee (one
 * conflict), then decided, with two contracts, their payments and reports (decision-seed.server.ts).
 */
async function seedDemoCommittee(
	db: Database,
	officeId: string,
	callId: string,
	closesAt: Date
): Promise<DemoAccount[]> {
	const [member] = await db
		.insert(users)
		.values({
			name: 'Драгана Костић',
			email: DEMO_COMMITTEE_EMAIL,
			passwordHash: await hashPassword(DEMO_PASSWORD),
			isDemo: true
		})
		.onConflictDoUpdate({ target: users.email, set: { isDemo: true } })
		.returning({ id: users.id });
	await db.insert(memberships).values({ officeId, userId: member.id, role: 'young_person' }).onConflictDoNothing();
	const others = await db
		.select({ id: users.id })
		.from(users)
		.where(inArray(users.email, ['koordinator@demo.kzm.test', 'saradnik@demo.kzm.test']));
	const committee = [member.id, ...others.map((row) => row.id)];
	for (const [index, userId] of committee.entries()) {
		await db
			.insert(callCommitteeMembers)
			.values({ callId, userId, officeId, isChair: index === 1 })
			.onConflictDoNothing();
	}
	const year = instantToBelgrade(closesAt).date.slice(0, 4);
	const applicationIds: string[] = [];
	for (const [index, [group, title, requested]] of DEMO_GROUPS.entries()) {
		const submittedAt = new Date(closesAt.getTime() - (10 - index) * DAY);
		const [application] = await db
			.insert(callApplications)
			.values({
				officeId,
				callId,
				applicantType: 'informal_group',
				applicantName: `Група „${group}”`,
				contactEmail: `grupa${index + 1}@example.test`,
				members: ['Ана', 'Марко', 'Јелена', 'Стефан', 'Милица'].map((name, member) => ({
					name: `${name} ${group.split(' ')[0]}`,
					birthYear: Number(year) - 16 - member
				})),
				title,
				summary: `${title}: акција коју осмишљавају и воде млади из групе.`,
				need: 'Млади у насељу немају довољно садржаја и простора за дружење.',
				targetGroup: 'Млади од 15 до 25 година из општине.',
				activities: [{ title: 'Припрема и набавка', from: `${year}-05`, to: `${year}-06` }],
				results: 'Акција је изведена, учествује најмање 30 младих.',
				budget: [
					{ categoryKey: 'material', description: 'Материјал', quantity: 1, unitPrice: requested, coFinanced: 0 }
				],
				requested,
				status: 'submitted',
				reference: `P-${year}-${String(index + 1).padStart(4, '0')}`,
				submittedAt,
				administrativeCheck: {
					isComplete: true,
					isEligibleApplicant: true,
					isWithinLimits: true,
					outcome: 'passed',
					note: '',
					completionDue: '',
					checkedBy: 'Јелена Петровић',
					checkedAt: new Date(closesAt.getTime() + 2 * DAY).toISOString()
				},
				isDemo: true,
				createdAt: submittedAt,
				updatedAt: submittedAt
			})
			.returning({ id: callApplications.id });
		applicationIds.push(application.id);
		for (const [memberIndex, userId] of committee.entries()) {
			// The demo committee member declares a conflict on the first group's application.
			const hasConflict = memberIndex === 0 && index === 0;
			await db.insert(callConflictStatements).values({
				applicationId: application.id,
				memberUserId: userId,
				hasConflict,
				reason: hasConflict ? 'Члан групе је мој рођак.' : ''
			});
			if (hasConflict) continue;
			const base = 20 - index * 2 + memberIndex;
			await db.insert(callScores).values({
				applicationId: application.id,
				memberUserId: userId,
				points: { need: base + 8, plan: 14, youth: 18 - index, budget: 11, lasting: 7 },
				comments: {}
			});
		}
	}
	await seedDemoDecision(db, officeId, callId, closesAt, applicationIds);
	// Not returned as a demo account: the console lists one account per role (the README names this one).
	return [];
}

/** Removes the demo calls. */
export async function removeDemoCalls(db: Database, officeId: string): Promise<void> {
	await db.delete(fundingCalls).where(and(eq(fundingCalls.officeId, officeId), eq(fundingCalls.isDemo, true)));
}
