import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { htmlToText, paragraphsToHtml } from '../../server/html.ts';
import { belgradeToInstant, instantToBelgrade } from '../../i18n/office-time.ts';
import { slugify } from '../../i18n/slug.ts';
import { ensureDemoDocuments } from '../documents/seed.server.ts';
import { listMeasureChoices } from './queries.server.ts';
import { fundingCalls, type CallCostCategory, type CallCriterion, type CallQuestion } from './schema.ts';

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
export async function seedDemoCalls(db: Database, officeId: string, now: Date = new Date()): Promise<void> {
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
	for (const call of calls) {
		const body = paragraphsToHtml(call.body);
		await db.insert(fundingCalls).values({
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
		});
	}
}

/** Removes the demo calls. */
export async function removeDemoCalls(db: Database, officeId: string): Promise<void> {
	await db.delete(fundingCalls).where(and(eq(fundingCalls.officeId, officeId), eq(fundingCalls.isDemo, true)));
}
