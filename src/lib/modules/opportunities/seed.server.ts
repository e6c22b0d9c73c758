import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { htmlToText, paragraphsToHtml } from '../../server/html.ts';
import { ensureDemoDocuments } from '../documents/seed.server.ts';
import { opportunities, type OpportunityType } from './schema.ts';
import { slugify } from '../../i18n/slug.ts';
import { belgradeToInstant, instantToBelgrade } from '../../i18n/office-time.ts';

const DAY = 24 * 60 * 60 * 1000;

interface DemoOpportunity {
	type: OpportunityType;
	title: string;
	titleEn: string;
	organiser: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	minAge?: number;
	maxAge?: number;
	place: string;
	eligibility: string;
	/** Days from seeding to the deadline (negative: already closed); null: no deadline. */
	deadlineInDays: number | null;
	link?: string;
	attachments?: string[];
	status?: 'draft' | 'published';
	/** Days from seeding to publication (positive: scheduled). */
	publishInDays?: number;
}

// Written for this platform in our own words; organisations other than the office are invented or
// generic, and the European programmes are named only for what they are.
const DEMO_OPPORTUNITIES: DemoOpportunity[] = [
	{
		type: 'call',
		title: 'Конкурс за пројекте неформалних група младих',
		titleEn: 'Call for projects of informal youth groups',
		organiser: 'Општина Ивањица',
		summary:
			'Имате идеју за своје насеље или школу? Група од најмање пет младих може добити до 200.000 динара за свој пројекат.',
		summaryEn:
			'Do you have an idea for your neighbourhood or school? A group of at least five young people can receive up to 200,000 dinars for its project.',
		body: 'Општина подржава мале пројекте које осмишљавају и воде сами млади: уређење простора, трибине, спортске и културне акције, вршњачку едукацију.\n\nПријава се подноси само преко онлајн обрасца. Пре тога препоручујемо да идеју, план и буџет упишете у образац предлога пројекта из прилога.\n\nКанцеларија за младе сваког уторка од 16 часова помаже групама да попуне пријаву.',
		bodyEn:
			'The municipality supports small projects designed and run by young people themselves: fixing up spaces, debates, sports and cultural actions, peer education.\n\nApplications are made through the online form only. Before that, we suggest writing your idea, plan and budget into the project proposal form attached below.\n\nEvery Tuesday from 4 pm the youth office helps groups fill in the application.',
		minAge: 15,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: 'Најмање пет чланова, од којих је бар један пунолетан и преузима одговорност за средства.',
		deadlineInDays: 5,
		attachments: ['call-2026', 'call-2026-form']
	},
	{
		type: 'scholarship',
		title: 'Општинске стипендије за студенте 2026/27',
		titleEn: 'Municipal grants for students 2026/27',
		organiser: 'Општина Ивањица',
		summary: 'Месечна стипендија за студенте са пребивалиштем у општини који редовно уписују годину.',
		summaryEn: 'A monthly grant for students living in the municipality who pass each year on time.',
		body: 'Стипендија се исплаћује десет месеци. Предност имају студенти са села, студенти из породица са више деце и студенти са инвалидитетом.\n\nУз пријаву се прилажу уверење о упису и препис оцена.',
		bodyEn:
			'The grant is paid for ten months. Priority goes to students from villages, from families with several children and students with disabilities.\n\nThe application needs a certificate of enrolment and a transcript of grades.',
		minAge: 18,
		maxAge: 26,
		place: 'Ивањица',
		eligibility: 'Студенти основних и мастер студија на државним факултетима.',
		deadlineInDays: -12
	},
	{
		type: 'scholarship',
		title: 'Стипендије за изузетне ученике средњих школа',
		titleEn: 'Grants for outstanding secondary school pupils',
		organiser: 'Фондација за образовање младих (демо)',
		summary: 'Годишња подршка ученицима који су освојили награде на републичким такмичењима.',
		summaryEn: 'Yearly support for pupils who won prizes at national competitions.',
		body: 'Фондација додељује двадесет стипендија ученицима другог, трећег и четвртог разреда. Осим новца, стипендисти добијају ментора из струке.\n\nКанцеларија за младе помаже око прикупљања документације.',
		bodyEn:
			'The foundation awards twenty grants to pupils in their second, third and fourth year. Besides money, grant holders get a mentor from their field.\n\nThe youth office helps with collecting the documents.',
		minAge: 15,
		maxAge: 19,
		place: 'Србија',
		eligibility: 'Ученици са најмање једном наградом на републичком такмичењу у последње две године.',
		deadlineInDays: 25
	},
	{
		type: 'job',
		title: 'Омладински радник у омладинском клубу (пола радног времена)',
		titleEn: 'Youth worker in the youth club (part time)',
		organiser: 'Канцеларија за младе општине Ивањица',
		summary: 'Тражимо особу која ће поподне водити клуб, радионице и волонтере.',
		summaryEn: 'We are looking for someone to run the club, workshops and volunteers in the afternoons.',
		body: 'Посао обухвата вођење клуба радним данима од 14 до 18 часова, организовање радионица и рад са волонтерима.\n\nУговор је на годину дана уз могућност продужења. Искуство у волонтирању или раду са младима је предност.',
		bodyEn:
			'The job covers running the club on weekdays from 2 to 6 pm, organising workshops and working with volunteers.\n\nThe contract is for one year and may be extended. Experience of volunteering or youth work is an advantage.',
		minAge: 18,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: 'Завршена најмање средња школа. Пожељно искуство у волонтирању.',
		deadlineInDays: 12
	},
	{
		type: 'job',
		title: 'Продавац у књижари, сезонски посао',
		titleEn: 'Bookshop assistant, seasonal job',
		organiser: 'Књижара „Голија” (демо)',
		summary: 'Сезонски посао у време уписа и почетка школске године, могућ и за студенте.',
		summaryEn: 'A seasonal job for the enrolment and back-to-school season, open to students too.',
		body: 'Потребна нам је особа за рад са купцима и слагање робе током пет недеља. Радно време је у две смене.\n\nНије потребно искуство, обука се ради првих дана.',
		bodyEn:
			'We need someone to serve customers and stock shelves for five weeks. Work is in two shifts.\n\nNo experience needed: training is given in the first days.',
		minAge: 18,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: '',
		deadlineInDays: 2
	},
	{
		type: 'internship',
		title: 'Пракса у општинској управи за младе без радног искуства',
		titleEn: 'Internship in the municipal administration for young people with no work experience',
		organiser: 'Општинска управа Ивањица',
		summary: 'Шест месеци плаћене праксе у одељењима општинске управе.',
		summaryEn: 'Six months of paid internship in the departments of the municipal administration.',
		body: 'Практиканти раде уз ментора у одељењима за привреду, финансије, урбанизам и друштвене делатности.\n\nНа крају праксе добијају потврду о стеченом искуству.',
		bodyEn:
			'Interns work with a mentor in the departments for the economy, finance, urban planning and social affairs.\n\nAt the end they receive a certificate of the experience gained.',
		minAge: 18,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: 'Завршена виша школа или факултет, пријављени на евиденцији незапослених.',
		deadlineInDays: 30
	},
	{
		type: 'internship',
		title: 'Летња пракса у туристичкој организацији',
		titleEn: 'Summer internship at the tourist organisation',
		organiser: 'Туристичка организација (демо)',
		summary: 'Рад у инфо-центру и на манифестацијама током лета.',
		summaryEn: 'Work at the information centre and at events during the summer.',
		body: 'Практиканти дочекују посетиоце, помажу на манифестацијама и пишу објаве за друштвене мреже.',
		bodyEn: 'Interns welcome visitors, help at events and write social media posts.',
		minAge: 17,
		maxAge: 25,
		place: 'Ивањица',
		eligibility: 'Знање енглеског језика.',
		deadlineInDays: -40
	},
	{
		type: 'training',
		title: 'Обука за писање пројеката за удружења младих',
		titleEn: 'Project writing training for youth associations',
		organiser: 'Канцеларија за младе општине Ивањица',
		summary: 'Три суботе учимо како се пише пројекат: од идеје и циљева до буџета и извештаја.',
		summaryEn: 'Over three Saturdays we learn to write a project: from the idea and goals to the budget and report.',
		body: 'Обуку воде тренери са искуством у домаћим и европским програмима. Сваки учесник излази са нацртом свог пројекта.\n\nБрој места је ограничен на двадесет.',
		bodyEn:
			'The training is run by trainers experienced in national and European programmes. Everyone leaves with a draft of their own project.\n\nPlaces are limited to twenty.',
		minAge: 16,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: 'Чланови удружења и неформалних група.',
		deadlineInDays: 6,
		attachments: ['action-plan-2025']
	},
	{
		type: 'training',
		title: 'Бесплатан курс: први кораци у програмирању',
		titleEn: 'Free course: first steps in programming',
		organiser: 'Удружење „Код за младе” (демо)',
		summary: 'Осам вечерњих сусрета за почетнике, лаптопови су обезбеђени.',
		summaryEn: 'Eight evening sessions for beginners; laptops are provided.',
		body: 'Учимо основе програмирања кроз мале игре и веб странице. Није потребно никакво предзнање.',
		bodyEn: 'We learn the basics of programming through small games and web pages. No prior knowledge is needed.',
		minAge: 15,
		maxAge: 24,
		place: 'Ивањица',
		eligibility: '',
		deadlineInDays: 20
	},
	{
		type: 'exchange',
		title: 'Размена младих у Португалији о заштити природе',
		titleEn: 'Youth exchange in Portugal on protecting nature',
		organiser: 'Партнерско удружење у оквиру програма Erasmus+',
		summary: 'Десет дана са младима из шест земаља: радионице, рад на терену и вече култура.',
		summaryEn: 'Ten days with young people from six countries: workshops, fieldwork and a cultural evening.',
		body: 'Трошкове пута, смештаја и хране покрива програм Erasmus+. Из Србије иде пет учесника и један вођа групе.\n\nРадни језик је енглески.',
		bodyEn:
			'Travel, accommodation and food are covered by the Erasmus+ programme. Five participants and one group leader travel from Serbia.\n\nThe working language is English.',
		minAge: 18,
		maxAge: 25,
		place: 'Португалија',
		eligibility: 'Основно знање енглеског и спремност да учествујете у свим активностима.',
		deadlineInDays: 9,
		link: 'https://erasmus-plus.ec.europa.eu/'
	},
	{
		type: 'volunteering_abroad',
		title: 'Европске снаге солидарности: волонтирање у Словенији',
		titleEn: 'European Solidarity Corps: volunteering in Slovenia',
		organiser: 'Европске снаге солидарности',
		summary: 'Девет месеци волонтирања у дечјем културном центру, уз смештај, храну и џепарац.',
		summaryEn:
			'Nine months of volunteering at a children’s cultural centre, with accommodation, food and pocket money.',
		body: 'Волонтер помаже у радионицама за децу, припрема изложбе и учествује у локалним акцијама. Курс словеначког језика је обезбеђен.',
		bodyEn:
			'The volunteer helps in children’s workshops, prepares exhibitions and takes part in local actions. A Slovenian language course is provided.',
		minAge: 18,
		maxAge: 30,
		place: 'Словенија',
		eligibility: 'Регистрација на Европском омладинском порталу.',
		deadlineInDays: 45,
		link: 'https://youth.europa.eu/solidarity_en'
	},
	{
		type: 'volunteering_abroad',
		title: 'Летњи волонтерски камп на грчком острву',
		titleEn: 'Summer volunteer camp on a Greek island',
		organiser: 'Међународна мрежа волонтерских кампова (демо)',
		summary: 'Две недеље чишћења плажа и праћења морских корњача.',
		summaryEn: 'Two weeks of cleaning beaches and monitoring sea turtles.',
		body: 'Волонтери живе у кампу, раде пре подне, а поподне учествују у радионицама о заштити мора.',
		bodyEn:
			'Volunteers live in the camp, work in the mornings and join workshops on protecting the sea in the afternoons.',
		minAge: 18,
		maxAge: 30,
		place: 'Грчка',
		eligibility: '',
		deadlineInDays: -5
	},
	{
		type: 'other',
		title: 'Постаните члан Локалног омладинског парламента',
		titleEn: 'Join the Local Youth Parliament',
		organiser: 'Локални омладински парламент',
		summary: 'Парламент прима нове чланове током целе године. Довољно је да дођете на састанак.',
		summaryEn: 'The parliament takes new members all year round. Just come to a meeting.',
		body: 'Чланови предлажу шта канцеларија треба да ради, прате акциони план и организују акције у својим школама и насељима.\n\nСастанци су сваке друге среде у 18 часова у омладинском клубу.',
		bodyEn:
			'Members propose what the office should do, follow the action plan and organise actions in their schools and neighbourhoods.\n\nMeetings are every other Wednesday at 6 pm in the youth club.',
		minAge: 15,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: '',
		deadlineInDays: null
	},
	{
		type: 'training',
		title: 'Радионица медијске писмености',
		titleEn: 'Media literacy workshop',
		organiser: 'Канцеларија за младе општине Ивањица',
		summary: 'Како препознати лажне вести и проверити извор. Још договарамо термин.',
		summaryEn: 'How to spot false news and check a source. The date is still being arranged.',
		body: 'Нацрт: чекамо потврду предавача.',
		bodyEn: '',
		place: 'Ивањица',
		eligibility: '',
		deadlineInDays: 35,
		status: 'draft'
	},
	{
		type: 'call',
		title: 'Фото-конкурс „Голија очима младих”',
		titleEn: 'Photo contest “Golija through young eyes”',
		organiser: 'Канцеларија за младе општине Ивањица',
		summary: 'Пошаљите до три фотографије планине Голије. Најбоље ће бити изложене у центру града.',
		summaryEn: 'Send up to three photos of Mount Golija. The best will be exhibited in the town centre.',
		body: 'Конкурс се објављује почетком месеца. Награде обезбеђују локалне фирме.',
		bodyEn: 'The contest opens at the start of the month. Prizes are provided by local businesses.',
		minAge: 15,
		maxAge: 30,
		place: 'Ивањица',
		eligibility: '',
		deadlineInDays: 40,
		publishInDays: 3
	}
];

