import { and, asc, eq, like, sql, inArray } from 'drizzle-orm';
import { searchKey } from '../../i18n/script.ts';
import { memberships, users, type Role } from '../../server/db/core-schema.ts';
import { recordAudit } from '../../server/audit.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { canManageUsers } from './permissions.server.ts';
import { outer } from '../../server/db/outer.ts';
import type { Database } from '../../server/db/client.ts';
import { orderOf } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import { ACCOUNT_GENDERS, type AccountGender } from './inputs.ts';

export interface UserRow {
	id: string;
	name: string;
	email: string;
	roles: Role[];
	isDisabled: boolean;
	isDemo: boolean;
	createdAt: Date;
}

const PAGE_SIZE = 50;

/** The admin list's sortable columns (?sort=): names in the order of the Serbian alphabet. */
export const ADMIN_USER_SORT_COLUMNS = {
	name: sql`kzm_sort_key(${users.name}) COLLATE "C"`,
	email: users.email
} as const;

/** Lists the office's people for administrators; each look at this personal list is audited. */
export async function listUsersForAdmin(
	ctx: Context,
	filters: { search?: string; role?: Role; page?: number; sort?: SortState | null }
): Promise<{ rows: UserRow[]; total: number; page: number; pages: number }> {
	authorize(ctx.actor, canManageUsers(ctx.actor));
	const page = Math.max(1, filters.page ?? 1);
	const search = filters.search?.trim();
	// Folded like the stored key, so "jelena" finds "Јелена" and "dordevic" finds "Ђорђевић".
	const folded = search ? searchKey(search) : '';
	const memberIds = ctx.db
		.selectDistinct({ userId: memberships.userId })
		.from(memberships)
		.where(and(eq(memberships.officeId, ctx.officeId), filters.role ? eq(memberships.role, filters.role) : undefined));
	const where = and(
		inArray(users.id, memberIds),
		folded ? like(users.searchKey, `%${folded.replace(/[%_\\]/g, '')}%`) : undefined
	);
	const [{ total }] = await ctx.db
		.select({ total: sql<number>`count(*)::int` })
		.from(users)
		.where(where);
	// In the order of the Serbian alphabet in either script (code-point order would put Ђ, Ј, Љ, Њ, Ћ,
	// Џ before А); see kzm_sort_key in the migrations.
	const rows = await ctx.db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			disabledAt: users.disabledAt,
			isDemo: users.isDemo,
			createdAt: users.createdAt,
			roles: sql<
				Role[]
			>`coalesce((SELECT array_agg(m.role ORDER BY m.role) FROM memberships m WHERE m.user_id = ${outer(users.id)} AND m.office_id = ${ctx.officeId}), '{}')`
		})
		.from(users)
		.where(where)
		.orderBy(
			...orderOf(
				filters.sort ?? null,
				ADMIN_USER_SORT_COLUMNS,
				[sql`kzm_sort_key(${users.name}) COLLATE "C"`],
				[asc(users.name), asc(users.id)]
			)
		)
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'accounts.list_viewed',
		entityType: 'user',
		details: { search: search ?? '', role: filters.role ?? '', page }
	});
	return {
		rows: rows.map(({ disabledAt, ...row }) => ({ ...row, isDisabled: !!disabledAt })),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE))
	};
}

/** One person of this office, for the administrator's edit screen (audited as a read). */
export async function getUserForAdmin(ctx: Context, userId: string): Promise<UserRow> {
	authorize(ctx.actor, canManageUsers(ctx.actor));
	if (!isUuid(userId)) throw new AppError('not_found', 'error.404.text');
	const roles = await ctx.db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.officeId, ctx.officeId), eq(memberships.userId, userId)));
	if (roles.length === 0) throw new AppError('not_found', 'error.404.text');
	const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
	if (!user) throw new AppError('not_found', 'error.404.text');
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'accounts.user_viewed',
		entityType: 'user',
		entityId: userId
	});
	return {
		id: user.id,
		name: user.name,
		email: user.email,
		roles: roles.map((row) => row.role),
		isDisabled: !!user.disabledAt,
		isDemo: user.isDemo,
		createdAt: user.createdAt
	};
}

/** What a person keeps on their account so forms need not ask again; null when nothing is kept. */
export interface AccountProfile {
	birthYear: number;
	gender: AccountGender | null;
	place: string;
	consentAt: Date;
}

/** The year of birth, gender and place a person keeps on their account (with consent), or null. */
export async function getAccountProfile(db: Database, userId: string): Promise<AccountProfile | null> {
	const [row] = await db
		.select({ birthYear: users.birthYear, gender: users.gender, place: users.place, consentAt: users.profileConsentAt })
		.from(users)
		.where(eq(users.id, userId));
	if (!row || row.birthYear === null || !row.consentAt) return null;
	const gender = (ACCOUNT_GENDERS as readonly string[]).includes(row.gender ?? '')
		? (row.gender as AccountGender)
		: null;
	return { birthYear: row.birthYear, gender, place: row.place ?? '', consentAt: row.consentAt };
}
