// Approved minutes as PDF or DOCX, in the reader's language and script, through the action plan's
// document model and renderers (decision 0012), so the files look like the plan's.
import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { offices } from '../../server/db/core-schema.ts';
import { createI18n, type I18n } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { exportLogo, renderExport, type ExportedFile } from '../../export/render.server.ts';
import type { ExportDocument, ExportFormat, ExportLogo } from '../../export/model.ts';
import { richTextParagraphs, fileNameOf } from '../../export/render.server.ts';
import { getPublicMinutes } from './queries.server.ts';

/** The formats minutes are offered in. */
export const MINUTES_FORMATS = ['pdf', 'docx'] as const;

type Minutes = NonNullable<Awaited<ReturnType<typeof getPublicMinutes>>>;

/** The minutes as a document model: title, facts, agenda, the minutes' text and the decisions. */
export function buildMinutesDocument(
	i18n: I18n,
	minutes: Minutes,
	office: { name: string; logo: ExportLogo | null }
): ExportDocument {
	const english = i18n.locale === 'en';
	const bodyName = english && minutes.body.nameEn ? minutes.body.nameEn : i18n.text(minutes.body.name);
	const title = `${bodyName}: ${i18n.t('council.public.minutesTitle', {
		number: minutes.session.number,
		date: i18n.formatDate(minutes.session.startsAt, { dateStyle: 'long' })
	})}`;
	const decisionRows = minutes.decisions.map((decision) => [
		decision.number,
		english && decision.titleEn ? decision.titleEn : i18n.text(decision.title),
		i18n.text(decision.responsible),
		decision.deadline ? i18n.formatDate(`${decision.deadline}T12:00:00Z`) : null,
		i18n.t(`council.decisionStatus.${decision.status}`)
	]);
	const decisionsTable = {
		columns: [
			{ header: i18n.t('council.admin.number'), kind: 'text' as const, width: 10 },
			{ header: i18n.t('council.field.decisionTitle'), kind: 'text' as const, width: 40 },
			{ header: i18n.t('council.field.responsible'), kind: 'text' as const, width: 22 },
			{ header: i18n.t('council.field.deadline'), kind: 'text' as const, width: 14 },
			{ header: i18n.t('council.field.status'), kind: 'text' as const, width: 14 }
		],
		rows: decisionRows
	};
	return {
		locale: i18n.locale,
		title,
		office,
		blocks: [
			{ kind: 'heading', level: 1, text: title },
			{
				kind: 'facts',
				items: [
					{
						label: i18n.t('council.field.startsAt'),
						value: i18n.formatDate(minutes.session.startsAt, { dateStyle: 'full', timeStyle: 'short' })
					},
					{
						label: i18n.t('council.field.place'),
						value: i18n.text(minutes.session.place) || minutes.session.onlineUrl || '—'
					}
				]
			},
			{ kind: 'heading', level: 2, text: i18n.t('council.session.agenda') },
			{
				kind: 'list',
				items: minutes.agenda.map((item) => (english && item.titleEn ? item.titleEn : i18n.text(item.title)))
			},
			{ kind: 'heading', level: 2, text: i18n.t('council.session.minutes') },
			...richTextParagraphs(i18n, minutes.session.minutesHtml, '').map((text) => ({
				kind: 'paragraph' as const,
				text
			})),
			...(decisionRows.length > 0
				? [
						{ kind: 'heading' as const, level: 2 as const, text: i18n.t('council.public.decisions') },
						{ kind: 'table' as const, table: decisionsTable }
					]
				: [])
		],
		sheets: [{ name: i18n.t('council.public.decisions'), table: decisionsTable }],
		fileName: fileNameOf(title),
		pageLabel: i18n.t('plan.export.page', { page: '{page}', pages: '{pages}' })
	};
}

/** Approved minutes of a public body as a file, or null when there are none at that address. */
export async function exportPublicMinutes(
	db: Database,
	officeId: string,
	options: { sessionId: string; format: ExportFormat; locale: Locale }
): Promise<ExportedFile | null> {
	const minutes = await getPublicMinutes(db, officeId, options.sessionId);
	if (!minutes) return null;
	const [office] = await db
		.select({ name: offices.name, keepLatin: offices.keepLatin, logo: offices.logo, logoMime: offices.logoMime })
		.from(offices)
		.where(eq(offices.id, officeId));
	const i18n = createI18n(options.locale, office.keepLatin);
	const logo = await exportLogo(office.logo ? new Uint8Array(office.logo) : null, office.logoMime);
	return renderExport(buildMinutesDocument(i18n, minutes, { name: i18n.text(office.name), logo }), options.format);
}