/** How many demo opportunities there are, and how many are public right after seeding (for tests). */
export const DEMO_OPPORTUNITY_COUNT = DEMO_OPPORTUNITIES.length;
export const DEMO_PUBLIC_OPPORTUNITY_COUNT = DEMO_OPPORTUNITIES.filter(
	(demo) => demo.status !== 'draft' && !(demo.publishInDays && demo.publishInDays > 0)
).length;

/** The demo office's opportunities, with deadlines spread around the moment of seeding. */
export async function seedDemoOpportunities(db: Database, officeId: string, now: Date = new Date()): Promise<void> {
	const documentIds = await ensureDemoDocuments(db, officeId);
	const slugs = new Set<string>();
	await db.insert(opportunities).values(
		DEMO_OPPORTUNITIES.map((demo, index) => {
			let slug = slugify(demo.title, 'prilika');
			while (slugs.has(slug)) slug = `${slug}-${index}`;
			slugs.add(slug);
			const body = paragraphsToHtml(demo.body);
			const bodyEn = paragraphsToHtml(demo.bodyEn);
			// Deadlines end at 23:59 Belgrade time on their day, as calls usually do.
			const deadline =
				demo.deadlineInDays === null
					? null
					: belgradeToInstant(instantToBelgrade(new Date(now.getTime() + demo.deadlineInDays * DAY)).date, '23:59');
			const status = demo.status ?? 'published';
			return {
				officeId,
				slug,
				type: demo.type,
				title: demo.title,
				titleEn: demo.titleEn,
				organiser: demo.organiser,
				summary: demo.summary,
				summaryEn: demo.summaryEn,
				body,
				bodyEn,
				searchText: [htmlToText(body), htmlToText(bodyEn), demo.place, demo.eligibility].filter(Boolean).join('\n\n'),
				minAge: demo.minAge ?? null,
				maxAge: demo.maxAge ?? null,
				place: demo.place,
				eligibility: demo.eligibility,
				deadline,
				link: demo.link ?? '',
				attachmentDocumentIds: (demo.attachments ?? []).flatMap((key) => documentIds[key] ?? []),
				status,
				// Spread publication over the past weeks so feeds and lists have a natural order.
				publishAt: status === 'draft' ? null : new Date(now.getTime() + (demo.publishInDays ?? -(index + 1) * 2) * DAY),
				isDemo: true,
				createdAt: new Date(now.getTime() - (index + 20) * DAY)
			};
		})
	);
}

/** Deletes the demo opportunities of an office. */
export async function removeDemoOpportunities(db: Database, officeId: string): Promise<void> {
	await db.delete(opportunities).where(and(eq(opportunities.officeId, officeId), eq(opportunities.isDemo, true)));
}
