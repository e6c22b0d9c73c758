import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { deleteFiles, storeFile } from '../../server/files.ts';
import { documents, type DocumentType } from './schema.ts';
import { DOCUMENT_FORMATS } from '../../server/file-type.ts';
import { demoDocx, demoPdf } from './demo-files.server.ts';

const AUTHOR = 'Канцеларија за младе општине Ивањица';

interface DemoDocument {
	key: string;
	title: string;
	titleEn: string;
	type: DocumentType;
	year: number;
	description: string;
	descriptionEn: string;
	fileName: string;
	format: 'pdf' | 'docx';
	/** What the generated file says below its title. */
	body: string[];
	isPublished?: boolean;
}

// Written for this platform; the facts (two action plans, the youth council, local calls) follow domain.md.
const DEMO_DOCUMENTS: DemoDocument[] = [
	{
		key: 'action-plan-2025',
		title: 'Локални акциони план за младе општине Ивањица 2025–2029',
		titleEn: 'Local Youth Action Plan of Ivanjica Municipality 2025–2029',
		type: 'action_plan',
		year: 2025,
		description:
			'Други акциони план за младе: циљеви, мере и активности за образовање, запошљавање, здравље, културу и учешће младих, са роковима, носиоцима, буџетом и показатељима.',
		descriptionEn:
			'The second youth action plan: goals, measures and activities for education, employment, health, culture and youth participation, with deadlines, partners, budget and indicators.',
		fileName: 'LAP-2025-2029-konacna-verzija.pdf',
		format: 'pdf',
		body: [
			'План је настао на основу анкете у којој је учествовало више од 600 младих и девет фокус група са ученицима, студентима, младима са села и удружењима.',
			'Пет приоритетних области: образовање и каријерно вођење, запошљавање и предузетништво, здравље и безбедност, култура и слободно време, активизам и учешће у одлучивању.',
			'Спровођење прати радна група у којој су и представници Локалног омладинског парламента; план се ревидира сваке године.'
		]
	},
	{
		key: 'action-plan-2019',
		title: 'Локални акциони план за младе 2019–2023',
		titleEn: 'Local Youth Action Plan 2019–2023',
		type: 'action_plan',
		year: 2019,
		description: 'Први акциони план општине за младе, спроведен у целини до краја 2023. године.',
		descriptionEn: 'The municipality’s first youth action plan, fully carried out by the end of 2023.',
		fileName: 'lap_2019_2023.pdf',
		format: 'pdf',
		body: [
			'План је утврдио четири циља: боље информисање младих, више прилика за неформално образовање, подршку запошљавању и веће учешће младих у животу заједнице.',
			'Извештај о спровођењу показује да је остварено 27 од 31 планиране активности.'
		]
	},
	{
		key: 'council-decision-2026',
		title: 'Одлука о образовању Савета за младе',
		titleEn: 'Decision establishing the Youth Council',
		type: 'council_decision',
		year: 2026,
		description:
			'Скупштина општине образује Савет за младе од девет чланова, од којих најмање пет има између 15 и 30 година, и уређује његов рад.',
		descriptionEn:
			'The municipal assembly establishes a nine-member Youth Council, at least five of whom are aged 15 to 30, and sets out how it works.',
		fileName: 'Odluka o Savetu za mlade.pdf',
		format: 'pdf',
		body: [
			'Савет за младе даје мишљење о свим одлукама општине које се тичу младих и прати спровођење Локалног акционог плана.',
			'Чланове бира Скупштина на четири године, на предлог школа, удружења младих, Локалног омладинског парламента и Канцеларије за младе.'
		]
	},
	{
		key: 'council-conclusion-2026',
		title: 'Закључак Савета за младе о приоритетима за 2027. годину',
		titleEn: 'Youth Council conclusion on priorities for 2027',
		type: 'council_decision',
		year: 2026,
		description:
			'Савет предлаже да се у буџету за 2027. предност да волонтерском сервису, омладинском клубу и стипендијама за студенте са села.',
		descriptionEn:
			'The council proposes that the 2027 budget give priority to the volunteer service, the youth club and grants for students from villages.',
		fileName: 'zakljucak-saveta-prioriteti-2027.pdf',
		format: 'pdf',
		body: [
			'Закључак је усвојен једногласно на седници одржаној у октобру.',
			'Савет тражи да се средства за конкурс за неформалне групе младих задрже на нивоу из претходне године.'
		]
	},
	{
		key: 'report-2025',
		title: 'Годишњи извештај о раду Канцеларије за младе за 2025. годину',
		titleEn: 'Annual report of the youth office for 2025',
		type: 'report',
		year: 2025,
		description:
			'Шта смо урадили током 2025: радионице, саветовања о каријери, волонтерске акције, подржане иницијативе младих и утрошак средстава.',
		descriptionEn:
			'What we did in 2025: workshops, career counselling, volunteer actions, supported youth initiatives and how the funds were spent.',
		fileName: 'Godisnji izvestaj 2025.pdf',
		format: 'pdf',
		body: [
			'Током године одржано је 46 радионица и 120 индивидуалних саветовања о избору школе и занимања.',
			'Волонтерске картице добило је 85 младих, а кроз локални конкурс подржано је седам неформалних група.'
		]
	},
	{
		key: 'report-2024',
		title: 'Годишњи извештај о раду Канцеларије за младе за 2024. годину',
		titleEn: 'Annual report of the youth office for 2024',
		type: 'report',
		year: 2024,
		description: 'Преглед програма, учесника и финансија канцеларије у 2024. години.',
		descriptionEn: 'An overview of the office’s programmes, participants and finances in 2024.',
		fileName: 'izvestaj_2024.pdf',
		format: 'pdf',
		body: [
			'У 2024. години канцеларију је посетило око 2.300 младих.',
			'Завршено је истраживање потреба младих које је послужило као основа за нови акциони план.'
		]
	},
	{
		key: 'call-2026',
		title: 'Јавни конкурс за пројекте неформалних група младих у 2026. години',
		titleEn: 'Public call for projects of informal youth groups in 2026',
		type: 'call',
		year: 2026,
		description:
			'Општина подржава пројекте група од најмање пет младих између 15 и 30 година, са до 200.000 динара по пројекту. Пријаве се подносе само преко онлајн обрасца.',
		descriptionEn:
			'The municipality supports projects of groups of at least five young people aged 15 to 30, with up to 200,000 dinars per project. Applications are made through the online form only.',
		fileName: 'Konkurs neformalne grupe 2026.pdf',
		format: 'pdf',
		body: [
			'Група мора имати најмање пет чланова од 15 до 30 година, од којих је бар један пунолетан и одговоран за средства.',
			'Пројекат траје највише шест месеци и спроводи се на територији општине.'
		]
	},
	{
		key: 'call-2026-form',
		title: 'Образац предлога пројекта за неформалне групе младих',
		titleEn: 'Project proposal form for informal youth groups',
		type: 'call',
		year: 2026,
		description:
			'Образац у који група уписује идеју, план активности и буџет пре него што га пренесе у онлајн пријаву.',
		descriptionEn:
			'The form in which a group writes its idea, activity plan and budget before copying it into the online application.',
		fileName: 'Obrazac predloga projekta.docx',
		format: 'docx',
		body: [
			'1. Назив групе и контакт особе.',
			'2. Који проблем младих у заједници решавате и како?',
			'3. План активности по месецима.',
			'4. Буџет: шта вам треба и колико кошта.'
		]
	},
	{
		key: 'regulation-club',
		title: 'Правилник о коришћењу просторија омладинског клуба',
		titleEn: 'Rules for using the youth club premises',
		type: 'regulation',
		year: 2023,
		description: 'Ко и како може да користи клуб, радно време, резервације за удружења и кућни ред.',
		descriptionEn: 'Who may use the club and how: opening hours, bookings for associations and house rules.',
		fileName: 'pravilnik-klub.pdf',
		format: 'pdf',
		body: [
			'Клуб је отворен за све младе радним данима до 20 часова.',
			'Удружења и неформалне групе могу бесплатно да резервишу салу најкасније три дана унапред.'
		]
	},
	{
		key: 'report-2026-draft',
		title: 'Нацрт полугодишњег извештаја за 2026. годину',
		titleEn: 'Draft half-year report for 2026',
		type: 'report',
		year: 2026,
		description: 'Радна верзија, још се допуњује.',
		descriptionEn: 'Work in progress.',
		fileName: 'nacrt-izvestaja-2026.pdf',
		format: 'pdf',
		body: ['Радна верзија, није за објављивање.'],
		isPublished: false
	}
];

