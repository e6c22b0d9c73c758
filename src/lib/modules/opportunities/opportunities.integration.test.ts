import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { searchKey } from '../../i18n/script.ts';
import { uploadDocument } from '../documents/commands/upload-document.server.ts';
import { samplePdf } from '../documents/test-fixtures.ts';
import { opportunities } from './schema.ts';
import { opportunityInput, type OpportunityInput } from './inputs.ts';
import { createOpportunity } from './commands/create-opportunity.server.ts';
import { updateOpportunity } from './commands/update-opportunity.server.ts';
import { deleteOpportunity } from './commands/delete-opportunity.server.ts';
import {
	getOpportunityForAdmin,
	getPublicOpportunity,
	listClosingSoonOpportunities,
	listOpportunitiesForAdmin,
	listOpportunitiesForFeed,
	listOpportunitySitemap,
	listPublicOpportunities,
	searchOpportunities
} from './queries.server.ts';
import { buildOpportunityFeed } from './feed.server.ts';
import { opportunityStructuredData } from './structured-data.ts';
import {
	DEMO_OPPORTUNITY_COUNT,
	DEMO_PUBLIC_OPPORTUNITY_COUNT,
	removeDemoOpportunities,
	seedDemoOpportunities
} from './seed.server.ts';
import { opportunitiesManifest } from './manifest.ts';
import { CLOSING_SOON_MS } from './time.ts';
import { searchEverything } from '../search/queries.server.ts';
import { OPPORTUNITY_TYPES } from './schema.ts';

const NOW = new Date('2026-05-20T10:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let coordinator: Actor;
let staff: Actor;
let youngPerson: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
});
afterAll(() => test.close());

function input(overrides: Partial<OpportunityInput> = {}): OpportunityInput {
	return {
		type: 'training',
		title: 'Обука за писање пројеката',
		titleEn: '',
		organiser: 'Канцеларија за младе',
		summary: 'Три суботе о пројектима.',
		summaryEn: '',
		body: '',
		bodyEn: '',
		minAge: 15,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: '',
		link: '',
		attachments: [],
		status: 'published',
		deadline: at(30 * DAY),
		publishAt: null,
		...overrides
	};
}

async function rejection(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return caught.code;
		throw caught;
	}
	throw new Error('expected the command to be refused');
}

/** A fresh office with opportunities made by its staff, for tests that look at whole lists. */
async function freshOffice() {
	const office = (await createOffice(test.db, { isDefault: false })).id;
	const actor = await createPerson(test.db, { officeId: office, roles: ['staff'] });
	const ctx = contextOf(test.db, office, actor);
	const create = (overrides: Partial<OpportunityInput>) =>
		createOpportunity(ctx, { ...input(overrides), now: at(-DAY) });
	return { office, ctx, create };
}

describe('the form input', () => {
	const form = (values: Record<string, string | string[]>) =>
		v.safeParse(opportunityInput, {
			type: 'job',
			title: 'Посао',
			status: 'draft',
			attachments: [],
			...values
		});

	it('reads the deadline as Belgrade time, ending at 23:59 when no time is given', () => {
		const parsed = form({ deadlineDate: '2026-01-15', publishAtDate: '2026-07-01', publishAtTime: '08:30' });
		expect(parsed.success && parsed.output.deadline?.toISOString()).toBe('2026-01-15T22:59:00.000Z');
		expect(parsed.success && parsed.output.publishAt?.toISOString()).toBe('2026-07-01T06:30:00.000Z');
		const none = form({});
		expect(none.success && none.output.deadline).toBeNull();
	});

	it('refuses javascript: links, impossible dates, a time without a date and inverted ages', () => {
		const issues = (values: Record<string, string>) => {
			const parsed = form(values);
			return parsed.success ? [] : parsed.issues.map((issue) => [issue.path?.[0].key, issue.message]);
		};
		expect(issues({ link: 'javascript:alert(1)' })).toEqual([['link', 'validation.url']]);
		expect(issues({ deadlineDate: '2026-02-30' })).toEqual([['deadlineDate', 'opportunities.date.invalid']]);
		expect(issues({ deadlineTime: '14:00' })).toEqual([['deadlineDate', 'opportunities.time.needsDate']]);
		expect(issues({ minAge: '30', maxAge: '15' })).toEqual([['maxAge', 'validation.ageRange']]);
		expect(issues({ type: 'party' })).toEqual([['type', 'opportunities.type.invalid']]);
	});
});

