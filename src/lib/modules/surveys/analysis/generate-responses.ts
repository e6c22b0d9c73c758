// Plausible, deterministic answers to the needs survey for the demo, the benchmark and tests: the
// same seed gives the same answers, so screenshots and journeys see the same numbers every time.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { slugify } from '../../../i18n/slug.ts';
import { ageBandOf } from '../demographics.ts';
import { surveyQuestions, surveyResponses, surveySettlements, surveys, type ResponseSource } from '../schema.ts';

/** A small seeded PRNG (mulberry32): fast, and good enough for made-up answers. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Invented open answers about what young people in Ivanjica miss, some typed in Latin. */
export const MISSING_CONTENT_ANSWERS = [
	'Недостаје нам биоскоп и место где можемо да се окупљамо увече.',
	'Нема превоза из села до града после 18 часова.',
	'Више концерата и фестивала током лета.',
	'Teretana na otvorenom i bolje uređeni tereni.',
	'Простор за младе где може да се седи без конзумације.',
	'Радионице програмирања и дигиталних вештина.',
	'Nema dovoljno posla za mlade posle fakulteta.',
	'Више спортских терена у селима.',
	'Бесплатни курсеви страних језика.',
	'Psiholog kome mladi mogu da se obrate anonimno.',
	'Бициклистичке стазе поред Моравице.',
	'Позориште за младе и драмска секција.',
	'Prevoz do Ivanjice je skup i redak.',
	'Више информација о стипендијама и праксама.',
	'Нема где да се изађе осим кафића.',
	'Клуб за друштвене игре и шах.',
	'Wi-Fi u parku i na trgu.',
	'Стручна пракса у локалним фирмама.',
	'Више волонтерских акција у природи.',
	'Летњи биоскоп на отвореном.',
	'Kurs za vozačku dozvolu po nižoj ceni.',
	'Подршка младима који желе да покрену свој посао.',
	'Саветовалиште за ментално здравље.',
	'Више дешавања у Међуречју и Кушићима.',
	'Skejt park.',
	'Кошаркашки терен са осветљењем.',
	'Бољи интернет у селима.',
	'Музичка школа за одрасле и младе раднике.',
	'Razmene mladih sa drugim opštinama.',
	'Библиотека отворена и викендом.',
	'Више планинарских тура по Голији.',
	'Мање политике, више конкретних акција.',
	'Da nas neko pita za mišljenje pre nego što se odluči.',
	'Аутобус који вози ноћу викендом.',
	'Простор за бендове да вежбају.',
	'Више курсева за пољопривреду и сеоски туризам.',
	'Фото и видео радионице.',
	'Besplatan prevoz za učenike iz sela.',
	'Пливалиште које ради целе године.',
	'Сајам запошљавања за младе.'
];

const BIGGEST_PROBLEMS = [
	'Незапосленост',
	'Одлазак младих',
	'Превоз',
	'Dosada',
	'Нема перспективе',
	'Ниске плате',
	'Зависност од телефона',
	'Nema prostora za mlade',
	'Вршњачко насиље',
	'Недостатак информација'
];

export interface GeneratedResponse {
	officeId: string;
	surveyId: string;
	source: ResponseSource;
	answers: Record<string, unknown>;
	sensitiveAnswers: Record<string, unknown>;
	sensitiveConsent: boolean;
	isComplete: boolean;
	currentSection: number;
	birthYear: number | null;
	ageBand: string | null;
	gender: string | null;
	settlement: string | null;
	areaType: 'urban' | 'rural' | null;
	occupation: string | null;
	startedAt: Date;
	submittedAt: Date | null;
	isDemo: boolean;
}

function pick<T>(random: () => number, items: readonly T[], weights?: readonly number[]): T {
	if (!weights) return items[Math.floor(random() * items.length)];
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	let point = random() * total;
	for (let index = 0; index < items.length; index++) {
		point -= weights[index];
		if (point <= 0) return items[index];
	}
	return items[items.length - 1];
}

function someOf(random: () => number, items: readonly string[], chance: number): string[] {
	const chosen = items.filter(() => random() < chance);
	return chosen.length > 0 ? chosen : [pick(random, items)];
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[copy[index], copy[other]] = [copy[other], copy[index]];
	}
	return copy;
}

/**
 * Generates `count` responses to a survey with the needs-survey keys. Settlement codes come from the
 * question's options (so they match what the survey offers), urban or rural from the office's list.
 */
