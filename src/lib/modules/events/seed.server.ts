import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { paragraphsToHtml, htmlToText } from '../../server/html.ts';
import { belgradeToInstant, instantToBelgrade } from '../../i18n/office-time.ts';
import {
	events,
	eventSessions,
	programmes,
	type EventType,
	type RegistrationMode,
	type EventQuestion
} from './schema.ts';

const DAY = 24 * 60 * 60 * 1000;

interface DemoProgramme {
	slug: string;
	name: string;
	nameEn: string;
	description: string;
	descriptionEn: string;
	color: string;
}

const DEMO_PROGRAMMES: DemoProgramme[] = [
	{
		slug: 'obrazovanje',
		name: 'Образовање и вештине',
		nameEn: 'Education and skills',
		description: 'Курсеви и радионице за знања која школа не стигне да пружи.',
		descriptionEn: 'Courses and workshops for the skills school does not get round to.',
		color: '#1d4ed8'
	},
	{
		slug: 'karijerno-vodjenje',
		name: 'Каријерно вођење',
		nameEn: 'Career guidance',
		description: 'Од првог CV-ја до првог посла: саветовање, обуке и сусрети са послодавцима.',
		descriptionEn: 'From the first CV to the first job: advice, trainings and meetings with employers.',
		color: '#047857'
	},
	{
		slug: 'kreativno-izrazavanje',
		name: 'Креативно изражавање',
		nameEn: 'Creative expression',
		description: 'Музика, фотографија, видео и сцена: простор да млади покажу шта умеју.',
		descriptionEn: 'Music, photography, video and stage: room for young people to show what they can do.',
		color: '#b45309'
	}
];

/** A demo event; times are Belgrade wall-clock, days counted from the day of seeding. */
export interface DemoEvent {
	slug: string;
	programme: string | null;
	type: EventType;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	placeName: string;
	address: string;
	room?: string;
	onlineUrl?: string;
	/** Sessions: days from today, start and end time. */
	sessions: { inDays: number; from: string; to: string }[];
	capacity: number | null;
	registrationMode: RegistrationMode;
	questions?: EventQuestion[];
	accessibility?: string;
	accessibilityEn?: string;
	partners?: string;
	status?: 'draft' | 'published' | 'cancelled';
	cancellationReason?: string;
	/** Registration window, in days from today (Belgrade noon). */
	opensInDays?: number;
	closesInDays?: number;
	minAge?: number;
	maxAge?: number;
}

const OFFICE_PLACE = { placeName: 'Канцеларија за младе', address: 'Венијамина Маринковића 1, Ивањица' };

/**
 * The demo season. Journeys rely on these addresses: `tribina-o-volontiranju` (2 places, both
 * taken, for the waitlist), `druzenje-uz-drustvene-igre` (today, for check-in),
 * `kurs-video-montaze` (a course of eight sessions), `razmena-mladih-info` (approval needed).
 */
