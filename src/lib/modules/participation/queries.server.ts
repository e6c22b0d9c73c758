// Reads of initiatives: the public list (filters, search in either script), one initiative with its
// comments, similar initiatives, and the back-office queues (moderation, overdue answers, reports).
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor, Context } from '../../server/actor.ts';
import { authorize } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { AppError } from '../../server/errors.ts';
import { users } from '../../server/db/core-schema.ts';
import { searchKey } from '../../i18n/script.ts';
import { matchesSearch, runSearchStatement, rankedSearchStatement } from '../../server/search.ts';
import type { MediaUse, SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import {
	participationBudgetProjects,
	participationCategories,
	participationComments,
	participationFollows,
	participationInitiatives,
	participationReports,
	participationSupports,
	type InitiativeStatus
} from './schema.ts';
import { AWAITING_ANSWER, PUBLIC_STATUSES, suppressSmallGroups } from './rules.ts';
import { canManageParticipation } from './permissions.server.ts';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';

export type InitiativeRow = typeof participationInitiatives.$inferSelect;
export type CategoryRow = typeof participationCategories.$inferSelect;

/** What the public may see at all: published or answered, not hidden. */
function isListed(): SQL {
	return and(
		inArray(participationInitiatives.status, [...PUBLIC_STATUSES]),
		isNull(participationInitiatives.hiddenAt)
	) as SQL;
}

/** The office's categories of initiatives, in order: those still offered, or all of them (staff). */
export async function listCategories(
	db: Database,
	officeId: string,
	options: { includeRetired?: boolean } = {}
): Promise<CategoryRow[]> {
	return db
		.select()
		.from(participationCategories)
		.where(
			and(
				eq(participationCategories.officeId, officeId),
				options.includeRetired ? undefined : isNull(participationCategories.retiredAt)
			)
		)
		.orderBy(asc(participationCategories.sortOrder), asc(participationCategories.name));
}

export const INITIATIVE_SORTS = ['newest', 'supported'] as const;
export type InitiativeSort = (typeof INITIATIVE_SORTS)[number];
export const PAGE_SIZE = 20;

/** A card of the public list. */
export type InitiativeCard = Pick<
	InitiativeRow,
	| 'id'
	| 'title'
	| 'problem'
	| 'status'
	| 'supportCount'
	| 'publishedAt'
	| 'answerDueAt'
	| 'answeredAt'
	| 'groupName'
	| 'categoryId'
	| 'hiddenAt'
>;

const cardColumns = {
	id: participationInitiatives.id,
	title: participationInitiatives.title,
	problem: participationInitiatives.problem,
	status: participationInitiatives.status,
	supportCount: participationInitiatives.supportCount,
	publishedAt: participationInitiatives.publishedAt,
	answerDueAt: participationInitiatives.answerDueAt,
	answeredAt: participationInitiatives.answeredAt,
	groupName: participationInitiatives.groupName,
	categoryId: participationInitiatives.categoryId,
	hiddenAt: participationInitiatives.hiddenAt
};

/** The public list: filtered by category and status, searched in either script, newest or most supported first. */
export async function listPublicInitiatives(
	db: Database,
	officeId: string,
	options: {
		categoryId?: string | null;
		status?: InitiativeStatus | null;
		query?: string;
		sort?: InitiativeSort;
		page?: number;
	}
): Promise<{ items: InitiativeCard[]; total: number; page: number; pages: number }> {
	const page = Math.max(1, options.page ?? 1);
	const folded = options.query ? searchKey(options.query) : '';
	const where = and(
		eq(participationInitiatives.officeId, officeId),
		isListed(),
		options.categoryId ? eq(participationInitiatives.categoryId, options.categoryId) : undefined,
		options.status ? eq(participationInitiatives.status, options.status) : undefined,
		folded
			? matchesSearch(participationInitiatives.searchVector, participationInitiatives.searchKey, folded)
			: undefined
	);
	const order =
		options.sort === 'supported'
			? [desc(participationInitiatives.supportCount), desc(participationInitiatives.publishedAt)]
			: [desc(participationInitiatives.publishedAt), desc(participationInitiatives.id)];
	const [items, [{ total }]] = await Promise.all([
		db
			.select(cardColumns)
			.from(participationInitiatives)
			.where(where)
			.orderBy(...order)
			.limit(PAGE_SIZE)
			.offset((page - 1) * PAGE_SIZE),
		db.select({ total: count() }).from(participationInitiatives).where(where)
	]);
	return { items, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The newest listed initiatives (home page, feed). */
export async function listRecentInitiatives(db: Database, officeId: string, limit: number): Promise<InitiativeCard[]> {
	return db
		.select(cardColumns)
		.from(participationInitiatives)
		.where(and(eq(participationInitiatives.officeId, officeId), isListed()))
		.orderBy(desc(participationInitiatives.publishedAt))
		.limit(limit);
}

/**
 * One initiative as this actor may see it: listed ones (a hidden one without its text), the author's
 * own in any state, and every one for staff. Null otherwise.
 */
export async function getPublicInitiative(
	db: Database,
	officeId: string,
	id: string,
	actor: Actor | null
): Promise<(InitiativeRow & { categoryName: string | null; categoryNameEn: string | null }) | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await db
		.select({
			initiative: participationInitiatives,
			categoryName: participationCategories.name,
			categoryNameEn: participationCategories.nameEn
		})
		.from(participationInitiatives)
		.leftJoin(participationCategories, eq(participationCategories.id, participationInitiatives.categoryId))
		.where(and(eq(participationInitiatives.officeId, officeId), eq(participationInitiatives.id, id)));
	if (!row) return null;
	const initiative = row.initiative;
	const isPublic = PUBLIC_STATUSES.includes(initiative.status);
	const isAuthor = !!actor && initiative.authorId === actor.userId;
	if (!isPublic && !isAuthor && !canManageParticipation(actor)) return null;
	const visible =
		initiative.hiddenAt && !canManageParticipation(actor)
			? { ...initiative, problem: '', proposal: '', audience: '', place: '', title: '', imageIds: [] }
			: initiative;
	return { ...visible, categoryName: row.categoryName, categoryNameEn: row.categoryNameEn };
}

/** How the author is shown: the group, the name they chose to show, or "a young person, 17". */
export function authorLabel(
	initiative: Pick<InitiativeRow, 'groupName' | 'showAuthorName' | 'authorName' | 'authorAge'>
) {
	if (initiative.groupName) return { kind: 'group' as const, text: initiative.groupName };
	if (initiative.showAuthorName && initiative.authorName) return { kind: 'name' as const, text: initiative.authorName };
	return { kind: 'anonymous' as const, text: initiative.authorAge === null ? '' : String(initiative.authorAge) };
}

/** Whether the actor supports and follows the initiative. */
export async function getSupportState(
	db: Database,
	initiativeId: string,
	userId: string | null | undefined
): Promise<{ supported: boolean; following: boolean }> {
	if (!userId) return { supported: false, following: false };
	const [supported, following] = await Promise.all([
		db
			.select({ userId: participationSupports.userId })
			.from(participationSupports)
			.where(and(eq(participationSupports.initiativeId, initiativeId), eq(participationSupports.userId, userId))),
		db
			.select({ userId: participationFollows.userId })
			.from(participationFollows)
			.where(and(eq(participationFollows.initiativeId, initiativeId), eq(participationFollows.userId, userId)))
	]);
	return { supported: supported.length > 0, following: following.length > 0 };
}

export interface CommentNode {
	id: string;
	authorName: string;
	body: string;
	hiddenReason: string | null;
	isApproved: boolean;
	createdAt: Date;
	replies: CommentNode[];
}

/**
 * Comments with their replies: approved ones for everybody, the actor's own waiting ones, everything
 * for staff; a hidden comment keeps its place with the reason instead of the text.
 */
export async function listComments(db: Database, initiativeId: string, actor: Actor | null): Promise<CommentNode[]> {
	const rows = await db
		.select()
		.from(participationComments)
		.where(eq(participationComments.initiativeId, initiativeId))
		.orderBy(asc(participationComments.createdAt));
	const staff = canManageParticipation(actor);
	const userId = actor?.userId ?? null;
	const visible = rows.filter((row) => row.isApproved || staff || (userId !== null && row.authorId === userId));
	const node = (row: (typeof rows)[number]): CommentNode => ({
		id: row.id,
		authorName: row.authorName,
		body: row.hiddenAt && !staff ? '' : row.body,
		hiddenReason: row.hiddenAt ? row.hiddenReason : null,
		isApproved: row.isApproved,
		createdAt: row.createdAt,
		replies: []
	});
	const top = visible.filter((row) => !row.parentId).map(node);
	const byId = new Map(top.map((comment) => [comment.id, comment]));
	for (const row of visible) if (row.parentId) byId.get(row.parentId)?.replies.push(node(row));
	return top;
}

/** Listed initiatives whose folded title is like this one, in either script (offered before submitting). */
export async function findSimilarInitiatives(
	db: Database,
	officeId: string,
	title: string,
	options: { excludeId?: string; limit?: number } = {}
): Promise<{ id: string; title: string; supportCount: number; status: InitiativeStatus }[]> {
	const key = searchKey(title);
	if (!key) return [];
	const score = sql<number>`similarity(kzm_search_key(${participationInitiatives.title}), ${key})::float8`;
	const rows = await db
		.select({
			id: participationInitiatives.id,
			title: participationInitiatives.title,
			supportCount: participationInitiatives.supportCount,
			status: participationInitiatives.status,
			score
		})
		.from(participationInitiatives)
		.where(
			and(
				eq(participationInitiatives.officeId, officeId),
				isListed(),
				options.excludeId ? sql`${participationInitiatives.id} <> ${options.excludeId}` : undefined,
				sql`${score} >= ${SIMILAR_TITLE_THRESHOLD}`
			)
		)
		.orderBy(desc(score))
		.limit(options.limit ?? 5);
	return rows.map(({ score: _score, ...row }) => row);
}

/** Titles at least this similar (pg_trgm similarity of folded titles) are offered as similar. */
export const SIMILAR_TITLE_THRESHOLD = 0.3;

/** The author's own initiatives, every state (their page). */
export async function listOwnInitiatives(db: Database, officeId: string, userId: string) {
	return db
		.select({
			id: participationInitiatives.id,
			title: participationInitiatives.title,
			status: participationInitiatives.status,
			rejectionReason: participationInitiatives.rejectionReason,
			rejectionNote: participationInitiatives.rejectionNote,
			submittedAt: participationInitiatives.submittedAt
		})
		.from(participationInitiatives)
		.where(and(eq(participationInitiatives.officeId, officeId), eq(participationInitiatives.authorId, userId)))
		.orderBy(desc(participationInitiatives.submittedAt));
}

/** Overdue answers: threshold reached, due date passed, no answer, not hidden. */
function isOverdue(now: Date): SQL {
	return and(
		inArray(participationInitiatives.status, [...AWAITING_ANSWER]),
		isNotNull(participationInitiatives.answerDueAt),
		lt(participationInitiatives.answerDueAt, now),
		isNull(participationInitiatives.answeredAt),
		isNull(participationInitiatives.hiddenAt)
	) as SQL;
}

export const ADMIN_QUEUES = ['moderation', 'answer', 'overdue', 'all'] as const;
export type AdminQueue = (typeof ADMIN_QUEUES)[number];

/** The initiative list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_INITIATIVE_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${participationInitiatives.title}) COLLATE "C"`,
	// An initiative's course: waiting, public, considered, the answers, then the rejected ones.
	status: stateOrder(participationInitiatives.status, [
		'submitted',
		'published',
		'under_consideration',
		'accepted',
		'partly_accepted',
		'in_progress',
		'done',
		'not_accepted',
		'rejected'
	]),
	supports: participationInitiatives.supportCount,
	submitted: participationInitiatives.submittedAt,
	due: participationInitiatives.answerDueAt
} as const;

/**
 * The back-office list: awaiting moderation, awaiting an answer (threshold reached), overdue, or all;
 * in the queue's own order unless a column was chosen.
 */
export async function listInitiativesForAdmin(
	db: Database,
	officeId: string,
	queue: AdminQueue,
	now = new Date(),
	sort: SortState | null = null
) {
	const filter =
		queue === 'moderation'
			? eq(participationInitiatives.status, 'submitted')
			: queue === 'answer'
				? and(
						inArray(participationInitiatives.status, [...AWAITING_ANSWER]),
						isNotNull(participationInitiatives.thresholdReachedAt),
						isNull(participationInitiatives.answeredAt)
					)
				: queue === 'overdue'
					? isOverdue(now)
					: undefined;
	return db
		.select({
			id: participationInitiatives.id,
			title: participationInitiatives.title,
			status: participationInitiatives.status,
			supportCount: participationInitiatives.supportCount,
			submittedAt: participationInitiatives.submittedAt,
			answerDueAt: participationInitiatives.answerDueAt,
			answeredAt: participationInitiatives.answeredAt,
			hiddenAt: participationInitiatives.hiddenAt
		})
		.from(participationInitiatives)
		.where(and(eq(participationInitiatives.officeId, officeId), filter))
		.orderBy(
			...orderOf(
				sort,
				ADMIN_INITIATIVE_SORT_COLUMNS,
				[
					queue === 'overdue' || queue === 'answer'
						? asc(participationInitiatives.answerDueAt)
						: desc(participationInitiatives.submittedAt)
				],
				[asc(participationInitiatives.id)]
			)
		)
		.limit(200);
}

/** How many initiatives wait for moderation and how many answers are overdue (dashboard). */
export async function countAttention(db: Database, officeId: string, now: Date) {
	const [[moderation], [overdue], [reports]] = await Promise.all([
		db
			.select({ n: count() })
			.from(participationInitiatives)
			.where(and(eq(participationInitiatives.officeId, officeId), eq(participationInitiatives.status, 'submitted'))),
		db
			.select({ n: count() })
			.from(participationInitiatives)
			.where(and(eq(participationInitiatives.officeId, officeId), isOverdue(now))),
		db
			.select({ n: count() })
			.from(participationReports)
			.where(and(eq(participationReports.officeId, officeId), isNull(participationReports.resolvedAt)))
	]);
	return { moderation: moderation.n, overdue: overdue.n, reports: reports.n };
}

/** Open reports with what they are about (back-office). */
export async function listOpenReports(db: Database, officeId: string) {
	return db
		.select({
			id: participationReports.id,
			initiativeId: participationReports.initiativeId,
			commentId: participationReports.commentId,
			reason: participationReports.reason,
			note: participationReports.note,
			createdAt: participationReports.createdAt,
			title: participationInitiatives.title,
			commentBody: participationComments.body
		})
		.from(participationReports)
		.innerJoin(participationInitiatives, eq(participationInitiatives.id, participationReports.initiativeId))
		.leftJoin(participationComments, eq(participationComments.id, participationReports.commentId))
		.where(and(eq(participationReports.officeId, officeId), isNull(participationReports.resolvedAt)))
		.orderBy(asc(participationReports.createdAt));
}

/** Comments waiting for pre-moderation (back-office). */
export async function listCommentsAwaitingApproval(db: Database, officeId: string) {
	return db
		.select({
			id: participationComments.id,
			initiativeId: participationComments.initiativeId,
			body: participationComments.body,
			authorName: participationComments.authorName,
			createdAt: participationComments.createdAt,
			title: participationInitiatives.title
		})
		.from(participationComments)
		.innerJoin(participationInitiatives, eq(participationInitiatives.id, participationComments.initiativeId))
		.where(
			and(
				eq(participationComments.officeId, officeId),
				eq(participationComments.isApproved, false),
				isNull(participationComments.hiddenAt)
			)
		)
		.orderBy(asc(participationComments.createdAt));
}

/**
 * Staff's view of who supports an initiative: counts by age band and by gender (the shared small-cell
 * rule: groups under 5 hidden, and one more where the total would give a hidden one back) and the
 * names of supporters who agreed to be named. Every read is audited.
 */
export async function readSupporters(ctx: Context, initiativeId: string) {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const [initiative] = await ctx.db
		.select({ id: participationInitiatives.id })
		.from(participationInitiatives)
		.where(and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, initiativeId)));
	if (!initiative) throw new AppError('not_found', 'error.404.text');
	const rows = await ctx.db
		.select({
			ageBand: participationSupports.ageBand,
			gender: participationSupports.gender,
			showName: participationSupports.showName,
			name: users.name
		})
		.from(participationSupports)
		.innerJoin(users, eq(users.id, participationSupports.userId))
		.where(eq(participationSupports.initiativeId, initiativeId));
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'participation.supporters.viewed',
		entityType: 'participation_initiative',
		entityId: initiativeId,
		details: { supporters: rows.length }
	});
	const tally = (key: (row: (typeof rows)[number]) => string) => {
		const counts = new Map<string, number>();
		for (const row of rows) counts.set(key(row) || 'unknown', (counts.get(key(row) || 'unknown') ?? 0) + 1);
		return suppressSmallGroups(counts, rows.length);
	};
	return {
		total: rows.length,
		byAgeBand: tally((row) => row.ageBand),
		byGender: tally((row) => row.gender),
		named: rows
			.filter((row) => row.showName)
			.map((row) => row.name)
			.sort()
	};
}

