// Staff downloads of participation as CSV or XLSX: the initiatives (proposals), the supports counted
// per initiative (small groups as "<5"; names only of supporters who agreed to be named) and a budget
// round's projects with their results. Every download is written to the audit log.
import { asc, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { writeSheet, type SheetFile, type SheetFormat } from '../../../server/spreadsheet.ts';
import { users } from '../../../server/db/core-schema.ts';
import { createI18n, type I18n, type MessageKey } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { participationCategories, participationInitiatives, participationSupports } from '../schema.ts';
import { PARTICIPATION_GENDERS } from '../constants.ts';
import { AGE_BANDS } from '../rules.ts';
import { suppressLine } from '../../../statistics/suppression.ts';
import { canManageParticipation } from '../permissions.server.ts';
import { getRound, getRoundResults, listProjects } from '../budget-queries.server.ts';
import { authorLabel } from '../queries.server.ts';

import type { ExportKind } from '../export-kinds.ts';
export { EXPORT_KINDS, type ExportKind } from '../export-kinds.ts';

interface Sheet {
	name: string;
	sheetName: string;
	header: string[];
	rows: string[][];
}

const day = (i18n: I18n, date: Date | null) => (date ? i18n.formatDate(date, { dateStyle: 'short' }) : '');

/**
 * One initiative's supporters by group under the shared small-cell rule (`suppressLine`, decision 0017):
 * "<5" for a group under 5, zero included, and for one more where subtraction from the total would give
 * a hidden one back.
 */
function shownGroups(i18n: I18n, counts: readonly number[], total: number): string[] {
	return suppressLine(counts, total).parts.map((part) =>
		part.hidden ? i18n.t('participation.export.fewer') : String(part.count)
	);
}

async function initiativesSheet(ctx: Context, i18n: I18n): Promise<Sheet> {
	const rows = await ctx.db
		.select({
			initiative: participationInitiatives,
			categoryName: participationCategories.name,
			categoryNameEn: participationCategories.nameEn
		})
		.from(participationInitiatives)
		.leftJoin(participationCategories, eq(participationCategories.id, participationInitiatives.categoryId))
		.where(eq(participationInitiatives.officeId, ctx.officeId))
		.orderBy(asc(participationInitiatives.submittedAt));
	const english = i18n.locale === 'en';
	return {
		name: 'initiatives',
		sheetName: i18n.t('participation.export.initiatives'),
		header: (
			[
				'participation.export.column.title',
				'participation.export.column.status',
				'participation.export.column.category',
				'participation.export.column.author',
				'participation.export.column.submitted',
				'participation.export.column.published',
				'participation.export.column.supports',
				'participation.export.column.answerDue',
				'participation.export.column.answered',
				'participation.export.column.hidden'
			] as const
		).map((key) => i18n.t(key)),
		rows: rows.map(({ initiative, categoryName, categoryNameEn }) => {
			const author = authorLabel(initiative);
			return [
				i18n.text(initiative.title),
				i18n.t(`participation.status.${initiative.status}` as MessageKey),
				categoryName === null ? '' : english && categoryNameEn ? categoryNameEn : i18n.text(categoryName),
				author.kind === 'group'
					? i18n.t('participation.export.group', { name: i18n.text(author.text) })
					: author.kind === 'name'
						? author.text
						: author.text
							? i18n.t('participation.export.anonymous', { age: author.text })
							: i18n.t('participation.export.anonymousNoAge'),
				day(i18n, initiative.submittedAt),
				day(i18n, initiative.publishedAt),
				String(initiative.supportCount),
				day(i18n, initiative.answerDueAt),
				day(i18n, initiative.answeredAt),
				initiative.hiddenAt ? i18n.t('participation.export.yes') : ''
			];
		})
	};
}

async function supportsSheet(ctx: Context, i18n: I18n): Promise<Sheet> {
	const rows = await ctx.db
		.select({
			initiativeId: participationSupports.initiativeId,
			title: participationInitiatives.title,
			ageBand: participationSupports.ageBand,
			gender: participationSupports.gender,
			showName: participationSupports.showName,
			name: users.name
		})
		.from(participationSupports)
		.innerJoin(participationInitiatives, eq(participationInitiatives.id, participationSupports.initiativeId))
		.innerJoin(users, eq(users.id, participationSupports.userId))
		.where(eq(participationInitiatives.officeId, ctx.officeId))
		.orderBy(asc(participationInitiatives.submittedAt), asc(users.name));
	const bands = [...AGE_BANDS, 'unknown'] as const;
	const tallies = new Map<
		string,
		{ title: string; total: number; ages: Map<string, number>; genders: Map<string, number>; named: string[] }
	>();
	for (const row of rows) {
		let tally = tallies.get(row.initiativeId);
		if (!tally) {
			tally = { title: row.title, total: 0, ages: new Map(), genders: new Map(), named: [] };
			tallies.set(row.initiativeId, tally);
		}
		tally.total++;
		const band = row.ageBand || 'unknown';
		tally.ages.set(band, (tally.ages.get(band) ?? 0) + 1);
		tally.genders.set(row.gender, (tally.genders.get(row.gender) ?? 0) + 1);
		// Only supporters who agreed to be named are named; the others are only counted.
		if (row.showName && row.name) tally.named.push(row.name);
	}
	return {
		name: 'supports',
		sheetName: i18n.t('participation.export.supports'),
		header: [
			i18n.t('participation.export.column.title'),
			i18n.t('participation.export.column.supports'),
			...bands.map((band) => i18n.t(`participation.ageBand.${band}` as MessageKey)),
			...PARTICIPATION_GENDERS.map((gender) =>
				i18n.t('participation.export.column.gender', {
					gender: i18n.t(`participation.gender.${gender}` as MessageKey)
				})
			),
			i18n.t('participation.export.column.named')
		],
		rows: [...tallies.values()].map((tally) => [
			i18n.text(tally.title),
			String(tally.total),
			...shownGroups(
				i18n,
				bands.map((band) => tally.ages.get(band) ?? 0),
				tally.total
			),
			...shownGroups(
				i18n,
				PARTICIPATION_GENDERS.map((gender) => tally.genders.get(gender) ?? 0),
				tally.total
			),
			tally.named.join('; ')
		])
	};
}

async function resultsSheet(ctx: Context, i18n: I18n, roundId: string): Promise<Sheet> {
	const round = await getRound(ctx.db, ctx.officeId, roundId);
	if (!round) throw new AppError('not_found', 'error.404.text');
	const [projects, results] = await Promise.all([listProjects(ctx.db, round.id), getRoundResults(ctx.db, round)]);
	const counted = new Map(results.projects.map((result) => [result.id, result]));
	return {
		name: `budget-${round.proposalsFrom.toISOString().slice(0, 10)}`,
		sheetName: i18n.t('participation.export.results'),
		header: (
			[
				'participation.export.column.title',
				'participation.export.column.estimated',
				'participation.export.column.finalCost',
				'participation.export.column.feasibility',
				'participation.export.column.reason',
				'participation.export.column.online',
				'participation.export.column.paper',
				'participation.export.column.votes',
				'participation.export.column.outcome',
				'participation.export.column.progress'
			] as const
		).map((key) => i18n.t(key)),
		rows: projects.map((project) => {
			const result = counted.get(project.id);
			return [
				i18n.text(project.title),
				String(project.estimatedCost),
				project.finalCost === null ? '' : String(project.finalCost),
				i18n.t(`participation.budget.feasibility.${project.feasibility}` as MessageKey),
				i18n.text(project.feasibilityReason),
				result ? String(result.onlineVotes) : '',
				result ? String(result.paperVotes) : '',
				result ? String(result.votes) : '',
				!result
					? ''
					: result.isWinner
						? i18n.t('participation.export.winner')
						: result.isSkipped
							? i18n.t('participation.export.skipped')
							: i18n.t('participation.export.notChosen'),
				result?.isWinner ? String(project.progress) : ''
			];
		})
	};
}

/** One of the participation exports as a file for staff; the download is audited. */
export async function exportParticipation(
	ctx: Context,
	options: { kind: ExportKind; format: SheetFormat; locale: Locale; roundId?: string }
): Promise<SheetFile & { rows: number }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const i18n = createI18n(options.locale);
	const sheet =
		options.kind === 'initiatives'
			? await initiativesSheet(ctx, i18n)
			: options.kind === 'supports'
				? await supportsSheet(ctx, i18n)
				: await resultsSheet(ctx, i18n, options.roundId ?? '');
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'participation.exported',
		entityType: options.kind === 'results' ? 'participation_budget_round' : 'participation_initiative',
		entityId: options.kind === 'results' ? (options.roundId ?? null) : null,
		details: { kind: options.kind, format: options.format, rows: sheet.rows.length }
	});
	const file = await writeSheet(options.format, sheet.name, sheet.sheetName, sheet.header, sheet.rows);
	return { ...file, rows: sheet.rows.length };
}
