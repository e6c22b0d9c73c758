// The survey results dataset of the open data (decision 0025): the same aggregated, suppressed counts
// as the public results pages, for surveys whose results the office made public. Open answers never.
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataRow, OpenDataset } from '../../server/manifest.ts';
import { latestOf } from '../../server/open-data.ts';
import { getPublicResultsSurvey, NO_FILTER, summarizeSurvey, TEXT_KINDS } from './analysis/queries.server.ts';
import { listPublishedResearch } from './analysis/research-queries.server.ts';

const column = (name: string, type: OpenDataColumn['type'], nullable = false): OpenDataColumn => ({
	name,
	type,
	nullable,
	descriptionKey: `surveys.opendata.column.${name}`
});

export const surveyResultsDataset: OpenDataset = {
	id: 'survey-results',
	titleKey: 'surveys.opendata.title',
	descriptionKey: 'surveys.opendata.description',
	keywordKeys: ['surveys.opendata.keyword'],
	columns: [
		column('survey', 'string'),
		column('survey_en', 'string', true),
		column('year', 'integer'),
		column('respondents', 'integer'),
		column('question_key', 'string'),
		column('question', 'string'),
		column('question_en', 'string', true),
		column('answer_value', 'string'),
		column('answer', 'string'),
		column('answer_en', 'string', true),
		column('count', 'integer', true),
		column('percent', 'number', true),
		column('url', 'string')
	],
	async read(db: Database, officeId: string) {
		const { results } = await listPublishedResearch(db, officeId);
		const rows: OpenDataRow[] = [];
		for (const listed of results) {
			const found = await getPublicResultsSurvey(db, officeId, listed.slug);
			if (!found) continue;
			const survey = {
				...found,
				questions: found.questions.filter((question) => !TEXT_KINDS.includes(question.kind))
			};
			const summary = await summarizeSurvey(db, survey, NO_FILTER);
			for (const question of summary.questions) {
				const asked = survey.questions.find((candidate) => candidate.key === question.key);
				if (!asked) continue;
				const counts =
					question.type === 'choice' ? question.options : question.type === 'numeric' ? question.distribution : [];
				for (const entry of counts) {
					const option = asked.options.find((candidate) => candidate.value === entry.value);
					rows.push({
						survey: survey.title,
						survey_en: survey.titleEn || null,
						year: survey.year,
						respondents: summary.respondents,
						question_key: question.key,
						question: asked.prompt,
						question_en: asked.promptEn || null,
						answer_value: entry.value,
						answer: option?.label || entry.value,
						answer_en: option?.labelEn || null,
						// Hidden below the suppression threshold, exactly as on the results page.
						count: entry.count.hidden ? null : entry.count.count,
						percent: entry.percent,
						url: `/surveys/${survey.slug}/results`
					});
				}
			}
		}
		return { rows, updatedAt: latestOf(results.map((result) => result.updatedAt)) };
	}
};