describe('writing opportunities', () => {
	it('lets staff create one under a Latin address, numbering a title already used, and records it', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const first = await createOpportunity(ctx, input({ title: 'Стипендије за студенте 2026/27' }));
		const second = await createOpportunity(ctx, input({ title: 'Stipendije za studente 2026/27' }));
		expect(first.slug).toBe('stipendije-za-studente-2026-27');
		expect(second.slug).toBe('stipendije-za-studente-2026-27-2');
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, first.id), eq(auditLog.action, 'opportunities.created')));
		expect(audit).toMatchObject({ actorUserId: staff.userId, officeId });
	});

	it('cleans the body: no script or event handlers survive, and plain text becomes paragraphs for search', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const rich = await createOpportunity(
			ctx,
			input({
				title: 'Опасан опис',
				body: '<p onclick="steal()">Пријаве <a href="javascript:alert(1)">овде</a></p><script>alert(1)</script>'
			})
		);
		const plain = await createOpportunity(ctx, input({ title: 'Обичан текст', body: 'Први пасус.\n\nДруги <пасус>.' }));
		const stored = await getOpportunityForAdmin(ctx, rich.id);
		expect(stored.body).toBe('<p>Пријаве <a>овде</a></p>');
		const [plainStored] = await test.db.select().from(opportunities).where(eq(opportunities.id, plain.id));
		expect(plainStored.body).toBe('<p>Први пасус.</p><p>Други &lt;пасус&gt;.</p>');
		expect(plainStored.searchText).toContain('Други <пасус>.');
	});

	it('keeps only attachments from this office’s library', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const own = await uploadDocument(ctx, {
			title: 'Правила конкурса',
			titleEn: '',
			type: 'call',
			year: 2026,
			description: '',
			descriptionEn: '',
			isPublished: true,
			file: { name: 'pravila.pdf', bytes: samplePdf() }
		});
		const otherStaff = await createPerson(test.db, { officeId: otherOfficeId, roles: ['staff'] });
		const foreign = await uploadDocument(contextOf(test.db, otherOfficeId, otherStaff), {
			title: 'Туђи документ',
			titleEn: '',
			type: 'call',
			year: 2026,
			description: '',
			descriptionEn: '',
			isPublished: true,
			file: { name: 'tudji.pdf', bytes: samplePdf() }
		});
		const { id } = await createOpportunity(ctx, input({ title: 'Са прилозима', attachments: [foreign.id, own.id] }));
		expect((await getOpportunityForAdmin(ctx, id)).attachmentDocumentIds).toEqual([own.id]);
	});

	it('refuses a young person and someone signed out', async () => {
		expect(await rejection(createOpportunity(contextOf(test.db, officeId, youngPerson), input()))).toBe('forbidden');
		expect(await rejection(createOpportunity(contextOf(test.db, officeId, null), input()))).toBe('unauthenticated');
	});

	it('updates an opportunity keeping its address; a young person and another office are refused', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { id, slug } = await createOpportunity(ctx, input({ title: 'Волонтерски камп' }));
		await updateOpportunity(ctx, {
			...input({ title: 'Волонтерски камп на Голији', type: 'volunteering_abroad' }),
			id
		});
		expect(await getOpportunityForAdmin(ctx, id)).toMatchObject({
			slug,
			title: 'Волонтерски камп на Голији',
			type: 'volunteering_abroad'
		});
		expect(await rejection(updateOpportunity(contextOf(test.db, officeId, youngPerson), { ...input(), id }))).toBe(
			'forbidden'
		);
		const otherCoordinator = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
		expect(
			await rejection(updateOpportunity(contextOf(test.db, otherOfficeId, otherCoordinator), { ...input(), id }))
		).toBe('not_found');
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'opportunities.updated')));
		expect(audit.details).toMatchObject({ changed: expect.arrayContaining(['title', 'type']) });
	});

	it('deletes an opportunity for staff only', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const { id } = await createOpportunity(ctx, input({ title: 'За брисање' }));
		expect(await rejection(deleteOpportunity(contextOf(test.db, officeId, youngPerson), { id }))).toBe('forbidden');
		await deleteOpportunity(ctx, { id });
		expect(await rejection(getOpportunityForAdmin(ctx, id))).toBe('not_found');
		expect(await rejection(deleteOpportunity(ctx, { id }))).toBe('not_found');
	});

	it('lists the office’s opportunities for staff with their publication state, and refuses a young person', async () => {
		const { ctx, create } = await freshOffice();
		await create({ title: 'Нацрт', status: 'draft' });
		await create({ title: 'Заказано', publishAt: at(DAY) });
		await create({ title: 'Објављено' });
		const listed = await listOpportunitiesForAdmin(ctx, { now: NOW });
		expect(Object.fromEntries(listed.rows.map((row) => [row.title, row.publication]))).toEqual({
			Нацрт: 'draft',
			Заказано: 'scheduled',
			Објављено: 'published'
		});
		expect(await rejection(listOpportunitiesForAdmin(contextOf(test.db, officeId, youngPerson)))).toBe('forbidden');
	});
});