/** Public initiatives matching a search, listed ones only, as the statement the site search folds (manifest hook). */
export function initiativesSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	const where = and(eq(participationInitiatives.officeId, officeId), isListed());
	return rankedSearchStatement(
		db,
		{
			table: participationInitiatives,
			id: participationInitiatives.id,
			searchVector: participationInitiatives.searchVector,
			searchKey: participationInitiatives.searchKey,
			searchLead: participationInitiatives.searchLead,
			newest: participationInitiatives.publishedAt,
			where
		},
		query,
		limit,
		{
			kindKey: 'participation.initiative.kind',
			columns: {
				title: participationInitiatives.title,
				titleEn: sql`''`,
				snippet: participationInitiatives.problem,
				snippetEn: sql`''`,
				path: { prefix: '/initiatives/', key: participationInitiatives.id },
				date: participationInitiatives.publishedAt
			},
			summarise: (text) => text.slice(0, 240)
		}
	);
}

/** Public initiatives matching a search (manifest hook): listed ones only: the module's search statement run alone. */
export async function searchInitiatives(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): Promise<SearchHit[]> {
	return runSearchStatement(db, initiativesSearchStatement(db, officeId, query, limit), limit);
}

/** Listed initiatives for sitemap.xml. */
export async function listInitiativesSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ id: participationInitiatives.id, updatedAt: participationInitiatives.statusChangedAt })
		.from(participationInitiatives)
		.where(and(eq(participationInitiatives.officeId, officeId), isListed()));
	return [
		{ path: '/initiatives', updatedAt: null },
		{ path: '/polls', updatedAt: null },
		{ path: '/budget', updatedAt: null },
		...rows.map((row) => ({ path: `/initiatives/${row.id}`, updatedAt: row.updatedAt }))
	];
}