export const DEMO_EVENTS: DemoEvent[] = [
	{
		slug: 'radionica-pisanja-cv-a',
		programme: 'karijerno-vodjenje',
		type: 'workshop',
		title: 'Радионица: CV и мотивационо писмо',
		titleEn: 'Workshop: CV and cover letter',
		summary: 'Донесите лаптоп или само идеје: за два сата излазите са CV-јем који можете одмах да пошаљете.',
		summaryEn: 'Bring a laptop or just your ideas: in two hours you leave with a CV you can send straight away.',
		body: 'Радионицу води саветница за каријерно вођење. Радимо у малој групи, свако на свом CV-ју.\n\nАко немате лаптоп, обезбедићемо рачунар у канцеларији.',
		bodyEn:
			'The workshop is run by a career guidance adviser. We work in a small group, each on their own CV.\n\nIf you have no laptop, a computer at the office is yours for the afternoon.',
		...OFFICE_PLACE,
		room: 'Сала на спрату',
		sessions: [{ inDays: 6, from: '17:00', to: '19:00' }],
		capacity: 12,
		registrationMode: 'open',
		questions: [
			{
				id: 'laptop',
				kind: 'yes_no',
				label: 'Доносим свој лаптоп',
				labelEn: 'I will bring my own laptop',
				required: true,
				options: []
			}
		],
		accessibility: 'Сала је на првом спрату, без лифта. Јавите нам се и радионицу селимо у приземље.',
		accessibilityEn: 'The room is on the first floor with no lift. Tell us and we move the workshop downstairs.'
	},
	{
		slug: 'kurs-video-montaze',
		programme: 'kreativno-izrazavanje',
		type: 'course',
		title: 'Курс видео монтаже',
		titleEn: 'Video editing course',
		summary: 'Осам сусрета, један кратки филм: од снимања телефоном до монтаже у бесплатном програму.',
		summaryEn: 'Eight meetings, one short film: from shooting on a phone to editing in free software.',
		body: 'Курс је за почетнике. Радимо уторком, осам недеља заредом. На крају приказујемо филмове полазника у биоскопској сали Дома културе.',
		bodyEn:
			'The course is for beginners. We meet on Tuesdays, eight weeks in a row. At the end we screen the participants’ films in the cinema hall of the culture centre.',
		...OFFICE_PLACE,
		room: 'Медијска соба',
		sessions: Array.from({ length: 8 }, (_, index) => ({ inDays: 4 + index * 7, from: '18:00', to: '20:00' })),
		capacity: 10,
		registrationMode: 'open',
		partners: 'Дом културе Ивањица'
	},
	{
		slug: 'tribina-o-volontiranju',
		programme: null,
		type: 'info_session',
		title: 'Трибина: како почети са волонтирањем',
		titleEn: 'Talk: how to start volunteering',
		summary: 'Волонтери локалних удружења причају шта раде и где вас чекају.',
		summaryEn: 'Volunteers from local associations talk about what they do and where you are welcome.',
		body: 'Мала, опуштена трибина у канцеларији. Места је мало, па се пријавите на листу чекања ако је попуњено.',
		bodyEn: 'A small, relaxed talk at the office. Places are few: join the waitlist if it is full.',
		...OFFICE_PLACE,
		sessions: [{ inDays: 9, from: '18:00', to: '19:30' }],
		capacity: 2,
		registrationMode: 'open'
	},
	{
		slug: 'druzenje-uz-drustvene-igre',
		programme: null,
		type: 'cultural',
		title: 'Вече друштвених игара',
		titleEn: 'Board games evening',
		summary: 'Игре, чај и нова познанства. Дођите сами или са друштвом.',
		summaryEn: 'Games, tea and new people. Come alone or with friends.',
		body: 'Свакога месеца једно вече друштвених игара у канцеларији. Игре обезбеђујемо ми, а ви можете донети своју омиљену.',
		bodyEn: 'One board games evening at the office every month. We bring the games; you may bring your favourite.',
		...OFFICE_PLACE,
		sessions: [{ inDays: 0, from: '19:00', to: '22:00' }],
		capacity: 30,
		registrationMode: 'open'
	},
	{
		slug: 'razmena-mladih-info',
		programme: 'obrazovanje',
		type: 'info_session',
		title: 'Инфо-сесија: омладинске размене у Европи',
		titleEn: 'Info session: youth exchanges in Europe',
		summary:
			'Како изгледа размена, ко може да иде и како се пријављује. Пријаве одобравамо због ограниченог броја места.',
		summaryEn: 'What an exchange is like, who can go and how to apply. Places are limited, so we confirm each sign-up.',
		body: 'На сесији говоре млади из Ивањице који су већ били на разменама. Након сесије помажемо у писању пријава.',
		bodyEn:
			'Young people from Ivanjica who have been on exchanges speak at the session. Afterwards we help with applications.',
		...OFFICE_PLACE,
		onlineUrl: 'https://meet.example.org/kzm-razmene',
		sessions: [{ inDays: 14, from: '17:30', to: '19:00' }],
		capacity: 15,
		registrationMode: 'approval',
		questions: [
			{
				id: 'languages',
				kind: 'choice',
				label: 'Колико знате енглески?',
				labelEn: 'How good is your English?',
				required: true,
				options: [
					{ id: 'basic', label: 'Основно', labelEn: 'Basic' },
					{ id: 'good', label: 'Добро', labelEn: 'Good' },
					{ id: 'fluent', label: 'Течно', labelEn: 'Fluent' }
				]
			},
			{
				id: 'why',
				kind: 'text',
				label: 'Зашто желите на размену?',
				labelEn: 'Why do you want to go?',
				required: false,
				options: []
			}
		]
	},
	{
		slug: 'radionica-fotografije',
		programme: 'kreativno-izrazavanje',
		type: 'workshop',
		title: 'Радионица фотографије телефоном',
		titleEn: 'Phone photography workshop',
		summary: 'Светло, кадар и обрада: боље фотографије без скупе опреме.',
		summaryEn: 'Light, framing and editing: better photos without expensive gear.',
		body: 'Практична радионица у граду: шетамо, снимамо и заједно бирамо најбоље фотографије.',
		bodyEn: 'A hands-on workshop in town: we walk, shoot and choose the best photos together.',
		...OFFICE_PLACE,
		sessions: [{ inDays: -20, from: '16:00', to: '19:00' }],
		capacity: 15,
		registrationMode: 'open'
	},
	{
		slug: 'akcija-ciscenja-obale',
		programme: null,
		type: 'volunteer_action',
		title: 'Волонтерска акција: чистимо обалу Моравице',
		titleEn: 'Volunteer action: cleaning the Moravica riverbank',
		summary: 'Рукавице и вреће обезбеђујемо ми. После акције заједнички ручак.',
		summaryEn: 'We bring gloves and bags. Lunch together afterwards.',
		body: 'Окупљање код градског моста. Акција траје око три сата.',
		bodyEn: 'We meet at the town bridge. The action takes about three hours.',
		placeName: 'Градски мост',
		address: 'Ивањица',
		sessions: [{ inDays: -45, from: '10:00', to: '13:00' }],
		capacity: 40,
		registrationMode: 'open',
		partners: 'Еколошко удружење „Моравица”'
	},
	{
		slug: 'sajam-zaposljavanja-mladih',
		programme: 'karijerno-vodjenje',
		type: 'info_session',
		title: 'Мини сајам запошљавања',
		titleEn: 'Mini job fair',
		summary: 'Послодавци из општине на једном месту: разговори, праксе и сезонски послови.',
		summaryEn: 'Employers from the municipality in one place: conversations, internships and seasonal jobs.',
		body: 'Сајам је отворен за све. Пријава није потребна.',
		bodyEn: 'The fair is open to everyone. No sign-up needed.',
		placeName: 'Дом културе',
		address: 'Ивањица',
		sessions: [{ inDays: -70, from: '11:00', to: '15:00' }],
		capacity: null,
		registrationMode: 'none'
	},
	{
		slug: 'obuka-za-mlade-lidere',
		programme: 'obrazovanje',
		type: 'training',
		title: 'Обука за младе лидере',
		titleEn: 'Young leaders training',
		summary: 'Викенд обука о вођењу тима, јавном наступу и писању малих пројеката.',
		summaryEn: 'A weekend training on leading a team, speaking in public and writing small projects.',
		body: 'Обука траје два дана. Ручак и материјал обезбеђује канцеларија. Пријаве се отварају за неколико дана, а број места је мали.',
		bodyEn:
			'The training lasts two days. The office provides lunch and materials. Registration opens in a few days and places are few.',
		...OFFICE_PLACE,
		room: 'Сала на спрату',
		sessions: [
			{ inDays: 24, from: '10:00', to: '16:00' },
			{ inDays: 25, from: '10:00', to: '15:00' }
		],
		capacity: 16,
		registrationMode: 'open',
		opensInDays: 3,
		closesInDays: 20,
		minAge: 16,
		maxAge: 26,
		partners: 'Удружење „Млади за Ивањицу”',
		accessibility: 'Сала је на првом спрату, без лифта.',
		accessibilityEn: 'The room is on the first floor, with no lift.'
	},
	{
		slug: 'onlajn-predavanje-digitalna-bezbednost',
		programme: 'obrazovanje',
		type: 'lecture',
		title: 'Онлајн предавање: безбедност на интернету',
		titleEn: 'Online lecture: staying safe on the internet',
		summary: 'Лозинке, преваре и приватност на друштвеним мрежама, за сат времена са телефона.',
		summaryEn: 'Passwords, scams and privacy on social media, in an hour from your phone.',
		body: 'Предавање се одржава преко интернета. Веза стиже у потврди пријаве.',
		bodyEn: 'The lecture is held online. The link comes with the sign-up confirmation.',
		placeName: '',
		address: '',
		onlineUrl: 'https://meet.example.org/kzm-bezbednost',
		sessions: [{ inDays: 11, from: '19:00', to: '20:00' }],
		capacity: null,
		registrationMode: 'open'
	},
	{
		slug: 'turnir-u-basketu-3x3',
		programme: null,
		type: 'sports',
		title: 'Турнир у баскету 3 на 3',
		titleEn: '3x3 basketball tournament',
		summary: 'Екипе од три играча и једне резерве. Пријављује се капитен за целу екипу.',
		summaryEn: 'Teams of three players and one substitute. The captain signs up for the team.',
		body: 'Турнир се игра на терену код основне школе. Ако пада киша, прелазимо у школску салу.',
		bodyEn: 'The tournament is played on the court by the primary school. If it rains we move into the school gym.',
		placeName: 'Терен код ОШ „Кирило Савић”',
		address: 'Ивањица',
		sessions: [{ inDays: 18, from: '16:00', to: '20:00' }],
		capacity: 12,
		registrationMode: 'open',
		questions: [
			{
				id: 'team',
				kind: 'text',
				label: 'Назив екипе',
				labelEn: 'Team name',
				required: true,
				options: []
			}
		]
	},
	{
		slug: 'koncert-mladih-bendova',
		programme: 'kreativno-izrazavanje',
		type: 'cultural',
		title: 'Концерт младих бендова',
		titleEn: 'Young bands concert',
		summary: 'Три локална бенда на летњој бини Дома културе.',
		summaryEn: 'Three local bands on the culture centre’s summer stage.',
		body: 'Концерт је отказан због најављеног невремена. Нови термин објављујемо ускоро.',
		bodyEn: 'The concert is cancelled because of the storm warning. We will announce a new date soon.',
		placeName: 'Дом културе',
		address: 'Ивањица',
		sessions: [{ inDays: 8, from: '20:00', to: '23:00' }],
		capacity: null,
		registrationMode: 'none',
		status: 'cancelled',
		cancellationReason: 'Најављено је невреме. Концерт ћемо одржати у новом термину.'
	},
	{
		slug: 'letnji-kamp-golija',
		programme: 'obrazovanje',
		type: 'camp',
		title: 'Летњи камп на Голији',
		titleEn: 'Summer camp on Golija',
		summary: 'Нацрт: програм кампа још усаглашавамо са партнерима.',
		summaryEn: 'Draft: we are still agreeing the camp programme with partners.',
		body: 'Пет дана у природи: радионице, планинарење и вечери уз ватру.',
		bodyEn: 'Five days in nature: workshops, hiking and evenings by the fire.',
		placeName: 'Планинарски дом на Голији',
		address: 'Голија',
		sessions: [{ inDays: 60, from: '09:00', to: '18:00' }],
		capacity: 25,
		registrationMode: 'approval',
		status: 'draft'
	},
	{
		slug: 'kurs-programiranja-za-pocetnike',
		programme: 'obrazovanje',
		type: 'course',
		title: 'Курс програмирања за почетнике',
		titleEn: 'Programming for beginners',
		summary: 'Шест сусрета: од прве линије кода до мале веб странице.',
		summaryEn: 'Six meetings: from the first line of code to a small web page.',
		body: 'Курс је одржан у сарадњи са гимназијом. Полазници су на крају представили своје странице.',
		bodyEn: 'The course was held with the grammar school. At the end the participants presented their pages.',
		...OFFICE_PLACE,
		room: 'Рачунарска учионица',
		sessions: Array.from({ length: 6 }, (_, index) => ({ inDays: -80 + index * 7, from: '17:00', to: '19:00' })),
		capacity: 14,
		registrationMode: 'open',
		partners: 'Гимназија Ивањица'
	},
	{
		slug: 'radionica-javnog-nastupa',
		programme: 'karijerno-vodjenje',
		type: 'workshop',
		title: 'Радионица јавног наступа',
		titleEn: 'Public speaking workshop',
		summary: 'Како говорити пред групом без треме: вежбе, снимање и повратна информација.',
		summaryEn: 'How to speak in front of a group without stage fright: exercises, recording and feedback.',
		body: 'Радионица је одржана у две групе.',
		bodyEn: 'The workshop was held in two groups.',
		...OFFICE_PLACE,
		sessions: [{ inDays: -12, from: '17:00', to: '19:30' }],
		capacity: 12,
		registrationMode: 'approval'
	}
];

