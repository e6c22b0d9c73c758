// Fills the default office with bulk public content for `npm run bench`: 5,000 news items and 500
// opportunities by default (BENCH_NEWS, BENCH_OPPORTUNITIES). Run by scripts/bench.js.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { offices } from '../src/lib/server/db/core-schema.ts';
import { newsArticles } from '../src/lib/modules/news/schema.ts';
import { opportunities, OPPORTUNITY_TYPES } from '../src/lib/modules/opportunities/schema.ts';

const NEWS = Number(process.env.BENCH_NEWS ?? 5000);
const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 500);
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

const opened = await openDatabase({ url: process.env.DATABASE_URL });
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
await opened.db.execute(sql`ANALYZE`);
console.log(JSON.stringify({ newsSlug: 'bench-vest-42', opportunitySlug: 'bench-prilika-42' }));
await opened.close();
