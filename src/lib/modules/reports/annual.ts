// The annual report's fixed sections and what each shows from the statistics (browser-safe).
import type { ShownBlock } from './shown.ts';
import type { AreaSummary } from './standards.ts';
import type { AnnualPlanGoal } from '../../server/manifest.ts';

/** The sections, in the order of the document; each names the statistics blocks it shows. */
export const ANNUAL_SECTIONS = [
	{ key: 'numbers', blocks: ['events', 'attendance'] },
	{ key: 'plan', blocks: [] },
	{ key: 'participation', blocks: ['participation', 'council', 'volunteering'] },
	{ key: 'partners', blocks: ['organisations'] },
	{ key: 'research', blocks: ['surveys'] },
	{ key: 'standards', blocks: [] },
	{ key: 'nextYear', blocks: [] }
] as const satisfies readonly { key: string; blocks: readonly string[] }[];
export type AnnualSectionKey = (typeof ANNUAL_SECTIONS)[number]['key'];

/** The longest text of one section. */
export const NARRATIVE_MAX = 20_000;

/** What a submitted report froze: the numbers as shown then, and the text. */
export interface AnnualReportSnapshot {
	year: number;
	blocks: ShownBlock[];
	narratives: Record<string, string>;
	submittedAt: string;
	/** The work-standards summary as it was then (absent in reports submitted before it existed). */
	standards?: AnnualStandards | null;
	/** The action plan's goals, measures and indicators of the year as they were then (absent in older reports). */
	plan?: AnnualPlanGoal[] | null;
}

/** The standards self-assessment's summary per area, with last year's, as the annual report shows it. */
export interface AnnualStandards {
	summary: AreaSummary[];
	previousSummary: AreaSummary[];
}

/** The blocks a section shows, in the section's order. */
export function blocksOfSection(
	section: (typeof ANNUAL_SECTIONS)[number],
	blocks: readonly ShownBlock[]
): ShownBlock[] {
	return section.blocks
		.map((key) => blocks.find((block) => block.key === key))
		.filter((block): block is ShownBlock => block !== undefined);
}

/** The years a report can be started for: from this year back, at most ten. */
export function reportYears(thisYear: number): number[] {
	return Array.from({ length: 10 }, (_, index) => thisYear - index);
}
