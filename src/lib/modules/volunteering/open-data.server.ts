// The volunteering datasets of the open data (decision 0025): published opportunities (their public fields,
// never the organiser's contacts or who applied) and approved volunteer hours per year and category (no
// persons; a category with fewer than five volunteers is hidden by the shared suppression rule).
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataRow, OpenDataset } from '../../server/manifest.ts';
import { belgradeDayOrNull, isoOrNull, latestOf } from '../../server/open-data.ts';
import { suppressLine } from '../../statistics/suppression.ts';
import { VOLUNTEER_CATEGORIES, volunteerHours, volunteerOpportunities } from './schema.ts';

const column = (
	name: string,
	type: OpenDataColumn['type'],
	nullable = false,
	values?: OpenDataColumn['values']
): OpenDataColumn => ({ name, type, nullable, values, descriptionKey: `volunteering.opendata.column.${name}` });

const categoryValues: OpenDataColumn['values'] = {
	codes: VOLUNTEER_CATEGORIES,
	labelKey: (code) => `volunteering.category.${code}`
};

export const volunteerOpportunitiesDataset: OpenDataset = {
	id: 'volunteer-opportunities',
	titleKey: 'volunteering.opendata.opportunities.title',
	descriptionKey: 'volunteering.opendata.opportunities.description',
	keywordKeys: ['volunteering.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('title', 'string'),
		column('title_en', 'string', true),
		column('summary', 'string'),
		column('summary_en', 'string', true),
		column('category', 'string', false, categoryValues),
		column('place', 'string', true),
		column('is_remote', 'boolean'),
		column('min_age', 'integer'),
		column('is_open_ended', 'boolean'),
		column('hours_per_week', 'integer', true),
		column('starts_on', 'date', true),
		column('ends_on', 'date', true),
		column('published_at', 'datetime', true),
		column('url', 'string')
	],
	async read(db: Database, officeId: string) {
		const opportunities = await db
			.select()
			.from(volunteerOpportunities)
			.where(and(eq(volunteerOpportunities.officeId, officeId), eq(volunteerOpportunities.status, 'published')))
			.orderBy(sql`${volunteerOpportunities.publishedAt} DESC NULLS LAST`, volunteerOpportunities.id);
		return {
			updatedAt: latestOf(opportunities.map((opportunity) => opportunity.updatedAt)),
			rows: opportunities.map((opportunity) => ({
				id: opportunity.id,
				title: opportunity.title,
				title_en: opportunity.titleEn || null,
				summary: opportunity.summary,
				summary_en: opportunity.summaryEn || null,
				category: opportunity.category,
				place: opportunity.place || null,
				is_remote: opportunity.isRemote,
				min_age: opportunity.minAge,
				is_open_ended: opportunity.isOpenEnded,
				hours_per_week: opportunity.hoursPerWeek,
				starts_on: opportunity.startsOn,
				ends_on: opportunity.endsOn,
				published_at: isoOrNull(opportunity.publishedAt),
				url: `/volunteering/${opportunity.slug}`
			}))
		};
	}
};

export const volunteerHoursDataset: OpenDataset = {
	id: 'volunteer-hours',
	titleKey: 'volunteering.opendata.hours.title',
	descriptionKey: 'volunteering.opendata.hours.description',
	keywordKeys: ['volunteering.opendata.keyword'],
	columns: [
		column('year', 'integer'),
		column('category', 'string', false, categoryValues),
		column('volunteers', 'integer', true),
		column('hours', 'integer', true)
	],
	async read(db: Database, officeId: string, now: Date) {
		const currentYear = Number(belgradeDayOrNull(now)!.slice(0, 4));
		const year = sql<number>`extract(year from ${volunteerHours.workedOn})::int`;
		const groups = await db
			.select({
				year,
				category: volunteerOpportunities.category,
				volunteers: sql<number>`count(DISTINCT ${volunteerHours.profileId})::int`,
				minutes: sql<number>`coalesce(sum(${volunteerHours.minutes}), 0)::int`,
				updatedAt: sql<Date>`max(${volunteerHours.updatedAt})`
			})
			.from(volunteerHours)
			.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerHours.opportunityId))
			.where(
				and(
					eq(volunteerHours.officeId, officeId),
					eq(volunteerHours.status, 'approved'),
					sql`${year} <= ${currentYear}`
				)
			)
			.groupBy(year, volunteerOpportunities.category);
		const rows: OpenDataRow[] = [];
		const years = [...new Set(groups.map((group) => Number(group.year)))].sort((a, b) => a - b);
		for (const shownYear of years) {
			const ofYear = groups
				.filter((group) => Number(group.year) === shownYear)
				.sort((a, b) => VOLUNTEER_CATEGORIES.indexOf(a.category) - VOLUNTEER_CATEGORIES.indexOf(b.category));
			// The year's hours may be published as a whole (the action plan's indicator), so one hidden category
			// would show by subtraction: the shared rule hides a second one then.
			const counts = ofYear.map((group) => Number(group.volunteers));
			const shown = suppressLine(
				counts,
				counts.reduce((total, value) => total + value, 0)
			).parts;
			ofYear.forEach((group, index) => {
				const part = shown[index];
				rows.push({
					year: shownYear,
					category: group.category,
					volunteers: part.hidden ? null : part.count,
					hours: part.hidden ? null : Math.floor(Number(group.minutes) / 60)
				});
			});
		}
		const updated = groups.map((group) => (group.updatedAt ? new Date(group.updatedAt) : null));
		return { rows, updatedAt: latestOf(updated) };
	}
};