describe('deadline states at the moment of reading', () => {
	it('computes open, closing soon and closed right at the boundaries, and filters the same way', async () => {
		const { office, create } = await freshOffice();
		await create({ title: 'Дуго отворено', deadline: at(CLOSING_SOON_MS + 1) });
		await create({ title: 'Тачно седам дана', deadline: at(CLOSING_SOON_MS) });
		await create({ title: 'Истиче сада', deadline: NOW });
		await create({ title: 'Истекло малопре', deadline: at(-1) });
		await create({ title: 'Без рока', deadline: null });

		const { rows } = await listPublicOpportunities(test.db, office, { now: NOW });
		expect(rows.map((row) => [row.title, row.state])).toEqual([
			['Истиче сада', 'closingSoon'],
			['Тачно седам дана', 'closingSoon'],
			['Дуго отворено', 'open'],
			['Без рока', 'open'],
			['Истекло малопре', 'closed']
		]);
		const titles = async (deadline: 'open' | 'closing-soon' | 'closed') =>
			(await listPublicOpportunities(test.db, office, { deadline, now: NOW })).rows.map((row) => row.title).sort();
		expect(await titles('closing-soon')).toEqual(['Истиче сада', 'Тачно седам дана']);
		expect(await titles('open')).toEqual(['Без рока', 'Дуго отворено', 'Истиче сада', 'Тачно седам дана']);
		expect(await titles('closed')).toEqual(['Истекло малопре']);

		// A minute later the one that closed "now" is in the archive, without anything being saved.
		const later = await listPublicOpportunities(test.db, office, { now: at(60_000) });
		expect(later.rows.find((row) => row.title === 'Истиче сада')?.state).toBe('closed');
		expect(later.rows.slice(-2).map((row) => row.title)).toEqual(['Истиче сада', 'Истекло малопре']);
	});

	it('puts the closed ones after the open ones, the most recently closed first', async () => {
		const { office, create } = await freshOffice();
		await create({ title: 'Затворено давно', deadline: at(-30 * DAY) });
		await create({ title: 'Отворено касније', deadline: at(40 * DAY) });
		await create({ title: 'Затворено јуче', deadline: at(-DAY) });
		await create({ title: 'Отворено ускоро', deadline: at(3 * DAY) });
		const { rows } = await listPublicOpportunities(test.db, office, { now: NOW });
		expect(rows.map((row) => row.title)).toEqual([
			'Отворено ускоро',
			'Отворено касније',
			'Затворено јуче',
			'Затворено давно'
		]);
	});

	it('gives the home page the nearest open deadlines only', async () => {
		const { office, create } = await freshOffice();
		await create({ title: 'Затворено', deadline: at(-DAY) });
		await create({ title: 'За месец', deadline: at(30 * DAY) });
		await create({ title: 'Сутра', deadline: at(DAY) });
		await create({ title: 'Без рока', deadline: null });
		await create({ title: 'Нацрт сутра', deadline: at(DAY), status: 'draft' });
		const soon = await listClosingSoonOpportunities(test.db, office, 2, NOW);
		expect(soon.map((row) => [row.title, row.state])).toEqual([
			['Сутра', 'closingSoon'],
			['За месец', 'open']
		]);
	});

	it('filters by type and pages through the list', async () => {
		const { office, create } = await freshOffice();
		for (let index = 0; index < 5; index++)
			await create({ title: `Посао ${index}`, type: 'job', deadline: at((index + 1) * DAY) });
		await create({ title: 'Размена', type: 'exchange' });
		const jobs = await listPublicOpportunities(test.db, office, { type: 'job', pageSize: 2, page: 3, now: NOW });
		expect(jobs).toMatchObject({ total: 5, page: 3, pages: 3 });
		expect(jobs.rows.map((row) => row.title)).toEqual(['Посао 4']);
		expect((await listPublicOpportunities(test.db, office, { type: 'exchange', now: NOW })).rows).toHaveLength(1);
		expect((await listPublicOpportunities(test.db, office, { page: 99, pageSize: 2, now: NOW })).page).toBe(3);
	});
});

