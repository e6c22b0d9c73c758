// Survey analysis at scale: a needs survey with 20,000 generated responses (BENCH_RESPONSES), then
// the queries behind the results page (all questions summarised), a filtered summary, cross-tabs and
// a page of open answers, each timed as the median of several runs. On PGlite (in memory) and, when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is given (or `--pg`), on PostgreSQL. Run by
// `npm run bench` (BENCH_PAGES=surveys for this part only) or alone: `node scripts/bench-surveys.ts`.
// It prints a fingerprint of every figure shown (the summaries, each cross-tab, the open answers), so
// a faster query can be checked to show exactly the same; BENCH_FIGURES=path writes the figures too.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { openDatabase, type OpenedDatabase } from '../src/lib/server/db/client.ts';
import { offices } from '../src/lib/server/db/core-schema.ts';
import { withBenchDatabase } from './bench-database.ts';
import { getPublicNeedsSummary } from '../src/lib/modules/surveys/analysis/research-queries.server.ts';
import { createNeedsSurveyFixture } from '../src/lib/modules/surveys/analysis/needs-survey-fixture.ts';
import { generateNeedsResponses, insertResponses } from '../src/lib/modules/surveys/analysis/generate-responses.ts';
import {
	CROSS_DEMOGRAPHICS,
	NO_FILTER,
	crossTabulate,
	getSurveyForAnalysis,
	listOpenAnswers,
	summarizeSurvey
} from '../src/lib/modules/surveys/analysis/queries.server.ts';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 20000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function median(run: () => Promise<unknown>): Promise<number> {
	await run();
	const times: number[] = [];
	for (let index = 0; index < RUNS; index++) {
		const started = performance.now();
		await run();
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return Math.round(times[Math.floor(RUNS / 2)]);
}

async function measure(label: string, opened: OpenedDatabase) {
	const { db } = opened;
	const [office] = await db.insert(offices).values({ name: 'Bench', municipality: 'Ивањица' }).returning();
	const surveyId = await createNeedsSurveyFixture(db, office.id, { slug: 'bench-needs', year: 2026 });
	const started = performance.now();
	const rows = await generateNeedsResponses(db, { officeId: office.id, surveyId, count: RESPONSES, seed: 1 });
	await insertResponses(db, rows);
	const seeding = Math.round(performance.now() - started);
	const survey = (await getSurveyForAnalysis(db, office.id, surveyId))!;
	// What the public results page's load asks (src/routes/(public)/surveys/[slug]/results): the closed
	// questions summarised, and the year's public needs summary, together.
	const publicSurvey = {
		...survey,
		questions: survey.questions.filter((question) => !['short_text', 'long_text'].includes(question.kind))
	};
	const figures = JSON.stringify(
		{
			'all questions': await summarizeSurvey(db, survey, NO_FILTER),
			public: await summarizeSurvey(db, publicSurvey, NO_FILTER),
			'rural 15–19': await summarizeSurvey(db, survey, { ...NO_FILTER, areaType: 'rural', ageBand: '15_19' }),
			'all answers': await summarizeSurvey(db, survey, { ...NO_FILTER, completeOnly: false }),
			crosstabs: await Promise.all(
				survey.questions
					.filter((question) => !['short_text', 'long_text', 'date'].includes(question.kind))
					.flatMap((question) =>
						CROSS_DEMOGRAPHICS.map((demographic) => crossTabulate(db, survey, question.key, demographic, NO_FILTER))
					)
			),
			'open answers': await listOpenAnswers(db, survey, 'missing_content', {}),
			'open answers search': await listOpenAnswers(db, survey, 'missing_content', { search: 'prevoz' })
		},
		// Ids are generated afresh on every run; the figures are what must match.
		(key, value: unknown) => (key === 'id' || key === 'responseId' ? undefined : value)
	);
	if (process.env.BENCH_FIGURES) writeFileSync(`${process.env.BENCH_FIGURES}.${label}.json`, figures);
	const fingerprint = createHash('sha256').update(figures).digest('hex').slice(0, 16);
	const results = {
		'seed 20k (ms)': seeding,
		'results page: all questions': await median(() => summarizeSurvey(db, survey, NO_FILTER)),
		'public results page load': await median(() =>
			Promise.all([summarizeSurvey(db, publicSurvey, NO_FILTER), getPublicNeedsSummary(db, office.id, survey.year)])
		),
		'summary, rural 15–19': await median(() =>
			summarizeSurvey(db, survey, { ...NO_FILTER, areaType: 'rural', ageBand: '15_19' })
		),
		'crosstab single × settlement': await median(() =>
			crossTabulate(db, survey, 'plans_after_school', 'settlement', NO_FILTER)
		),
		'crosstab multiple × age band': await median(() => crossTabulate(db, survey, 'free_time', 'age_band', NO_FILTER)),
		'crosstab matrix × gender': await median(() => crossTabulate(db, survey, 'participation', 'gender', NO_FILTER)),
		'crosstab sensitive × area': await median(() => crossTabulate(db, survey, 'vulnerable', 'area_type', NO_FILTER)),
		'open answers page': await median(() => listOpenAnswers(db, survey, 'missing_content', {})),
		'open answers search': await median(() => listOpenAnswers(db, survey, 'missing_content', { search: 'prevoz' }))
	};
	console.log(`\n${label}, ${RESPONSES} responses, median of ${RUNS} runs (ms), figures ${fingerprint}:`);
	console.table(results);
}

const pglite = await openDatabase({ dataDir: 'memory://' });
try {
	await measure('PGlite', pglite);
} finally {
	await pglite.close();
}

const server =
	process.env.BENCH_DATABASE_URL ??
	process.env.TEST_DATABASE_URL ??
	(process.argv.includes('--pg') ? 'postgres://postgres@127.0.0.1:5432/postgres' : '');
if (server) await withBenchDatabase(server, 'kzm_bench_surveys', (opened) => measure('PostgreSQL', opened));
