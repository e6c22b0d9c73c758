// The annual report's plan tables: one per goal, its indicators and then each measure's, with the
// year's target and actual (browser-safe: the page and the documents draw the same rows).
import type { I18n } from '../../i18n/index.ts';
import type { AnnualPlanGoal, AnnualPlanIndicator } from '../../server/manifest.ts';

/** One row of a goal's table: the measure (or "goal indicator"), the indicator, its unit, target and actual. */
export interface AnnualPlanRow {
	measure: string;
	indicator: string;
	unit: string;
	target: number | null;
	actual: number | null;
}

const english = (i18n: I18n, text: string, textEn: string) =>
	i18n.locale === 'en' && textEn ? textEn : i18n.text(text);

/** The goal's heading in the reader's language and script. */
export function goalTitle(i18n: I18n, goal: AnnualPlanGoal): string {
	return i18n.t('reports.annual.plan.goal', { title: english(i18n, goal.title, goal.titleEn) });
}

/** The rows of a goal's table; a measure without indicators still shows, with "no indicators". */
export function goalRows(i18n: I18n, goal: AnnualPlanGoal): AnnualPlanRow[] {
	const row = (measure: string, indicator: AnnualPlanIndicator): AnnualPlanRow => ({
		measure,
		indicator: english(i18n, indicator.name, indicator.nameEn),
		unit: english(i18n, indicator.unit, indicator.unitEn),
		target: indicator.target,
		actual: indicator.actual
	});
	const goalLevel = i18n.t('reports.annual.plan.goalLevel');
	return [
		...goal.indicators.map((indicator) => row(goalLevel, indicator)),
		...goal.measures.flatMap((measure) => {
			const title = english(i18n, measure.title, measure.titleEn);
			return measure.indicators.length
				? measure.indicators.map((indicator) => row(title, indicator))
				: [
						{
							measure: title,
							indicator: i18n.t('reports.annual.plan.noIndicators'),
							unit: '',
							target: null,
							actual: null
						}
					];
		})
	];
}