describe('drafts and scheduled opportunities never reach the public', () => {
	let office: string;
	let scheduledSlug: string;
	let draftSlug: string;
	beforeAll(async () => {
		const fresh = await freshOffice();
		office = fresh.office;
		await fresh.create({ title: 'Јавна обука о волонтирању', summary: 'Волонтирање за почетнике.' });
		draftSlug = (await fresh.create({ title: 'Тајни нацрт о волонтирању', status: 'draft' })).slug;
		scheduledSlug = (await fresh.create({ title: 'Заказана обука о волонтирању', publishAt: at(DAY) })).slug;
	});

	it('not in the list, the page, search, the sitemap, the feed or the home page', async () => {
		const listed = (await listPublicOpportunities(test.db, office, { now: NOW })).rows.map((row) => row.title);
		expect(listed).toEqual(['Јавна обука о волонтирању']);
		expect(await getPublicOpportunity(test.db, office, draftSlug, NOW)).toBeNull();
		expect(await getPublicOpportunity(test.db, office, scheduledSlug, NOW)).toBeNull();
		const hits = await searchOpportunities(test.db, office, searchKey('volontiranju'), 10, NOW);
		expect(hits.map((hit) => hit.title)).toEqual(['Јавна обука о волонтирању']);
		const sitemap = (await listOpportunitySitemap(test.db, office, NOW)).map((entry) => entry.path);
		expect(sitemap).toEqual(['/opportunities', '/opportunities/javna-obuka-o-volontiranju']);
		expect((await listOpportunitiesForFeed(test.db, office, 50, NOW)).map((item) => item.title)).toEqual([
			'Јавна обука о волонтирању'
		]);
		expect((await listClosingSoonOpportunities(test.db, office, 10, NOW)).map((item) => item.title)).toEqual([
			'Јавна обука о волонтирању'
		]);
		expect(
			await searchEverything(test.db, office, 'tajni', [opportunitiesManifest], { databaseKind: test.kind })
		).toMatchObject({ hits: [] });
	});

	it('a scheduled one appears by itself once its time has come', async () => {
		const later = at(DAY + 1);
		expect(await getPublicOpportunity(test.db, office, scheduledSlug, later)).toMatchObject({
			title: 'Заказана обука о волонтирању'
		});
		expect((await listPublicOpportunities(test.db, office, { now: later })).total).toBe(2);
		expect(await getPublicOpportunity(test.db, office, draftSlug, later)).toBeNull();
	});

	it('another office never sees them', async () => {
		expect((await listPublicOpportunities(test.db, otherOfficeId, { now: at(2 * DAY) })).rows).toEqual([]);
		expect(await getPublicOpportunity(test.db, otherOfficeId, 'javna-obuka-o-volontiranju', NOW)).toBeNull();
	});
});

