import { error } from '@sveltejs/kit';
import { getRuntime } from '../../server/runtime.ts';
import { publicBaseUrl } from '../../server/links.ts';
import { listOpportunitiesForFeed } from './queries.server.ts';
import { buildOpportunityFeed } from './feed.server.ts';
import type { FeedOpportunity } from '../../server/manifest.ts';
import type { Database } from '../../server/db/client.ts';

const FEED_SIZE = 50;

/** The RSS or Atom feed for a request, in its locale (the address's /lat or /en prefix decides). */
export async function feedResponse(locals: App.Locals, format: 'rss' | 'atom'): Promise<Response> {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const feed = buildOpportunityFeed({
		items: await listOpportunitiesForFeed(db, locals.office.id, FEED_SIZE),
		others: await listOtherFeedItems(db, locals.office.id),
		locale: locals.locale,
		origin: publicBaseUrl(locals.office),
		officeName: locals.office.name,
		keepLatin: locals.office.keepLatin
	});
	return new Response(format === 'rss' ? feed.rss2() : feed.atom1(), {
		headers: {
			'content-type': format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
			'cache-control': 'public, max-age=300'
		}
	});
}

/**
 * What other modules put in this feed through their `opportunityFeed` hook. The registry imports this
 * module's manifest, so it is imported lazily, on first use (as the action plan's indicator sources are).
 */
async function listOtherFeedItems(db: Database, officeId: string): Promise<FeedOpportunity[]> {
	const { manifests } = await import('../registry.server.ts');
	const now = new Date();
	const lists = await Promise.all(manifests.map((manifest) => manifest.opportunityFeed?.(db, officeId, now) ?? []));
	return lists.flat().slice(0, FEED_SIZE);
}