export async function generateNeedsResponses(
	db: Database,
	options: { officeId: string; surveyId: string; count: number; seed: number; isDemo?: boolean }
): Promise<GeneratedResponse[]> {
	const [survey] = await db
		.select({ year: surveys.year, opensAt: surveys.opensAt })
		.from(surveys)
		.where(and(eq(surveys.officeId, options.officeId), eq(surveys.id, options.surveyId)));
	if (!survey) return [];
	const questions = await db
		.select({ key: surveyQuestions.key, options: surveyQuestions.options })
		.from(surveyQuestions)
		.where(eq(surveyQuestions.surveyId, options.surveyId));
	const optionsOf = (key: string) =>
		questions.find((question) => question.key === key)?.options.map((o) => o.value) ?? [];
	const settlementCodes = optionsOf('settlement');
	const urban = new Set(
		(await db.select().from(surveySettlements).where(eq(surveySettlements.officeId, options.officeId)))
			.filter((row) => row.isUrban)
			.map((row) => slugify(row.name))
	);
	const random = seededRandom(options.seed);
	const start = new Date(Date.UTC(survey.year, 2, 1, 9));
	const rows: GeneratedResponse[] = [];
	for (let index = 0; index < options.count; index++) {
		// Most respondents are 15–30; a few younger and older ones answer too.
		const age = pick(
			random,
			[13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 34],
			[1, 2, 9, 10, 10, 9, 8, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
		);
		const birthYear = Math.max(1990, Math.min(2015, survey.year - age));
		const gender = pick(random, ['female', 'male', 'other', 'no_answer'], [52, 44, 1, 3]);
		// Two thirds live in town, the rest spread over the villages, the smaller ones rarely.
		const settlement = settlementCodes.length
			? random() < 0.62
				? (settlementCodes.find((code) => urban.has(code)) ?? settlementCodes[0])
				: pick(random, settlementCodes)
			: null;
		const ageNow = survey.year - birthYear;
		const occupation =
			ageNow < 19
				? pick(random, ['pupil', 'neet'], [95, 5])
				: pick(random, ['student', 'employed', 'unemployed', 'neet'], [35, 35, 20, 10]);
		const consent = random() < 0.6;
		const isRural = settlement !== null && !urban.has(settlement);
		const answers: Record<string, unknown> = { birth_year: birthYear, gender, occupation };
		if (settlement) answers.settlement = settlement;
		const freeTime = someOf(random, ['sport', 'culture', 'online', 'cafe', 'volunteering', 'nothing'], 0.3);
		if (random() < 0.05) {
			freeTime.push('other');
			answers.free_time__other = pick(random, ['Пецање', 'Планинарење', 'Gaming', 'Свирам гитару']);
		}
		answers.free_time = freeTime;
		answers.free_time_satisfaction = pick(
			random,
			[1, 2, 3, 4, 5],
			isRural ? [25, 30, 25, 15, 5] : [10, 20, 35, 25, 10]
		);
		if (random() < 0.45) answers.missing_content = pick(random, MISSING_CONTENT_ANSWERS);
		answers.info_sources = someOf(random, ['social_media', 'school', 'friends', 'kzm_site', 'radio_tv'], 0.35);
		const knowsKzm = random() < (isRural ? 0.4 : 0.65) ? 'yes' : 'no';
		answers.knows_kzm = knowsKzm;
		if (knowsKzm === 'yes') answers.kzm_rating = pick(random, [1, 2, 3, 4, 5], [3, 7, 25, 40, 25]);
		answers.participation = {
			voice_heard: pick(random, [1, 2, 3, 4, 5], [25, 30, 25, 15, 5]),
			want_to_volunteer: pick(random, [1, 2, 3, 4, 5], [8, 12, 25, 30, 25]),
			trust_institutions: pick(random, [1, 2, 3, 4, 5], [30, 30, 25, 10, 5])
		};
		const isComplete = random() < 0.93;
		if (isComplete) {
			answers.plans_after_school = pick(
				random,
				['stay', 'leave_municipality', 'leave_country', 'undecided'],
				[25, 30, 20, 25]
			);
			// Jobs come first for about half of them; the rest in any order.
			const rest = shuffled(random, ['transport', 'sport_facilities', 'culture', 'mental_health']);
			answers.priorities = random() < 0.5 ? ['jobs', ...rest] : shuffled(random, ['jobs', ...rest]);
			if (random() < 0.5) answers.biggest_problem = pick(random, BIGGEST_PROBLEMS);
		}
		const sensitiveAnswers: Record<string, unknown> = {};
		if (consent)
			sensitiveAnswers.vulnerable =
				random() < 0.8 ? ['none'] : someOf(random, ['disability', 'roma', 'poverty', 'young_parent'], 0.3);
		const startedAt = new Date(start.getTime() + Math.floor(random() * 60 * 24 * 3600 * 1000));
		rows.push({
			officeId: options.officeId,
			surveyId: options.surveyId,
			source: pick(random, ['link', 'code', 'paper'] as const, [70, 20, 10]),
			answers,
			sensitiveAnswers,
			sensitiveConsent: consent,
			isComplete,
			currentSection: isComplete ? 4 : 3,
			birthYear,
			ageBand: ageBandOf(birthYear, survey.year),
			gender,
			settlement,
			areaType: settlement === null ? null : urban.has(settlement) ? 'urban' : 'rural',
			occupation,
			startedAt,
			submittedAt: isComplete ? new Date(startedAt.getTime() + 7 * 60 * 1000) : null,
			isDemo: options.isDemo ?? false
		});
	}
	return rows;
}

/** Inserts responses in multi-row chunks (one statement per few hundred rows); returns their ids. */
export async function insertResponses(
	db: Database,
	rows: readonly GeneratedResponse[],
	chunk = 500
): Promise<string[]> {
	const ids: string[] = [];
	for (let index = 0; index < rows.length; index += chunk) {
		const inserted = await db
			.insert(surveyResponses)
			.values(rows.slice(index, index + chunk) as (typeof surveyResponses.$inferInsert)[])
			.returning({ id: surveyResponses.id });
		ids.push(...inserted.map((row) => row.id));
	}
	return ids;
}