describe('the opportunity page', () => {
	it('shows only published attachments, in the order chosen', async () => {
		const { office, ctx, create } = await freshOffice();
		const document = (title: string, isPublished: boolean) =>
			uploadDocument(ctx, {
				title,
				titleEn: '',
				type: 'call',
				year: 2026,
				description: '',
				descriptionEn: '',
				isPublished,
				file: { name: 'f.pdf', bytes: samplePdf() }
			});
		const rules = await document('Правилник конкурса', true);
		const hidden = await document('Интерна белешка', false);
		const form = await document('Образац пријаве', true);
		const { slug } = await create({ title: 'Конкурс', type: 'call', attachments: [form.id, hidden.id, rules.id] });
		const page = await getPublicOpportunity(test.db, office, slug, NOW);
		expect(page?.attachments.map((attachment) => attachment.title)).toEqual(['Образац пријаве', 'Правилник конкурса']);
		expect(page?.attachments[0].downloadPath).toBe(`/documents/${form.id}/obrazac-prijave.pdf`);
	});

	it('describes a job as a JobPosting and anything else as a CreativeWork, with the deadline', () => {
		const base = {
			title: 'Омладински радник',
			description: 'Пола радног времена.',
			url: 'https://mladi.example.rs/opportunities/omladinski-radnik',
			locale: 'sr-Cyrl',
			publishedAt: NOW,
			deadline: at(10 * DAY),
			organiser: '',
			officeName: 'Канцеларија за младе',
			place: '',
			municipality: 'Ивањица',
			minAge: 18,
			maxAge: 30
		};
		expect(opportunityStructuredData({ ...base, type: 'job' })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'JobPosting',
			title: 'Омладински радник',
			description: 'Пола радног времена.',
			datePosted: NOW.toISOString(),
			validThrough: at(10 * DAY).toISOString(),
			hiringOrganization: { '@type': 'GovernmentOrganization', name: 'Канцеларија за младе' },
			jobLocation: {
				'@type': 'Place',
				address: { '@type': 'PostalAddress', addressLocality: 'Ивањица', addressCountry: 'RS' }
			},
			url: base.url,
			inLanguage: 'sr-Cyrl'
		});
		expect(opportunityStructuredData({ ...base, type: 'internship' })).toMatchObject({ employmentType: 'INTERN' });
		expect(opportunityStructuredData({ ...base, type: 'exchange', deadline: null })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'CreativeWork',
			name: 'Омладински радник',
			description: 'Пола радног времена.',
			datePublished: NOW.toISOString(),
			provider: { '@type': 'GovernmentOrganization', name: 'Канцеларија за младе' },
			publisher: { '@type': 'GovernmentOrganization', name: 'Канцеларија за младе' },
			audience: { '@type': 'PeopleAudience', suggestedMinAge: 18, suggestedMaxAge: 30 },
			url: base.url,
			inLanguage: 'sr-Cyrl'
		});
	});
});

