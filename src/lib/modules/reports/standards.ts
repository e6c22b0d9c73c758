// Work standards of a youth office (browser-safe): the four areas, the ratings, the default set the
// office starts from, and the summary of a year's ratings per area.
import type { StandardsEvidence, WorkStandardArea } from '../../server/manifest.ts';
import type { WorkStandardEvidenceLink } from './schema.ts';

export type { WorkStandardArea };

/** The four areas of the ministry's work standards, in the order pages and documents show them. */
export const WORK_STANDARD_AREAS = [
	'management',
	'partnership',
	'participation',
	'inclusion'
] as const satisfies readonly WorkStandardArea[];

/** How an office rates one indicator for a year. */
export const WORK_STANDARD_RATINGS = ['not_met', 'partly', 'met', 'not_applicable'] as const;
export type WorkStandardRating = (typeof WORK_STANDARD_RATINGS)[number];

/** A text in Serbian (as typed) and English. */
export interface StandardText {
	text: string;
	textEn: string;
}

/** The default standards, in our own words from the ministry's four areas; each office adapts them. */
export const DEFAULT_WORK_STANDARDS: Record<
	WorkStandardArea,
	readonly (StandardText & { indicators: readonly StandardText[] })[]
> = {
	management: [
		{
			text: 'Канцеларија има јасан правни и организациони основ и довољно средстава за рад.',
			textEn: 'The office has a clear legal and organisational basis and the means to work.',
			indicators: [
				{
					text: 'Канцеларија је основана актом општине, а координатор има опис посла и стално радно место.',
					textEn: 'A municipal act founds the office and the coordinator has a job description and a permanent post.'
				},
				{
					text: 'Општински буџет има посебну линију за спровођење локалног акционог плана за младе.',
					textEn: 'The municipal budget has a line for carrying out the local action plan for youth.'
				}
			]
		},
		{
			text: 'Канцеларија планира, прати и јавно извештава о свом раду.',
			textEn: 'The office plans its work, monitors it and reports on it publicly.',
			indicators: [
				{
					text: 'Локални акциони план за младе је усвојен и његово спровођење се прати сваке године.',
					textEn: 'A local action plan for youth is adopted and carrying it out is monitored every year.'
				},
				{
					text: 'Потребе младих се истражују најмање једном годишње и налази се користе у планирању.',
					textEn: "Young people's needs are researched at least once a year and the findings feed the planning."
				}
			]
		}
	],
	partnership: [
		{
			text: 'Канцеларија има трајне партнерске односе са локалним актерима.',
			textEn: 'The office keeps lasting partnerships with local actors.',
			indicators: [
				{
					text: 'Постоје потписани споразуми о сарадњи са установама, удружењима или привредом.',
					textEn: 'There are signed cooperation agreements with institutions, associations or businesses.'
				},
				{
					text: 'Канцеларија води ажурну базу удружења младих, удружења за младе и неформалних група.',
					textEn:
						'The office keeps an up-to-date database of youth associations, associations for youth and informal groups.'
				}
			]
		},
		{
			text: 'Партнери заједно са канцеларијом планирају и спроводе активности.',
			textEn: 'Partners plan and carry out activities together with the office.',
			indicators: [
				{
					text: 'Током године одржане су заједничке активности са партнерима.',
					textEn: 'Joint activities with partners took place during the year.'
				},
				{
					text: 'Канцеларија сарађује са другим општинама у региону.',
					textEn: 'The office cooperates with other municipalities in the region.'
				}
			]
		}
	],
	participation: [
		{
			text: 'Млади учествују у доношењу одлука које их се тичу.',
			textEn: 'Young people take part in the decisions that concern them.',
			indicators: [
				{
					text: 'Савет за младе или омладински парламент редовно заседа.',
					textEn: 'The youth council or the youth parliament meets regularly.'
				},
				{
					text: 'Иницијативе младих добијају одговор у року.',
					textEn: "Young people's initiatives get an answer on time."
				}
			]
		},
		{
			text: 'Млади учествују у планирању, спровођењу и вредновању програма.',
			textEn: 'Young people help to plan, run and evaluate programmes.',
			indicators: [
				{
					text: 'Млади су учествовали у истраживању потреба и у вредновању активности.',
					textEn: 'Young people took part in the needs research and in evaluating activities.'
				},
				{
					text: 'Млади волонтери учествују у раду канцеларије.',
					textEn: "Young volunteers take part in the office's work."
				}
			]
		}
	],
	inclusion: [
		{
			text: 'Програми канцеларије допиру до младих из осетљивих група.',
			textEn: "The office's programmes reach young people from vulnerable groups.",
			indicators: [
				{
					text: 'Активности су обухватиле младе из осетљивих група, што показују збирни подаци.',
					textEn: 'Activities reached young people from vulnerable groups, as aggregate figures show.'
				},
				{
					text: 'Активности се одржавају и у сеоским срединама.',
					textEn: 'Activities also take place in rural areas.'
				}
			]
		},
		{
			text: 'Канцеларија је отворена за све младе, без дискриминације.',
			textEn: 'The office is open to every young person, without discrimination.',
			indicators: [
				{
					text: 'Простор и обавештења канцеларије доступни су особама са инвалидитетом.',
					textEn: "The office's premises and notices are accessible to people with disabilities."
				},
				{
					text: 'Удружења која окупљају младе из осетљивих група партнери су канцеларије.',
					textEn: 'Associations of young people from vulnerable groups are partners of the office.'
				}
			]
		}
	]
};

