// The reusable demographics block: the same keys in every survey and every year, so answers can be
// cross-tabulated and compared. Its texts are content (staff may edit them after inserting).
import type { Demographic, SurveyCondition, SurveyOption, SurveyQuestionKind, SurveyScale } from './schema.ts';
import { slugify } from '../../i18n/slug.ts';

/** A question as written in code (the seed, the demographics block); defaults fill the rest. */
export interface QuestionDraft {
	key: string;
	kind: SurveyQuestionKind;
	prompt: string;
	promptEn?: string;
	help?: string;
	helpEn?: string;
	isRequired?: boolean;
	isRandomised?: boolean;
	allowsOther?: boolean;
	options?: SurveyOption[];
	statements?: SurveyOption[];
	scale?: SurveyScale | null;
	minValue?: number | null;
	maxValue?: number | null;
	maxChoices?: number | null;
	condition?: SurveyCondition | null;
	demographic?: Demographic | null;
	isSensitive?: boolean;
}

export interface SectionDraft {
	title: string;
	titleEn?: string;
	description?: string;
	descriptionEn?: string;
	condition?: SurveyCondition | null;
	questions: QuestionDraft[];
}

export interface SettlementChoice {
	name: string;
	isUrban: boolean;
}

/** A settlement's option code: its name made into Latin letters ("Међуречје" → "medjurecje"). */
export function settlementCode(name: string): string {
	return slugify(name).replace(/-/g, '_') || 'settlement';
}

const option = (value: string, label: string, labelEn: string): SurveyOption => ({ value, label, labelEn });

/** The demographics block for a survey of `year`, with the office's settlements as choices. */
export function demographicsBlock(settlements: readonly SettlementChoice[], year: number): SectionDraft {
	return {
		title: 'О теби',
		titleEn: 'About you',
		description: 'Ова питања нам помажу да видимо да ли се потребе разликују по узрасту и месту. Не питамо за име.',
		descriptionEn: 'These questions help us see whether needs differ by age and place. We never ask for your name.',
		questions: [
			{
				key: 'birth_year',
				kind: 'number',
				prompt: 'Које године си рођен/рођена?',
				promptEn: 'What year were you born?',
				help: 'На пример 2008.',
				helpEn: 'For example 2008.',
				isRequired: true,
				minValue: year - 36,
				maxValue: year - 11,
				demographic: 'birth_year'
			},
			{
				key: 'gender',
				kind: 'single',
				prompt: 'Пол',
				promptEn: 'Gender',
				isRequired: true,
				options: [
					option('female', 'Женски', 'Female'),
					option('male', 'Мушки', 'Male'),
					option('other', 'Друго', 'Other'),
					option('no_answer', 'Не желим да кажем', 'Prefer not to say')
				],
				demographic: 'gender'
			},
			{
				key: 'settlement',
				kind: 'dropdown',
				prompt: 'Где живиш?',
				promptEn: 'Where do you live?',
				isRequired: true,
				options: settlements.map(({ name }) => option(settlementCode(name), name, '')),
				demographic: 'settlement'
			},
			{
				key: 'occupation',
				kind: 'single',
				prompt: 'Чиме се тренутно бавиш?',
				promptEn: 'What do you currently do?',
				isRequired: true,
				options: [
					option('pupil', 'Ученик/ученица сам', 'I am a pupil'),
					option('student', 'Студирам', 'I am a student'),
					option('employed', 'Радим', 'I work'),
					option('unemployed', 'Тражим посао', 'I am looking for work'),
					option('neet', 'Нити се школујем нити радим', 'Neither in education nor working')
				],
				demographic: 'occupation'
			},
			{
				key: 'vulnerable',
				kind: 'multiple',
				prompt: 'Да ли се сврставаш у неку од ових група?',
				promptEn: 'Do you count yourself in any of these groups?',
				help: 'Одговор није обавезан и види се само у збирним резултатима.',
				helpEn: 'Answering is optional and shows only in aggregated results.',
				options: [
					option('disability', 'Особа са инвалидитетом', 'Person with a disability'),
					option('roma', 'Ром/Ромкиња', 'Roma'),
					option('poverty', 'Живим у сиромаштву', 'Living in poverty'),
					option('young_parent', 'Млади родитељ', 'Young parent'),
					option('none', 'Ништа од наведеног', 'None of these')
				],
				demographic: 'vulnerable',
				isSensitive: true
			}
		]
	};
}

/** The consent text asked before the sensitive question, unless the office wrote its own. */
export const DEFAULT_SENSITIVE_CONSENT = {
	text: 'Следеће питање се тиче осетљивих података. Одговараш само ако желиш: одговор чувамо одвојено и приказујемо само збирно, никада по особи.',
	textEn:
		'The next question is about sensitive data. Answer only if you want to: we keep the answer apart and show it only in totals, never per person.'
};
