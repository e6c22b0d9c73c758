// Demo research: generated answers to the demo needs surveys (defined in seed.server.ts), themes with
// coded open answers, a focus group and last year's needs summary linked to an action-plan goal.
// Runs after the survey definitions are seeded; does nothing for surveys that are not there.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { searchKey } from '../../i18n/script.ts';
import {
	focusGroupThemes,
	focusGroups,
	needsSummaries,
	needsSummaryGoals,
	researchThemes,
	surveyAnswerThemes,
	surveyResponses
} from './schema.ts';
import { findSurveyIdBySlug } from './analysis/queries.server.ts';
import { generateNeedsResponses, insertResponses } from './analysis/generate-responses.ts';
import { listGoalChoices } from './analysis/research-queries.server.ts';

export const DEMO_SURVEY_SLUG = 'potrebe-mladih-2026';
export const DEMO_PREVIOUS_SURVEY_SLUG = 'potrebe-mladih-2025';

/** Demo themes and the folded word beginnings that code an open answer with them. */
const DEMO_THEMES: { name: string; nameEn: string; words: string[] }[] = [
	{ name: 'Превоз до града и села', nameEn: 'Transport', words: ['prevoz', 'autobus', 'vozi'] },
	{ name: 'Простор за младе', nameEn: 'A place for young people', words: ['prostor', 'klub', 'okuplja', 'izade'] },
	{ name: 'Посао и пракса', nameEn: 'Jobs and internships', words: ['posl', 'posao', 'praks', 'zaposl', 'stipend'] },
	{ name: 'Ментално здравље', nameEn: 'Mental health', words: ['psiholog', 'mentaln', 'savetovali'] },
	{
		name: 'Култура и забава',
		nameEn: 'Culture and entertainment',
		words: ['bioskop', 'koncert', 'pozori', 'festival']
	},
	{
		name: 'Спорт и рекреација',
		nameEn: 'Sport and recreation',
		words: ['teren', 'teretan', 'skejt', 'plivali', 'biciklis']
	}
];