/** A year's ratings of one area: how many indicators got each rating, and a score. */
export interface AreaSummary {
	area: WorkStandardArea;
	counts: Record<WorkStandardRating | 'unrated', number>;
	/** Met counts whole, partly half, over the indicators rated other than "not applicable"; 0–100, null when none. */
	score: number | null;
}

/** The summary per area of a year's indicators (each with its rating, or null when not rated yet). */
export function summariseRatings(
	indicators: readonly { area: WorkStandardArea; rating: WorkStandardRating | null }[]
): AreaSummary[] {
	return WORK_STANDARD_AREAS.map((area) => {
		const counts = { not_met: 0, partly: 0, met: 0, not_applicable: 0, unrated: 0 };
		for (const indicator of indicators) if (indicator.area === area) counts[indicator.rating ?? 'unrated'] += 1;
		const judged = counts.met + counts.partly + counts.not_met;
		return {
			area,
			counts,
			score: judged === 0 ? null : Math.round((100 * (counts.met + counts.partly / 2)) / judged)
		};
	});
}

/** The change of an area's score from the year before, in points; null when either year has none. */
export function scoreChange(current: AreaSummary, previous: AreaSummary | undefined): number | null {
	if (current.score === null || previous?.score == null) return null;
	return current.score - previous.score;
}

/** Whether a value is a work-standard area. */
export function isWorkStandardArea(value: string): value is WorkStandardArea {
	return (WORK_STANDARD_AREAS as readonly string[]).includes(value);
}

/** An indicator of a year's assessment: the wording it was rated in (or today's), and its rating. */
export interface AssessedIndicator {
	id: string;
	versionId: string;
	text: string;
	textEn: string;
	isRetired: boolean;
	/** Rated in an older wording than today's. */
	isOlderWording: boolean;
	rating: {
		rating: WorkStandardRating;
		comment: string;
		improvement: string;
		activityId: string | null;
		evidence: WorkStandardEvidenceLink[];
	} | null;
}

export interface AssessedStandard {
	id: string;
	text: string;
	textEn: string;
	indicators: AssessedIndicator[];
}

export interface AssessedArea {
	area: WorkStandardArea;
	standards: AssessedStandard[];
	/** Records of the year other modules offer as evidence for this area. */
	suggestions: StandardsEvidence[];
}

/** A framework item with its current wording, as the editing page shows it. */
export interface FrameworkItemView {
	id: string;
	area: WorkStandardArea;
	parentId: string | null;
	text: string;
	textEn: string;
	versions: number;
	isRetired: boolean;
}

/** A year's self-assessment as pages and documents read it. */
export interface StandardsAssessmentView {
	year: number;
	hasFramework: boolean;
	areas: AssessedArea[];
	summary: AreaSummary[];
	previousSummary: AreaSummary[];
	activities: { id: string; title: string; titleEn: string; measureTitle: string }[];
}
