import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import type { Actor } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { belgradeToInstant } from '../../../i18n/office-time.ts';
import { isApprovedRepresentative } from '../../organisations/self-service.server.ts';
import { APPLICATION_SECTIONS, callApplications, fundingCalls, type ApplicationSection } from '../schema.ts';

export type ApplicationRow = typeof callApplications.$inferSelect;
export type CallRow = typeof fundingCalls.$inferSelect;

/**
 * Whether the actor may read and edit this application: its author, or an approved representative of the
 * association it is made for. Staff and the committee read applications through their own, audited, paths.
 */
export async function isApplicationAuthor(
	db: Database,
	officeId: string,
	actor: Actor | null,
	application: Pick<ApplicationRow, 'createdBy' | 'organisationId'>
): Promise<boolean> {
	if (!actor) return false;
	if (application.createdBy === actor.userId) return true;
	return (
		!!application.organisationId && (await isApprovedRepresentative(db, officeId, actor, application.organisationId))
	);
}

/** The application and its call, locked for a write when asked; not_found for anyone but its authors. */
export async function loadOwnApplication(
	db: Database,
	officeId: string,
	actor: Actor | null,
	id: string,
	options: { lock?: boolean } = {}
): Promise<{ application: ApplicationRow; call: CallRow }> {
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const query = db
		.select()
		.from(callApplications)
		.where(and(eq(callApplications.officeId, officeId), eq(callApplications.id, id)));
	const [application] = options.lock ? await query.for('update') : await query;
	// Someone else's application is "not found": its existence is not theirs to learn.
	if (!application || !(await isApplicationAuthor(db, officeId, actor, application))) {
		throw new AppError('not_found', 'error.404.text');
	}
	const [call] = await db.select().from(fundingCalls).where(eq(fundingCalls.id, application.callId));
	return { application, call };
}

/**
 * Until when the authors may change and submit the application: the call's closing instant, or, when staff asked
 * for a completion, the end of the day they gave (Belgrade).
 */
export function editableUntil(
	application: Pick<ApplicationRow, 'administrativeCheck'>,
	call: Pick<CallRow, 'closesAt'>
): Date {
	const check = application.administrativeCheck;
	if (check?.outcome === 'completion' && check.completionDue) {
		return new Date(belgradeToInstant(check.completionDue, '23:59').getTime() + 60_000);
	}
	return call.closesAt;
}

/** Whether the authors may change and submit the application at `now` (by the server's clock). */
export function isEditableAt(
	application: Pick<ApplicationRow, 'administrativeCheck'>,
	call: Pick<CallRow, 'opensAt' | 'closesAt'>,
	now: Date
): boolean {
	return now >= call.opensAt && now < editableUntil(application, call);
}

/**
 * The parts of the form the authors may change: all of them, except during a completion that names parts, when
 * only those (decision 0028).
 */
export function openSections(application: Pick<ApplicationRow, 'administrativeCheck'>): ApplicationSection[] {
	const all = Object.keys(APPLICATION_SECTIONS) as ApplicationSection[];
	const check = application.administrativeCheck;
	if (check?.outcome !== 'completion' || !check.completionSections?.length) return all;
	return all.filter((section) => check.completionSections!.includes(section));
}

/** The stored fields the authors may not change now (none outside a limited completion). */
export function lockedFields(application: Pick<ApplicationRow, 'administrativeCheck'>): Set<string> {
	const open = new Set(openSections(application));
	const locked = new Set<string>();
	for (const [section, fields] of Object.entries(APPLICATION_SECTIONS) as [ApplicationSection, readonly string[]][])
		if (!open.has(section)) for (const field of fields) locked.add(field);
	return locked;
}