/** Inserts the demo programmes and events; returns event ids by slug. */
export async function seedDemoEvents(db: Database, officeId: string): Promise<Map<string, string>> {
	const programmeIds = new Map<string, string>();
	for (const [index, programme] of DEMO_PROGRAMMES.entries()) {
		const [row] = await db
			.insert(programmes)
			.values({ officeId, ...programme, sortOrder: index, isDemo: true })
			.returning({ id: programmes.id });
		programmeIds.set(programme.slug, row.id);
	}
	const today = instantToBelgrade(new Date()).date;
	const dayFrom = (inDays: number) =>
		instantToBelgrade(new Date(belgradeToInstant(today, '12:00').getTime() + inDays * DAY)).date;
	const eventIds = new Map<string, string>();
	for (const demo of DEMO_EVENTS) {
		const sessions = demo.sessions.map((session) => ({
			startsAt: belgradeToInstant(dayFrom(session.inDays), session.from),
			endsAt: belgradeToInstant(dayFrom(session.inDays), session.to)
		}));
		const body = paragraphsToHtml(demo.body);
		const bodyEn = paragraphsToHtml(demo.bodyEn);
		const isPast = sessions[sessions.length - 1].endsAt.getTime() < Date.now();
		const [row] = await db
			.insert(events)
			.values({
				officeId,
				slug: demo.slug,
				programmeId: demo.programme ? programmeIds.get(demo.programme)! : null,
				type: demo.type,
				title: demo.title,
				titleEn: demo.titleEn,
				summary: demo.summary,
				summaryEn: demo.summaryEn,
				body,
				bodyEn,
				searchText: `${htmlToText(body)} ${htmlToText(bodyEn)}`,
				placeName: demo.placeName,
				address: demo.address,
				room: demo.room ?? '',
				onlineUrl: demo.onlineUrl ?? '',
				startsAt: sessions[0].startsAt,
				endsAt: sessions[sessions.length - 1].endsAt,
				minAge: demo.minAge ?? 15,
				maxAge: demo.maxAge ?? 30,
				registrationOpensAt:
					demo.opensInDays === undefined ? null : belgradeToInstant(dayFrom(demo.opensInDays), '09:00'),
				registrationClosesAt:
					demo.closesInDays === undefined ? null : belgradeToInstant(dayFrom(demo.closesInDays), '23:59'),
				cancelledAt: demo.status === 'cancelled' ? new Date() : null,
				cancellationReason: demo.cancellationReason ?? '',
				capacity: demo.capacity,
				registrationMode: demo.registrationMode,
				questions: demo.questions ?? [],
				accessibility: demo.accessibility ?? '',
				accessibilityEn: demo.accessibilityEn ?? '',
				partners: demo.partners ?? '',
				status: demo.status ?? (isPast ? 'finished' : 'published'),
				isDemo: true
			})
			.returning({ id: events.id });
		await db.insert(eventSessions).values(sessions.map((session) => ({ officeId, eventId: row.id, ...session })));
		eventIds.set(demo.slug, row.id);
	}
	return eventIds;
}

/** Removes the demo programmes and events (their sessions and registrations go with them). */
export async function removeDemoEvents(db: Database, officeId: string): Promise<void> {
	await db.delete(events).where(and(eq(events.officeId, officeId), eq(events.isDemo, true)));
	await db.delete(programmes).where(and(eq(programmes.officeId, officeId), eq(programmes.isDemo, true)));
}