describe('feeds', () => {
	let office: string;
	beforeAll(async () => {
		const fresh = await freshOffice();
		office = fresh.office;
		await fresh.create({
			title: 'Размена младих у Португалији',
			titleEn: 'Youth exchange in Portugal',
			type: 'exchange',
			summary: 'Десет дана & нове пријатеље.',
			body: '<p>Трошкове покрива програм Erasmus+.</p>',
			deadline: new Date('2026-06-01T21:59:00Z')
		});
		await fresh.create({ title: 'Нацрт који не сме у фид', status: 'draft' });
		await fresh.create({ title: 'Заказано које не сме у фид', publishAt: at(DAY) });
	});

	const feedFor = async (locale: 'sr-Cyrl' | 'sr-Latn' | 'en') =>
		buildOpportunityFeed({
			items: await listOpportunitiesForFeed(test.db, office, 50, NOW),
			locale,
			origin: 'https://mladi.example.rs',
			officeName: 'Канцеларија за младе',
			keepLatin: ['Erasmus+']
		});

	it('is valid RSS that a feed reader parses, with public items only, in the reader’s script', async () => {
		const xml = (await feedFor('sr-Latn')).rss2();
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = await new Parser().parseString(xml);
		expect(parsed.title).toBe('Kancelarija za mlade: prilike za mlade');
		expect(parsed.link).toBe('https://mladi.example.rs/lat/opportunities');
		expect(parsed.items.map((item) => item.title)).toEqual(['Razmena mladih u Portugaliji']);
		expect(parsed.items[0].link).toBe('https://mladi.example.rs/lat/opportunities/razmena-mladih-u-portugaliji');
		expect(parsed.items[0].contentSnippet).toContain('Deset dana & nove prijatelje. — Rok za prijavu: 1. jun 2026.');
		expect(parsed.items[0]['content:encoded']).toBe('<p>Troškove pokriva program Erasmus+.</p>');
		expect(parsed.items[0].categories).toEqual(['Razmena mladih']);
	});

	it('is valid Atom in English, falling back to Serbian Latin where there is no English text', async () => {
		const xml = (await feedFor('en')).atom1();
		expect(XMLValidator.validate(xml)).toBe(true);
		const atom = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
		expect(atom.id).toBe('https://mladi.example.rs/en/opportunities');
		const entries = [atom.entry].flat();
		expect(entries.map((entry: { title: { '#text': string } }) => entry.title['#text'])).toEqual([
			'Youth exchange in Portugal'
		]);
		const parsed = await new Parser().parseString(xml);
		expect(parsed.items[0].link).toBe('https://mladi.example.rs/en/opportunities/razmena-mladih-u-portugaliji');
		expect(parsed.items[0].summary).toContain('Deset dana & nove prijatelje. — Apply by: 1 June 2026');
	});

	it('keeps the Cyrillic text as typed for Cyrillic readers', async () => {
		const parsed = await new Parser().parseString((await feedFor('sr-Cyrl')).rss2());
		expect(parsed.items[0].title).toBe('Размена младих у Португалији');
		expect(parsed.items[0].link).toBe('https://mladi.example.rs/opportunities/razmena-mladih-u-portugaliji');
	});
});

describe('demo opportunities', () => {
	it('seeds every type with deadlines around today, a draft and a scheduled one, and removes them', async () => {
		const demoOffice = (await createOffice(test.db, { isDefault: false })).id;
		await seedDemoOpportunities(test.db, demoOffice, NOW);
		const all = await test.db.select().from(opportunities).where(eq(opportunities.officeId, demoOffice));
		expect(all).toHaveLength(DEMO_OPPORTUNITY_COUNT);
		expect(new Set(all.map((row) => row.type))).toEqual(new Set(OPPORTUNITY_TYPES));
		const { rows, total } = await listPublicOpportunities(test.db, demoOffice, { now: NOW, pageSize: 50 });
		expect(total).toBe(DEMO_PUBLIC_OPPORTUNITY_COUNT);
		const states = new Set(rows.map((row) => row.state));
		expect(states).toEqual(new Set(['open', 'closingSoon', 'closed']));
		// Attachments point at the demo library, which the opportunities' seed loads if it is not there yet.
		const call = rows.find((row) => row.type === 'call')!;
		expect((await getPublicOpportunity(test.db, demoOffice, call.slug, NOW))?.attachments).toHaveLength(2);

		await opportunitiesManifest.removeDemo!(test.db, demoOffice, null);
		expect((await listPublicOpportunities(test.db, demoOffice, { now: NOW })).total).toBe(0);
		await removeDemoOpportunities(test.db, demoOffice);
	});
});