/** Demo document keys → ids, so other demo content (opportunities) can attach them. */
export type DemoDocumentIds = Record<string, string>;

/**
 * Loads the demo library once: returns the demo documents already there, or creates them. Other
 * modules' demo seeds call this too, whichever runs first.
 */
export async function ensureDemoDocuments(db: Database, officeId: string): Promise<DemoDocumentIds> {
	const existing = await db
		.select({ id: documents.id, title: documents.title })
		.from(documents)
		.where(and(eq(documents.officeId, officeId), eq(documents.isDemo, true)));
	const ids: DemoDocumentIds = {};
	if (existing.length > 0) {
		for (const demo of DEMO_DOCUMENTS) {
			const found = existing.find((row) => row.title === demo.title);
			if (found) ids[demo.key] = found.id;
		}
		return ids;
	}
	for (const demo of DEMO_DOCUMENTS) {
		const bytes =
			demo.format === 'pdf' ? await demoPdf(demo.title, demo.body, AUTHOR) : demoDocx(demo.title, demo.body);
		const stored = await storeFile(db, {
			officeId,
			name: demo.fileName,
			mime: DOCUMENT_FORMATS[demo.format].mime,
			bytes
		});
		const [row] = await db
			.insert(documents)
			.values({
				officeId,
				title: demo.title,
				titleEn: demo.titleEn,
				type: demo.type,
				year: demo.year,
				description: demo.description,
				descriptionEn: demo.descriptionEn,
				fileId: stored.id,
				isPublished: demo.isPublished ?? true,
				isDemo: true
			})
			.returning({ id: documents.id });
		ids[demo.key] = row.id;
	}
	return ids;
}

/** The demo office's document library. */
export async function seedDemoDocuments(db: Database, officeId: string): Promise<void> {
	await ensureDemoDocuments(db, officeId);
}

/** Deletes the demo documents of an office and their files. */
export async function removeDemoDocuments(db: Database, officeId: string): Promise<void> {
	const removed = await db
		.delete(documents)
		.where(and(eq(documents.officeId, officeId), eq(documents.isDemo, true)))
		.returning({ fileId: documents.fileId });
	await deleteFiles(
		db,
		officeId,
		removed.map((row) => row.fileId)
	);
}

/** How many demo documents the seed creates (for tests). */
export const DEMO_DOCUMENT_COUNT = DEMO_DOCUMENTS.length;
export const DEMO_PUBLISHED_DOCUMENT_COUNT = DEMO_DOCUMENTS.filter((demo) => demo.isPublished !== false).length;
