import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { instantToBelgrade } from '../../../i18n/office-time.ts';
import { uploadDocument } from '../../documents/commands/upload-document.server.ts';
import type { UploadedFile } from '../../documents/upload.server.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilAgendaItems } from '../schema.ts';
import { loadSession } from '../access.server.ts';
import type { AgendaItemInput } from '../inputs.ts';

type Session = Awaited<ReturnType<typeof loadSession>>;

function refuseClosed(session: Session) {
	if (session.status === 'cancelled' || session.status === 'minutes_approved')
		throw new AppError('conflict', 'council.error.sessionClosed');
}

/**
 * Adds an item at the end of a session's agenda (while the session is not yet held). An uploaded
 * material goes into the document library through the library's own upload (its type checked from
 * the bytes, active PDF content removed), published so members and the public can open it.
 */
export async function addAgendaItem(
	ctx: Context,
	input: AgendaItemInput & { materialFile?: UploadedFile | null }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	const { materialFile, ...fields } = input;
	let materialDocumentId = fields.materialDocumentId;
	if (materialFile) {
		// Check the session before a file lands in the library for an agenda it cannot join.
		const session = await loadSession(ctx.db, ctx.officeId, fields.sessionId);
		refuseClosed(session);
		try {
			({ id: materialDocumentId } = await uploadDocument(ctx, {
				title: fields.title,
				titleEn: fields.titleEn,
				type: 'other',
				year: Number(instantToBelgrade(session.startsAt).date.slice(0, 4)),
				description: '',
				descriptionEn: '',
				isPublished: true,
				file: materialFile
			}));
		} catch (caught) {
			// The library names its file field `file`; this form's is `materialFile`.
			if (caught instanceof AppError && caught.fieldErrors.file)
				throw new AppError(caught.code, caught.messageKey, { materialFile: caught.fieldErrors.file });
			throw caught;
		}
	}
	return ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, fields.sessionId);
		refuseClosed(session);
		const [{ last }] = await tx
			.select({ last: sql<number>`coalesce(max(${councilAgendaItems.position}), 0)::int` })
			.from(councilAgendaItems)
			.where(eq(councilAgendaItems.sessionId, session.id));
		const [item] = await tx
			.insert(councilAgendaItems)
			.values({ ...fields, materialDocumentId, position: last + 1 })
			.returning({ id: councilAgendaItems.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.agenda_item_added',
			entityType: 'council_session',
			entityId: session.id,
			details: { itemId: item.id, kind: fields.kind, uploadedMaterial: materialFile ? materialDocumentId : null }
		});
		return item;
	});
}
