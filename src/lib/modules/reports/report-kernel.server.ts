// The kernel of a report with sections (the annual report, decision 0027, and the reports made from
// templates, decision 0035): both tables share their columns (`reportWithSectionsColumns`), so freezing a
// submitted copy and publishing it on the portal are written once here. Commands authorize the actor,
// find their row and build their snapshot; these steps run inside the command's transaction.
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { annualReports, templateReports } from './schema.ts';

/** A table holding reports with sections. */
export type ReportWithSectionsTable = typeof annualReports | typeof templateReports;

/** What the audit record of a step says: the action, the kind of record and its details. */
interface ReportAudit {
	officeId: string;
	actor: Actor;
	action: string;
	entityType: 'annual_report' | 'template_report';
	details: Record<string, unknown>;
}

// Both tables are built from the same columns, so one of them stands for either in the query builder.
const asShared = (table: ReportWithSectionsTable) => table as typeof annualReports;

/**
 * Freezes a draft: stores the snapshot, marks it submitted by the actor and audits it. Refused when the
 * report is already submitted (also when another request submitted it a moment earlier).
 */
export async function freezeReport(
	tx: Database,
	options: {
		table: ReportWithSectionsTable;
		id: string;
		snapshot: object;
		now: Date;
		audit: ReportAudit;
	}
): Promise<void> {
	const table = asShared(options.table);
	const updated = await tx
		.update(table)
		.set({
			status: 'submitted',
			snapshot: options.snapshot as Record<string, unknown>,
			submittedAt: options.now,
			submittedBy: options.audit.actor.userId,
			updatedAt: options.now
		})
		.where(and(eq(table.id, options.id), eq(table.status, 'draft')))
		.returning({ id: table.id });
	if (updated.length === 0) throw new AppError('conflict', 'reports.annual.alreadySubmitted');
	await recordAudit(tx, { ...options.audit, entityId: options.id });
}

/**
 * Publishes a submitted report's frozen copy on the portal, or takes it down, and audits it. Refused for
 * a draft.
 */
export async function setReportPublished(
	tx: Database,
	options: {
		table: ReportWithSectionsTable;
		report: { id: string; status: string };
		published: boolean;
		now: Date;
		audit: ReportAudit;
	}
): Promise<void> {
	if (options.report.status !== 'submitted') throw new AppError('invalid', 'reports.annual.publishSubmittedOnly');
	const table = asShared(options.table);
	await tx
		.update(table)
		.set({ publishedAt: options.published ? options.now : null, updatedAt: options.now })
		.where(eq(table.id, options.report.id));
	await recordAudit(tx, { ...options.audit, entityId: options.report.id });
}
