// A test-only definition of the annual needs survey with the question keys agreed with the survey
// builder (the real demo definition lives in seed.server.ts). Tests, the benchmark and local runs of
// the analysis journey create it; the running app never does.
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { slugify } from '../../../i18n/slug.ts';
import {
	surveyQuestions,
	surveySections,
	surveySettlements,
	surveys,
	type SurveyOption,
	type SurveyQuestionKind,
	type SurveyStatus
} from '../schema.ts';

const option = (value: string, label: string, labelEn: string): SurveyOption => ({ value, label, labelEn });
const scale = {
	min: 1,
	max: 5,
	minLabel: 'Уопште не',
	minLabelEn: 'Not at all',
	maxLabel: 'Потпуно',
	maxLabelEn: 'Completely'
};

export const FIXTURE_SETTLEMENTS: { name: string; isUrban: boolean }[] = [
	{ name: 'Ивањица', isUrban: true },
	{ name: 'Прилике', isUrban: false },
	{ name: 'Ковиље', isUrban: false },
	{ name: 'Међуречје', isUrban: false },
	{ name: 'Катићи', isUrban: false },
	{ name: 'Бедина Варош', isUrban: false },
	{ name: 'Девићи', isUrban: false }
];

interface FixtureQuestion {
	key: string;
	kind: SurveyQuestionKind;
	prompt: string;
	promptEn: string;
	options?: SurveyOption[];
	statements?: SurveyOption[];
	scale?: typeof scale;
	demographic?: 'birth_year' | 'gender' | 'settlement' | 'occupation' | 'vulnerable';
	isSensitive?: boolean;
	allowsOther?: boolean;
	minValue?: number;
	maxValue?: number;
}

function sectionsOf(settlements: SurveyOption[]): { title: string; questions: FixtureQuestion[] }[] {
	return [
		{
			title: 'О теби',
			questions: [
				{
					key: 'birth_year',
					kind: 'number',
					prompt: 'Година рођења',
					promptEn: 'Year of birth',
					demographic: 'birth_year',
					minValue: 1990,
					maxValue: 2015
				},
				{
					key: 'gender',
					kind: 'single',
					prompt: 'Пол',
					promptEn: 'Gender',
					demographic: 'gender',
					options: [
						option('female', 'Женски', 'Female'),
						option('male', 'Мушки', 'Male'),
						option('other', 'Друго', 'Other'),
						option('no_answer', 'Не желим да кажем', 'Prefer not to say')
					]
				},
				{
					key: 'settlement',
					kind: 'dropdown',
					prompt: 'Место где живиш',
					promptEn: 'Where you live',
					demographic: 'settlement',
					options: settlements
				},
				{
					key: 'occupation',
					kind: 'single',
					prompt: 'Чиме се бавиш?',
					promptEn: 'What do you do?',
					demographic: 'occupation',
					options: [
						option('pupil', 'Ученик/ученица', 'Pupil'),
						option('student', 'Студент/студенткиња', 'Student'),
						option('employed', 'Запослен/а', 'Employed'),
						option('unemployed', 'Незапослен/а', 'Unemployed'),
						option('neet', 'Нити радим нити се школујем', 'Not in work or education')
					]
				},
				{
					key: 'vulnerable',
					kind: 'multiple',
					prompt: 'Да ли припадаш некој од ових група?',
					promptEn: 'Do you belong to any of these groups?',
					demographic: 'vulnerable',
					isSensitive: true,
					options: [
						option('disability', 'Особе са инвалидитетом', 'People with disabilities'),
						option('roma', 'Роми и Ромкиње', 'Roma'),
						option('poverty', 'Живим у сиромаштву', 'Living in poverty'),
						option('young_parent', 'Млади родитељ', 'Young parent'),
						option('none', 'Ништа од наведеног', 'None of these')
					]
				}
			]
		},
		{
			title: 'Слободно време',
			questions: [
				{
					key: 'free_time',
					kind: 'multiple',
					prompt: 'Како проводиш слободно време?',
					promptEn: 'How do you spend your free time?',
					allowsOther: true,
					options: [
						option('sport', 'Спорт', 'Sport'),
						option('culture', 'Култура', 'Culture'),
						option('online', 'На интернету', 'Online'),
						option('cafe', 'У кафићу', 'In a café'),
						option('volunteering', 'Волонтирање', 'Volunteering'),
						option('nothing', 'Ништа посебно', 'Nothing in particular')
					]
				},
				{
					key: 'free_time_satisfaction',
					kind: 'scale',
					prompt: 'Колико си задовољан/на садржајима за младе?',
					promptEn: 'How satisfied are you with what there is for young people?',
					scale
				},
				{
					key: 'missing_content',
					kind: 'long_text',
					prompt: 'Шта ти недостаје у Ивањици?',
					promptEn: 'What do you miss in Ivanjica?'
				}
			]
		},
		{
			title: 'Информисање и учешће',
			questions: [
				{
					key: 'info_sources',
					kind: 'multiple',
					prompt: 'Где сазнајеш шта се дешава?',
					promptEn: 'Where do you hear what is going on?',
					options: [
						option('social_media', 'Друштвене мреже', 'Social media'),
						option('school', 'Школа', 'School'),
						option('friends', 'Пријатељи', 'Friends'),
						option('kzm_site', 'Сајт КЗМ', 'The youth office website'),
						option('radio_tv', 'Радио и ТВ', 'Radio and TV')
					]
				},
				{
					key: 'knows_kzm',
					kind: 'single',
					prompt: 'Да ли знаш за Канцеларију за младе?',
					promptEn: 'Do you know the youth office?',
					options: [option('yes', 'Да', 'Yes'), option('no', 'Не', 'No')]
				},
				{
					key: 'kzm_rating',
					kind: 'scale',
					prompt: 'Како оцењујеш рад Канцеларије?',
					promptEn: 'How do you rate the office?',
					scale
				},
				{
					key: 'participation',
					kind: 'matrix',
					prompt: 'Колико се слажеш?',
					promptEn: 'How much do you agree?',
					scale,
					statements: [
						option('voice_heard', 'Мој глас се чује', 'My voice is heard'),
						option('want_to_volunteer', 'Желим да волонтирам', 'I want to volunteer'),
						option('trust_institutions', 'Верујем институцијама', 'I trust institutions')
					]
				}
			]
		},
		{
			title: 'Планови',
			questions: [
				{
					key: 'plans_after_school',
					kind: 'single',
					prompt: 'Шта планираш после школовања?',
					promptEn: 'What are your plans after school?',
					options: [
						option('stay', 'Да останем', 'To stay'),
						option('leave_municipality', 'Да одем из општине', 'To leave the municipality'),
						option('leave_country', 'Да одем из земље', 'To leave the country'),
						option('undecided', 'Не знам још', 'Undecided')
					]
				},
				{
					key: 'priorities',
					kind: 'ranking',
					prompt: 'Поређај по важности',
					promptEn: 'Rank by importance',
					options: [
						option('jobs', 'Посао', 'Jobs'),
						option('transport', 'Превоз', 'Transport'),
						option('sport_facilities', 'Спортски терени', 'Sport facilities'),
						option('culture', 'Култура', 'Culture'),
						option('mental_health', 'Ментално здравље', 'Mental health')
					]
				},
				{
					key: 'biggest_problem',
					kind: 'short_text',
					prompt: 'Највећи проблем младих је…',
					promptEn: 'The biggest problem of young people is…'
				}
			]
		}
	];
}

