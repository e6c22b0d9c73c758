// The council's public feeds: sessions as iCalendar, decisions as RSS 2.0, in the reader's locale.
import { createI18n } from '../../i18n/index.ts';
import { localizePath, type Locale } from '../../i18n/locale.ts';
import type { Database } from '../../server/db/client.ts';
import type { Office } from '../../server/office.ts';
import { publicBaseUrl } from '../../server/links.ts';
import { buildCalendar } from '../../server/ical.ts';
import { listPublicDecisions, listPublicSessionsForCalendar } from './queries.server.ts';

function escapeXml(text: string): string {
	return (
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			// eslint-disable-next-line no-control-regex -- characters XML 1.0 forbids
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
	);
}

/** Public bodies' sessions as an iCalendar feed (cancelled ones marked so calendars drop them). */
export async function councilCalendar(
	db: Database,
	office: Pick<Office, 'id' | 'name' | 'keepLatin' | 'publicUrl'>,
	options: { locale: Locale; now?: Date }
): Promise<string> {
	const i18n = createI18n(options.locale, office.keepLatin);
	// Feeds are read by calendar and feed readers elsewhere: links come from the configured address only.
	const origin = publicBaseUrl(office);
	const rows = await listPublicSessionsForCalendar(db, office.id, options.now);
	return buildCalendar(
		rows.map(({ session, bodyName, bodySlug }) => ({
			uid: `council-${session.id}`,
			title: `${i18n.text(bodyName)}: ${i18n.t('council.admin.sessionNumber', { number: session.number })}`,
			description: '',
			location: [i18n.text(session.place), session.onlineUrl].filter(Boolean).join(' · '),
			url: `${origin}${localizePath(`/council/${bodySlug}`, options.locale)}`,
			startsAt: session.startsAt,
			endsAt: session.endsAt,
			cancelled: session.status === 'cancelled',
			updatedAt: session.updatedAt
		})),
		{ name: `${i18n.t('council.public.title')} · ${i18n.text(office.name)}`, host: new URL(origin).host }
	);
}

/** Public decisions as RSS 2.0, newest number first. */
export async function councilDecisionsRss(
	db: Database,
	office: Pick<Office, 'id' | 'name' | 'keepLatin' | 'publicUrl'>,
	options: { locale: Locale }
): Promise<string> {
	const i18n = createI18n(options.locale, office.keepLatin);
	const english = options.locale === 'en';
	const decisions = await listPublicDecisions(db, office.id, { limit: 50 });
	const link = (path: string) => `${publicBaseUrl(office)}${localizePath(path, options.locale)}`;
	const items = decisions.map((decision) => {
		const title = `${i18n.t('council.public.decision', { number: decision.number })}: ${english && decision.titleEn ? decision.titleEn : i18n.text(decision.title)}`;
		const description = [
			english && decision.bodyNameEn ? decision.bodyNameEn : i18n.text(decision.bodyName),
			i18n.t(`council.decisionStatus.${decision.status}`),
			i18n.text(decision.text)
		]
			.filter(Boolean)
			.join(' · ');
		return `<item><title>${escapeXml(title)}</title><link>${escapeXml(link(`/council/decisions/${decision.id}`))}</link><guid isPermaLink="false">council-decision-${decision.id}</guid><pubDate>${decision.updatedAt.toUTCString()}</pubDate><description>${escapeXml(description)}</description></item>`;
	});
	const officeName = i18n.text(office.name);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(`${i18n.t('council.public.decisions')} · ${officeName}`)}</title><link>${escapeXml(link('/council'))}</link><description>${escapeXml(i18n.t('council.public.feedDescription', { office: officeName }))}</description><language>${options.locale}</language>${items.join('')}</channel></rss>\n`;
}
