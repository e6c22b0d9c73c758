import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { surveys, surveySettlements, type SurveyOption } from './schema.ts';
import {
	demographicsBlock,
	DEFAULT_SENSITIVE_CONSENT,
	type SectionDraft,
	type SettlementChoice
} from './demographics-block.ts';
import { insertSections } from './commands/shared.server.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The demo office's settlements: the town of Ivanjica and villages of the municipality. */
export const DEMO_SETTLEMENTS = [
	{ name: 'Ивањица', isUrban: true },
	{ name: 'Прилике', isUrban: false },
	{ name: 'Кушићи', isUrban: false },
	{ name: 'Међуречје', isUrban: false },
	{ name: 'Брезова', isUrban: false },
	{ name: 'Девићи', isUrban: false },
	{ name: 'Катићи', isUrban: false },
	{ name: 'Осоница', isUrban: false },
	{ name: 'Ерчеге', isUrban: false },
	{ name: 'Луке', isUrban: false },
	{ name: 'Лиса', isUrban: false }
];

export const DEMO_SURVEY_SLUGS = { current: 'potrebe-mladih-2026', previous: 'potrebe-mladih-2025' } as const;

const option = (value: string, label: string, labelEn: string): SurveyOption => ({ value, label, labelEn });
const FIVE = (minLabel: string, minLabelEn: string, maxLabel: string, maxLabelEn: string) => ({
	min: 1,
	max: 5,
	minLabel,
	minLabelEn,
	maxLabel,
	maxLabelEn
});

/**
 * The annual needs survey's sections (the demo survey's definition, also used by the analysis tests'
 * fixture); `previous` leaves out what was new this year.
 */
export function needsSurveySections(
	settlements: readonly SettlementChoice[],
	year: number,
	previous: boolean
): SectionDraft[] {
	const about = demographicsBlock(settlements, year);
	about.questions = about.questions.map((question) =>
		question.key === 'birth_year' ? { ...question, minValue: 1990, maxValue: 2015 } : question
	);
	return [
		about,
		{
			title: 'Слободно време',
			titleEn: 'Free time',
			questions: [
				{
					key: 'free_time',
					kind: 'multiple',
					prompt: 'Како најчешће проводиш слободно време?',
					promptEn: 'How do you usually spend your free time?',
					help: 'Изабери до три одговора.',
					helpEn: 'Choose up to three.',
					isRequired: true,
					isRandomised: true,
					allowsOther: true,
					maxChoices: 3,
					options: [
						option('sport', 'Спорт и рекреација', 'Sport and recreation'),
						option('culture', 'Култура: биоскоп, концерти, позориште', 'Culture: cinema, concerts, theatre'),
						option('online', 'На интернету и друштвеним мрежама', 'Online and on social media'),
						option('cafe', 'У кафићу са друштвом', 'At a café with friends'),
						option('volunteering', 'Волонтирам', 'Volunteering'),
						option('nothing', 'Немам шта да радим', 'There is nothing to do')
					]
				},
				{
					key: 'free_time_satisfaction',
					kind: 'scale',
					prompt: 'Колико си задовољан/задовољна садржајима за младе у општини?',
					promptEn: 'How satisfied are you with what the municipality offers young people?',
					isRequired: true,
					scale: FIVE('Нимало', 'Not at all', 'Потпуно', 'Completely')
				},
				{
					key: 'missing_content',
					kind: 'long_text',
					prompt: 'Шта ти највише недостаје у Ивањици?',
					promptEn: 'What do you miss most in Ivanjica?',
					help: 'Напиши слободно, колико желиш.',
					helpEn: 'Write freely, as much as you like.'
				}
			]
		},
		{
			title: 'Информисање и учешће',
			titleEn: 'Information and participation',
			questions: [
				{
					key: 'info_sources',
					kind: 'multiple',
					prompt: 'Где сазнајеш шта се дешава за младе?',
					promptEn: 'Where do you find out what is on for young people?',
					isRequired: true,
					options: [
						option('social_media', 'Друштвене мреже', 'Social media'),
						option('school', 'У школи', 'At school'),
						option('friends', 'Од другова и другарица', 'From friends'),
						option('kzm_site', 'Сајт Канцеларије за младе', 'The youth office website'),
						option('radio_tv', 'Локални радио и телевизија', 'Local radio and TV')
					]
				},
				{
					key: 'knows_kzm',
					kind: 'single',
					prompt: 'Да ли знаш чиме се бави Канцеларија за младе?',
					promptEn: 'Do you know what the youth office does?',
					isRequired: true,
					options: [option('yes', 'Да', 'Yes'), option('no', 'Не', 'No')]
				},
				{
					key: 'kzm_rating',
					kind: 'scale',
					prompt: 'Како оцењујеш рад Канцеларије за младе?',
					promptEn: 'How do you rate the youth office’s work?',
					isRequired: true,
					scale: FIVE('Лоше', 'Poor', 'Одлично', 'Excellent'),
					condition: { questionKey: 'knows_kzm', operator: 'equals', values: ['yes'] }
				},
				{
					key: 'participation',
					kind: 'matrix',
					prompt: 'Колико се слажеш са следећим тврдњама?',
					promptEn: 'How much do you agree with these statements?',
					statements: [
						option('voice_heard', 'Глас младих се чује у општини', 'Young people’s voice is heard in the municipality'),
						option(
							'want_to_volunteer',
							'Желим да волонтирам у својој заједници',
							'I want to volunteer in my community'
						),
						option('trust_institutions', 'Верујем локалним институцијама', 'I trust local institutions')
					],
					scale: FIVE('Уопште се не слажем', 'Strongly disagree', 'Потпуно се слажем', 'Strongly agree')
				}
			]
		},
		{
			title: 'Образовање и посао',
			titleEn: 'Education and work',
			questions: [
				{
					key: 'plans_after_school',
					kind: 'single',
					prompt: 'Шта планираш после школовања?',
					promptEn: 'What are your plans after school?',
					isRequired: true,
					options: [
						option('stay', 'Да останем у Ивањици', 'To stay in Ivanjica'),
						option('leave_municipality', 'Да се преселим у други град у Србији', 'To move to another town in Serbia'),
						option('leave_country', 'Да одем у иностранство', 'To move abroad'),
						option('undecided', 'Још не знам', 'I don’t know yet')
					]
				},
				{
					key: 'priorities',
					kind: 'ranking',
					prompt: 'Поређај шта општина треба прво да поправи за младе (1 = најважније).',
					promptEn: 'Rank what the municipality should fix first for young people (1 = most important).',
					isRandomised: !previous,
					options: [
						option('jobs', 'Посао и пракса', 'Jobs and internships'),
						option('transport', 'Превоз између села и града', 'Transport between villages and town'),
						option('sport_facilities', 'Спортски терени и сале', 'Sports grounds and halls'),
						option('culture', 'Културни садржаји', 'Cultural events'),
						option('mental_health', 'Подршка менталном здрављу', 'Mental health support')
					]
				},
				{
					key: 'biggest_problem',
					kind: 'short_text',
					prompt: 'Који је у једној реченици највећи проблем младих у нашој општини?',
					promptEn: 'In one sentence, what is the biggest problem for young people in our municipality?'
				}
			]
		}
	];
}

