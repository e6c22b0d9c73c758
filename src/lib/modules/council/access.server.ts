// Loading a body, session or member of the current office, and finding which bodies an account sits on.
import { and, eq, isNull, gte, lte, or } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { offices } from '../../server/db/core-schema.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { councilBodies, councilMembers, councilSessions } from './schema.ts';
import type { AgeRuleMember, AgeRulePolicy } from './rules.ts';

/** Today's date on Belgrade's calendar. */
export function todayIn(now: Date = new Date()): string {
	return instantToBelgrade(now).date;
}

const notFound = () => new AppError('not_found', 'error.404.text');

/** The office's body with that id, or not found. */
export async function loadBody(db: Database, officeId: string, bodyId: string) {
	if (!isUuid(bodyId)) throw notFound();
	const [body] = await db
		.select()
		.from(councilBodies)
		.where(and(eq(councilBodies.officeId, officeId), eq(councilBodies.id, bodyId)));
	if (!body) throw notFound();
	return body;
}

/** The office's session with that id, or not found. */
export async function loadSession(db: Database, officeId: string, sessionId: string) {
	if (!isUuid(sessionId)) throw notFound();
	const [session] = await db
		.select()
		.from(councilSessions)
		.where(and(eq(councilSessions.officeId, officeId), eq(councilSessions.id, sessionId)));
	if (!session) throw notFound();
	return session;
}

/** The office's member (mandate) with that id, or not found. */
export async function loadMember(db: Database, officeId: string, memberId: string) {
	if (!isUuid(memberId)) throw notFound();
	const [member] = await db
		.select()
		.from(councilMembers)
		.where(and(eq(councilMembers.officeId, officeId), eq(councilMembers.id, memberId)));
	if (!member) throw notFound();
	return member;
}

/** The account's running mandate in a body on a date, or null: what lets a council member see the body's drafts. */
export async function mandateOf(db: Database, bodyId: string, userId: string, date: string) {
	const [member] = await db
		.select()
		.from(councilMembers)
		.where(
			and(
				eq(councilMembers.bodyId, bodyId),
				eq(councilMembers.userId, userId),
				lte(councilMembers.mandateFrom, date),
				or(isNull(councilMembers.mandateTo), gte(councilMembers.mandateTo, date))
			)
		);
	return member ?? null;
}

/** The age rule's policy for a body: the office's youth age range and the body's share. */
export async function ageRulePolicyOf(
	db: Database,
	officeId: string,
	body: { minYouthSharePercent: number }
): Promise<AgeRulePolicy> {
	const [office] = await db
		.select({ youthMinAge: offices.youthMinAge, youthMaxAge: offices.youthMaxAge })
		.from(offices)
		.where(eq(offices.id, officeId));
	return {
		youthMinAge: office.youthMinAge,
		youthMaxAge: office.youthMaxAge,
		minYouthSharePercent: body.minYouthSharePercent
	};
}

/** Every mandate of a body, in the shape the age rule reads. */
export async function ageRuleMembersOf(db: Database, bodyId: string): Promise<AgeRuleMember[]> {
	return db
		.select({
			id: councilMembers.id,
			name: councilMembers.name,
			birthYear: councilMembers.birthYear,
			mandateFrom: councilMembers.mandateFrom,
			mandateTo: councilMembers.mandateTo
		})
		.from(councilMembers)
		.where(eq(councilMembers.bodyId, bodyId));
}