/** Initiatives and budget projects of the office that show the image (for the media library's delete check). */
export async function listParticipationUsingMedia(
	db: Database,
	officeId: string,
	mediaId: string
): Promise<MediaUse[]> {
	if (!/^[0-9a-f-]{36}$/i.test(mediaId)) return [];
	const holds = JSON.stringify([mediaId]);
	const [initiatives, projects] = await Promise.all([
		db
			.select({ id: participationInitiatives.id, title: participationInitiatives.title })
			.from(participationInitiatives)
			.where(
				and(
					eq(participationInitiatives.officeId, officeId),
					sql`${participationInitiatives.imageIds} @> ${holds}::jsonb`
				)
			),
		db
			.select({ title: participationBudgetProjects.title, roundId: participationBudgetProjects.roundId })
			.from(participationBudgetProjects)
			.where(
				and(
					eq(participationBudgetProjects.officeId, officeId),
					sql`${participationBudgetProjects.imageIds} @> ${holds}::jsonb`
				)
			)
	]);
	return [
		...initiatives.map((row) => ({
			kindKey: 'participation.initiative.kind',
			title: row.title,
			path: `/admin/participation/initiatives/${row.id}`
		})),
		...projects.map((row) => ({
			kindKey: 'participation.admin.budget',
			title: row.title,
			path: `/admin/participation/budget/${row.roundId}`
		}))
	];
}
