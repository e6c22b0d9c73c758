// The signed contract's scan: uploaded by the volunteer or the organiser, checked by its bytes (a PDF,
// JPEG or PNG, whatever the name says), kept in the files table, and opened only by the volunteer
// and staff; every upload and every staff read is audited.
import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { AppError } from '../../server/errors.ts';
import { deleteFiles, readFile, storeFile, type FileWithBytes } from '../../server/files.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { withoutActivePdfContent } from '../../server/pdf/active-content.server.ts';
import { canManageVolunteering, canOrganise } from './permissions.server.ts';
import { volunteerApplications, volunteerContracts, volunteerOpportunities, volunteerProfiles } from './schema.ts';

/** Scans larger than this are refused (a phone photo of four pages fits easily). */
export const SCAN_MAX_MB = 10;
const SCAN_MAX_BYTES = SCAN_MAX_MB * 1024 * 1024;

const SCAN_TYPES = {
	pdf: { mime: 'application/pdf', signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	jpg: { mime: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
	png: { mime: 'image/png', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
} as const;
type ScanType = keyof typeof SCAN_TYPES;

/** The scan's type from its first bytes, or null when it is none of PDF, JPEG or PNG. */
export function scanTypeOf(bytes: Uint8Array): ScanType | null {
	for (const [type, { signature }] of Object.entries(SCAN_TYPES) as [ScanType, (typeof SCAN_TYPES)[ScanType]][])
		if (bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)) return type;
	return null;
}

async function contractWithParties(ctx: Context, applicationId: string) {
	authorize(ctx.actor, !!ctx.actor);
	const [row] = await ctx.db
		.select({
			contract: volunteerContracts,
			opportunity: volunteerOpportunities,
			userId: volunteerProfiles.userId,
			cardNumber: volunteerProfiles.cardNumber
		})
		.from(volunteerApplications)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerApplications.opportunityId))
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerApplications.profileId))
		.leftJoin(volunteerContracts, eq(volunteerContracts.applicationId, volunteerApplications.id))
		.where(and(eq(volunteerApplications.officeId, ctx.officeId), eq(volunteerApplications.id, applicationId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	return { ...row, own: row.userId === ctx.actor.userId };
}

/**
 * The volunteer or the organiser uploads the signed contract's scan. Only a real PDF (its active
 * content removed), JPEG or PNG is kept; a new scan replaces the old one. Keeping a signed scan
 * records the contract as signed on paper, if it was not signed before.
 */
export async function uploadContractScan(
	ctx: Context,
	options: { applicationId: string; file: { name: string; bytes: Uint8Array } | null; now?: Date }
): Promise<void> {
	const found = await contractWithParties(ctx, options.applicationId);
	authorize(ctx.actor, found.own || (await canOrganise(ctx.db, ctx.officeId, ctx.actor, found.opportunity)));
	if (!found.contract) throw new AppError('conflict', 'volunteering.contract.notGenerated');
	const { file } = options;
	if (!file || file.bytes.length === 0)
		throw new AppError('invalid', 'common.formHasErrors', { scan: 'volunteering.scan.missing' });
	if (file.bytes.length > SCAN_MAX_BYTES)
		throw new AppError('invalid', 'common.formHasErrors', {
			scan: encodeMessage('volunteering.scan.tooLarge', { max: SCAN_MAX_MB })
		});
	const type = scanTypeOf(file.bytes);
	if (!type) throw new AppError('invalid', 'common.formHasErrors', { scan: 'volunteering.scan.wrongType' });
	const bytes = type === 'pdf' ? (await withoutActivePdfContent(file.bytes)).bytes : file.bytes;
	const now = options.now ?? new Date();
	const contract = found.contract;
	await ctx.db.transaction(async (tx) => {
		const stored = await storeFile(tx, {
			officeId: ctx.officeId,
			name: `${contract.number}.${type}`,
			mime: SCAN_TYPES[type].mime,
			bytes
		});
		await tx
			.update(volunteerContracts)
			.set({
				scanFileName: stored.name,
				scanPath: stored.id,
				signedAt: contract.signedAt ?? now,
				signedOnline: contract.signedAt ? contract.signedOnline : false
			})
			.where(eq(volunteerContracts.id, contract.id));
		if (contract.scanPath) await deleteFiles(tx, ctx.officeId, [contract.scanPath]);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.contract.scanUploaded',
			entityType: 'volunteer_application',
			entityId: options.applicationId,
			details: { type, size: bytes.length, replaced: !!contract.scanPath }
		});
	});
}

/** The signed scan, for the volunteer themself and for staff only (a staff read is audited). */
export async function readContractScan(ctx: Context, applicationId: string): Promise<FileWithBytes> {
	const found = await contractWithParties(ctx, applicationId);
	authorize(ctx.actor, found.own || canManageVolunteering(ctx.actor));
	const file = found.contract?.scanPath ? await readFile(ctx.db, ctx.officeId, found.contract.scanPath) : null;
	if (!file) throw new AppError('not_found', 'error.404.text');
	if (!found.own)
		await recordAudit(ctx.db, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.contract.scanRead',
			entityType: 'volunteer_application',
			entityId: applicationId,
			details: { cardNumber: found.cardNumber }
		});
	return file;
}