/** Creates the needs survey (and the office's settlements when missing); returns the survey id. */
export async function createNeedsSurveyFixture(
	db: Database,
	officeId: string,
	options: { slug: string; year: number; status?: SurveyStatus; resultsPublic?: boolean; isDemo?: boolean }
): Promise<string> {
	for (const [index, settlement] of FIXTURE_SETTLEMENTS.entries())
		await db
			.insert(surveySettlements)
			.values({ officeId, name: settlement.name, isUrban: settlement.isUrban, sortOrder: index })
			.onConflictDoNothing();
	const settlementRows = await db
		.select()
		.from(surveySettlements)
		.where(eq(surveySettlements.officeId, officeId))
		.orderBy(surveySettlements.sortOrder);
	const settlementOptions = settlementRows.map((row) => option(slugify(row.name), row.name, ''));
	const [survey] = await db
		.insert(surveys)
		.values({
			officeId,
			slug: options.slug,
			title: `Потребе младих ${options.year}`,
			titleEn: `Youth needs ${options.year}`,
			year: options.year,
			status: options.status ?? 'published',
			resultsPublic: options.resultsPublic ?? false,
			isDemo: options.isDemo ?? false
		})
		.returning({ id: surveys.id });
	for (const [sectionIndex, section] of sectionsOf(settlementOptions).entries()) {
		const [sectionRow] = await db
			.insert(surveySections)
			.values({ officeId, surveyId: survey.id, sortOrder: sectionIndex, title: section.title })
			.returning({ id: surveySections.id });
		await db.insert(surveyQuestions).values(
			section.questions.map((question, index) => ({
				officeId,
				surveyId: survey.id,
				sectionId: sectionRow.id,
				sortOrder: index,
				key: question.key,
				kind: question.kind,
				prompt: question.prompt,
				promptEn: question.promptEn,
				options: question.options ?? [],
				statements: question.statements ?? [],
				scale: question.scale ?? null,
				demographic: question.demographic ?? null,
				isSensitive: question.isSensitive ?? false,
				allowsOther: question.allowsOther ?? false,
				minValue: question.minValue ?? null,
				maxValue: question.maxValue ?? null,
				condition:
					question.key === 'kzm_rating'
						? { questionKey: 'knows_kzm', operator: 'equals' as const, values: ['yes'] }
						: null
			}))
		);
	}
	return survey.id;
}
