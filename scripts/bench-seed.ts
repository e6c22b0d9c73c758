// Fills the default office with bulk public content for `npm run bench`: 5,000 news items, 500
// opportunities and 1,000 events (a quarter of them courses of eight sessions) by default
// (BENCH_NEWS, BENCH_OPPORTUNITIES, BENCH_EVENTS), and participation (bench-seed-participation.ts).
// Run by scripts/bench.js.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { offices } from '../src/lib/server/db/core-schema.ts';
import { newsArticles } from '../src/lib/modules/news/schema.ts';
import { opportunities, OPPORTUNITY_TYPES } from '../src/lib/modules/opportunities/schema.ts';
import { events, eventSessions, EVENT_TYPES } from '../src/lib/modules/events/schema.ts';
import { seedParticipationBench } from './bench-seed-participation.ts';

const NEWS = Number(process.env.BENCH_NEWS ?? 5000);
const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 500);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const WORDS = [
	'омладински',
	'клуб',
	'радионица',
	'конкурс',
	'волонтери',
	'Ивањица',
	'млади',
	'пројекат',
	'стипендија',
	'размена',
	'обука',
	'каријера',
	'култура',
	'спорт',
	'савет',
	'парламент',
	'акција',
	'школа',
	'знање',
	'будућност'
];

function sentence(seed: number, length: number): string {
	const words = Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]);
	const text = words.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const opened = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
const [office] = await opened.db
	.select({ id: offices.id })
	.from(offices)
	.where(sql`${offices.isDefault}`);
if (!office) throw new Error('No default office: start the server once so the demo office is loaded.');
const now = Date.now();
for (let start = 0; start < NEWS; start += 500) {
	const batch = Array.from({ length: Math.min(500, NEWS - start) }, (_, offset) => {
		const index = start + offset;
		const body = Array.from({ length: 6 }, (_, paragraph) => `<p>${sentence(index + paragraph, 40)}</p>`).join('');
		return {
			officeId: office.id,
			slug: `bench-vest-${index}`,
			title: sentence(index, 6),
			summary: sentence(index + 1, 20),
			body,
			searchText: body.replace(/<[^>]+>/g, ' '),
			status: 'published' as const,
			publishAt: new Date(now - index * 3_600_000),
			tags: ['bench']
		};
	});
	await opened.db.insert(newsArticles).values(batch).onConflictDoNothing();
}
for (let start = 0; start < OPPORTUNITIES; start += 500) {
	const batch = Array.from({ length: Math.min(500, OPPORTUNITIES - start) }, (_, offset) => {
		const index = start + offset;
		const body = `<p>${sentence(index, 60)}</p>`;
		return {
			officeId: office.id,
			slug: `bench-prilika-${index}`,
			type: OPPORTUNITY_TYPES[index % OPPORTUNITY_TYPES.length],
			title: sentence(index + 3, 5),
			organiser: 'Организатор',
			summary: sentence(index + 4, 18),
			body,
			searchText: body.replace(/<[^>]+>/g, ' '),
			deadline: new Date(now + (index - OPPORTUNITIES / 4) * 86_400_000),
			status: 'published' as const,
			publishAt: new Date(now - index * 86_400_000)
		};
	});
	await opened.db.insert(opportunities).values(batch).onConflictDoNothing();
}
// Events from a year back to a year ahead; every fourth is a weekly course of eight sessions.
const HOUR = 3_600_000;
for (let start = 0; start < EVENTS; start += 250) {
	const batch = Array.from({ length: Math.min(250, EVENTS - start) }, (_, offset) => {
		const index = start + offset;
		const first = now + Math.round(((index - EVENTS / 2) / EVENTS) * 730) * 86_400_000 + 17 * HOUR;
		const sessions = index % 4 === 0 ? 8 : 1;
		const body = `<p>${sentence(index + 5, 50)}</p>`;
		return {
			row: {
				officeId: office.id,
				slug: `bench-dogadjaj-${index}`,
				type: EVENT_TYPES[index % EVENT_TYPES.length],
				title: sentence(index + 6, 4),
				summary: sentence(index + 7, 16),
				body,
				searchText: body.replace(/<[^>]+>/g, ' '),
				placeName: 'Канцеларија за младе',
				address: 'Ивањица',
				startsAt: new Date(first),
				endsAt: new Date(first + (sessions - 1) * 7 * 86_400_000 + 2 * HOUR),
				capacity: index % 3 === 0 ? null : 20,
				status: 'published' as const
			},
			sessions: Array.from({ length: sessions }, (_, week) => ({
				startsAt: new Date(first + week * 7 * 86_400_000),
				endsAt: new Date(first + week * 7 * 86_400_000 + 2 * HOUR)
			}))
		};
	});
	const inserted = await opened.db
		.insert(events)
		.values(batch.map((item) => item.row))
		.onConflictDoNothing()
		.returning({ id: events.id, slug: events.slug });
	const bySlug = new Map(inserted.map((row) => [row.slug, row.id]));
	const sessionRows = batch.flatMap((item) => {
		const eventId = bySlug.get(item.row.slug);
		return eventId ? item.sessions.map((session) => ({ officeId: office.id, eventId, ...session })) : [];
	});
	if (sessionRows.length > 0) await opened.db.insert(eventSessions).values(sessionRows);
}
await seedParticipationBench(opened.db, office.id, now, sentence);
await opened.db.execute(sql`ANALYZE`);
console.log(
	JSON.stringify({
		newsSlug: 'bench-vest-42',
		opportunitySlug: 'bench-prilika-42',
		eventSlug: `bench-dogadjaj-${Math.round(EVENTS / 2) + 4 - ((Math.round(EVENTS / 2) + 4) % 4)}`
	})
);
await opened.close();