/** Generated responses, themes, coding, a focus group and a needs summary, for the demo office. */
export async function seedDemoResearch(db: Database, officeId: string): Promise<void> {
	const currentId = await findSurveyIdBySlug(db, officeId, DEMO_SURVEY_SLUG);
	const previousId = await findSurveyIdBySlug(db, officeId, DEMO_PREVIOUS_SURVEY_SLUG);
	if (!currentId && !previousId) return;
	const [{ seeded }] = await db
		.select({ seeded: sql<number>`count(*)::int` })
		.from(surveyResponses)
		.where(and(eq(surveyResponses.officeId, officeId), eq(surveyResponses.isDemo, true)));
	if (Number(seeded) > 0) return;
	let currentResponses: string[] = [];
	if (currentId)
		currentResponses = await insertResponses(
			db,
			await generateNeedsResponses(db, { officeId, surveyId: currentId, count: 340, seed: 2026, isDemo: true })
		);
	if (previousId)
		await insertResponses(
			db,
			await generateNeedsResponses(db, { officeId, surveyId: previousId, count: 280, seed: 2025, isDemo: true })
		);
	const themes = await db
		.insert(researchThemes)
		.values(DEMO_THEMES.map((theme) => ({ officeId, name: theme.name, nameEn: theme.nameEn, isDemo: true })))
		.onConflictDoNothing()
		.returning({ id: researchThemes.id, name: researchThemes.name });
	const themeId = (name: string) => themes.find((theme) => theme.name === name)?.id;
	if (currentId && currentResponses.length > 0) {
		// Code about two thirds of the open answers, leaving the rest for a coordinator to do.
		const answers = await db
			.select({ id: surveyResponses.id, text: sql<string>`${surveyResponses.answers} ->> 'missing_content'` })
			.from(surveyResponses)
			.where(and(eq(surveyResponses.surveyId, currentId), sql`${surveyResponses.answers} ? 'missing_content'`));
		const coding: (typeof surveyAnswerThemes.$inferInsert)[] = [];
		answers.forEach((answer, index) => {
			if (index % 3 === 2) return;
			const folded = searchKey(answer.text ?? '');
			for (const theme of DEMO_THEMES) {
				const id = themeId(theme.name);
				if (id && theme.words.some((word) => folded.includes(searchKey(word))))
					coding.push({ responseId: answer.id, questionKey: 'missing_content', themeId: id, officeId });
			}
		});
		for (let index = 0; index < coding.length; index += 500)
			await db
				.insert(surveyAnswerThemes)
				.values(coding.slice(index, index + 500))
				.onConflictDoNothing();
	}
	const [group] = await db
		.insert(focusGroups)
		.values({
			officeId,
			kind: 'focus_group',
			title: 'Фокус група са средњошколцима',
			heldOn: '2026-02-18',
			place: 'Гимназија Ивањица, читаоница',
			facilitator: 'Јелена Поповић',
			participantCount: 9,
			profile: {
				ageBands: { '15_19': 9 },
				genders: { female: 5, male: 4 },
				description: 'Ученици другог и трећег разреда гимназије и техничке школе, четворо из сеоских месних заједница.'
			},
			notes:
				'<p>Разговор је трајао сат и по. Учесници највише говоре о превозу: последњи аутобус за Кушиће и Међуречје полази пре краја поподневне наставе.</p><p>Предлажу простор у центру где би се окупљали без обавезе да нешто поруче, и радионице о запошљавању „пре него што оду на факултет”.</p>',
			surveyId: currentId,
			isDemo: true
		})
		.returning({ id: focusGroups.id });
	const groupThemes = [
		{ name: 'Превоз до града и села', note: 'Ученици из села не могу да остану на ваннаставним активностима.' },
		{ name: 'Простор за младе', note: 'Желе место у центру без обавезне потрошње.' },
		{ name: 'Посао и пракса', note: 'Не знају какве су могућности за праксу у локалним фирмама.' }
	]
		.map((entry) => ({ themeId: themeId(entry.name), note: entry.note }))
		.filter((entry): entry is { themeId: string; note: string } => !!entry.themeId);
	if (groupThemes.length > 0)
		await db
			.insert(focusGroupThemes)
			.values(groupThemes.map((entry) => ({ ...entry, focusGroupId: group.id, officeId })))
			.onConflictDoNothing();
	const [summary] = await db
		.insert(needsSummaries)
		.values({
			officeId,
			year: 2025,
			summary:
				'<p>Истраживање 2025. године (280 одговора и две фокус групе) показало је три главне потребе младих у општини Ивањица:</p><ul><li><strong>превоз</strong> из села до града у поподневним и вечерњим сатима;</li><li><strong>простор</strong> за окупљање и самосталне активности младих;</li><li><strong>пракса и прво запослење</strong> у локалним фирмама.</li></ul><p>Ове потребе су уграђене у циљеве Локалног акционог плана за младе.</p>',
			summaryEn:
				'<p>The 2025 research (280 responses and two focus groups) showed three main needs: transport from the villages in the afternoon and evening, a place for young people to meet, and internships and first jobs in local companies.</p>',
			isPublic: true,
			isDemo: true
		})
		.onConflictDoNothing()
		.returning({ id: needsSummaries.id });
	const goal = (await listGoalChoices(db, officeId))[0];
	if (summary && goal)
		await db
			.insert(needsSummaryGoals)
			.values({ summaryId: summary.id, goalId: goal.id, officeId })
			.onConflictDoNothing();
}

/** Removes what seedDemoResearch created. */
export async function removeDemoResearch(db: Database, officeId: string): Promise<void> {
	await db.delete(focusGroups).where(and(eq(focusGroups.officeId, officeId), eq(focusGroups.isDemo, true)));
	await db.delete(needsSummaries).where(and(eq(needsSummaries.officeId, officeId), eq(needsSummaries.isDemo, true)));
	await db.delete(surveyResponses).where(and(eq(surveyResponses.officeId, officeId), eq(surveyResponses.isDemo, true)));
	await db.delete(researchThemes).where(and(eq(researchThemes.officeId, officeId), eq(researchThemes.isDemo, true)));
}