async function createDemoSurvey(
	db: Database,
	officeId: string,
	values: {
		slug: string;
		year: number;
		opensAt: Date;
		closesAt: Date;
		copiedFromId: string | null;
		targetResponses: number;
	}
): Promise<string> {
	const [survey] = await db
		.insert(surveys)
		.values({
			officeId,
			slug: values.slug,
			title: `Потребе младих у Ивањици ${values.year}.`,
			titleEn: `Needs of young people in Ivanjica, ${values.year}`,
			introduction:
				'Сваке године питамо младе од 15 до 30 година шта им треба, а на основу одговора мењамо Локални акциони план за младе. Анкета је анонимна и траје око десет минута.',
			introductionEn:
				'Every year we ask young people aged 15 to 30 what they need, and we revise the Local Youth Action Plan from the answers. The survey is anonymous and takes about ten minutes.',
			thanks: 'Хвала! Резултате ћемо објавити на сајту и у њима ћеш препознати и свој глас.',
			thanksEn: 'Thank you! We will publish the results on the website, and your voice will be in them.',
			year: values.year,
			status: 'published',
			opensAt: values.opensAt,
			closesAt: values.closesAt,
			targetResponses: values.targetResponses,
			parentalConsent: 'confirm',
			sensitiveConsentText: DEFAULT_SENSITIVE_CONSENT.text,
			sensitiveConsentTextEn: DEFAULT_SENSITIVE_CONSENT.textEn,
			copiedFromId: values.copiedFromId,
			isDemo: true
		})
		.returning({ id: surveys.id });
	await insertSections(
		db,
		officeId,
		survey.id,
		needsSurveySections(DEMO_SETTLEMENTS, values.year, values.copiedFromId === null)
	);
	return survey.id;
}

/** The demo office's annual needs survey (open now) and last year's (closed), with the settlement list. */
export async function seedDemoSurveys(db: Database, officeId: string): Promise<void> {
	await db
		.insert(surveySettlements)
		.values(DEMO_SETTLEMENTS.map((settlement, index) => ({ ...settlement, officeId, sortOrder: index })))
		.onConflictDoNothing();
	const now = Date.now();
	const previousId = await createDemoSurvey(db, officeId, {
		slug: DEMO_SURVEY_SLUGS.previous,
		year: 2025,
		opensAt: new Date('2025-10-01T08:00:00Z'),
		closesAt: new Date('2025-11-30T22:59:00Z'),
		copiedFromId: null,
		targetResponses: 300
	});
	await createDemoSurvey(db, officeId, {
		slug: DEMO_SURVEY_SLUGS.current,
		year: 2026,
		opensAt: new Date(now - 20 * DAY),
		closesAt: new Date(now + 60 * DAY),
		copiedFromId: previousId,
		targetResponses: 400
	});
}

/** Removes the demo surveys (their sections, questions, codes and answers go with them) and the settlements. */
export async function removeDemoSurveys(db: Database, officeId: string): Promise<void> {
	await db.delete(surveys).where(and(eq(surveys.officeId, officeId), eq(surveys.isDemo, true)));
	await db.delete(surveySettlements).where(
		and(
			eq(surveySettlements.officeId, officeId),
			inArray(
				surveySettlements.name,
				DEMO_SETTLEMENTS.map(({ name }) => name)
			)
		)
	);
}
