import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { outboxMessages, type MailAttachment } from '../db/core-schema.ts';
import type { Database } from '../db/client.ts';

export interface OutgoingMail {
	officeId: string | null;
	to: string;
	subject: string;
	text: string;
	/** Blank the body once delivered (e.g. it carries a password-reset link). */
	sensitive?: boolean;
	/** Small attachments, such as an .ics invitation or an application's PDF (base64). */
	attachments?: MailAttachment[];
}

/** Something that can deliver one message (nodemailer in production, a fake in tests). */
export interface MailTransport {
	send(message: { to: string; subject: string; text: string; attachments?: MailAttachment[] }): Promise<void>;
}

/** Stores a message in the outbox; call it inside the command's transaction. */
export async function queueMail(db: Database, mail: OutgoingMail): Promise<void> {
	await db.insert(outboxMessages).values({
		officeId: mail.officeId,
		toAddress: mail.to,
		subject: mail.subject,
		textBody: mail.text,
		isSensitive: mail.sensitive ?? false,
		attachments: mail.attachments ?? []
	});
}

const MAX_ATTEMPTS = 8;

/**
 * Sends due messages through a transport. Rows are claimed with SKIP LOCKED, so several
 * instances of the platform can run this at once without sending anything twice.
 */
export async function deliverPendingMail(db: Database, transport: MailTransport, batchSize = 20): Promise<number> {
	const claimed = await db.transaction(async (tx) => {
		const due = await tx
			.select({ id: outboxMessages.id })
			.from(outboxMessages)
			.where(
				and(
					// A message left in 'sending' by a process that died is picked up again once its lease ends.
					or(eq(outboxMessages.status, 'pending'), eq(outboxMessages.status, 'sending')),
					// The database's clock decides what is due, the same clock that stamped the message.
					lte(outboxMessages.nextAttemptAt, sql`now()`)
				)
			)
			.orderBy(asc(outboxMessages.createdAt))
			.limit(batchSize)
			.for('update', { skipLocked: true });
		if (due.length === 0) return [];
		return tx
			.update(outboxMessages)
			.set({
				status: 'sending',
				attempts: sql`${outboxMessages.attempts} + 1`,
				// A lease: if this process dies while sending, another may retry after ten minutes.
				nextAttemptAt: sql`now() + interval '10 minutes'`
			})
			.where(
				inArray(
					outboxMessages.id,
					due.map((row) => row.id)
				)
			)
			.returning();
	});
	for (const message of claimed) {
		try {
			await transport.send({
				to: message.toAddress,
				subject: message.subject,
				text: message.textBody,
				...(message.attachments.length > 0 ? { attachments: message.attachments } : {})
			});
			await db
				.update(outboxMessages)
				.set({
					status: 'sent',
					sentAt: new Date(),
					lastError: null,
					...(message.isSensitive ? { textBody: '' } : {})
				})
				.where(eq(outboxMessages.id, message.id));
		} catch (error) {
			const failedForGood = message.attempts >= MAX_ATTEMPTS;
			// Back off exponentially: 1, 2, 4 … minutes.
			const delayMs = 60_000 * 2 ** (message.attempts - 1);
			await db
				.update(outboxMessages)
				.set({
					status: failedForGood ? 'failed' : 'pending',
					// A reset link that will never be delivered is not kept either.
					...(failedForGood && message.isSensitive ? { textBody: '' } : {}),
					lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
					nextAttemptAt: new Date(Date.now() + delayMs)
				})
				.where(eq(outboxMessages.id, message.id));
		}
	}
	return claimed.length;
}

/** A nodemailer transport for an SMTP URL such as smtp://user:pass@host:587. */
export async function createSmtpTransport(smtpUrl: string, from: string): Promise<MailTransport> {
	const nodemailer = await import('nodemailer');
	const transporter = nodemailer.createTransport(smtpUrl);
	return {
		async send(message) {
			await transporter.sendMail({
				from,
				to: message.to,
				subject: message.subject,
				text: message.text,
				attachments: (message.attachments ?? []).map((attachment) => ({
					filename: attachment.filename,
					contentType: attachment.contentType,
					content: attachment.content,
					...(attachment.encoding ? { encoding: attachment.encoding } : {})
				}))
			});
		}
	};
}

/** Polls the outbox in the background; returns a function that stops it and a nudge to send at once. */
export function startOutboxWorker(
	db: Database,
	transport: MailTransport,
	intervalMs = 10_000
): { stop: () => void; nudge: () => void } {
	let running = false;
	const tick = async () => {
		if (running) return;
		running = true;
		try {
			while ((await deliverPendingMail(db, transport)) > 0) {
				/* keep going while there is work */
			}
		} catch (error) {
			console.error('[outbox]', error);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(tick, intervalMs);
	timer.unref();
	return { stop: () => clearInterval(timer), nudge: () => void tick() };
}
