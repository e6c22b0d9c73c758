import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { users } from '../../server/db/core-schema.ts';
import {
	organisationContacts,
	organisationMembers,
	organisationRepresentatives,
	organisations,
	type OrganisationLink,
	type OrganisationStatus,
	type OrganisationType,
	type PublicField,
	type TargetGroup,
	type WorkArea
} from './schema.ts';

interface DemoContact {
	name: string;
	role: string;
	email?: string;
	phone?: string;
	isPublic?: boolean;
	isAdult?: boolean;
}

interface DemoOrganisation {
	slug: string;
	name: string;
	shortName?: string;
	type: OrganisationType;
	areas: WorkArea[];
	targets: TargetGroup[];
	description: string;
	descriptionEn?: string;
	address?: string;
	email?: string;
	phone?: string;
	website?: string;
	social?: OrganisationLink[];
	members?: [number, number];
	registration?: [string, string];
	inMinistryRegister?: boolean;
	publicFields: PublicField[];
	status?: OrganisationStatus;
	isPartner?: boolean;
	staffNotes?: string;
	contacts?: DemoContact[];
	groupMembers?: [string, number][];
	listing?: 'listed' | 'pending' | 'hidden';
	requestedByEmail?: string;
}

// Invented organisations of every type in and around Ivanjica; any likeness to a real one is chance.
const DIRECTORY: DemoOrganisation[] = [
	{
		slug: 'udruzenje-mladi-ivanjice',
		name: 'Удружење „Млади Ивањице”',
		shortName: 'Млади Ивањице',
		type: 'youth_association',
		areas: ['participation', 'culture', 'education'],
		targets: ['pupils', 'students', 'all_youth'],
		description:
			'Удружење које окупља средњошколце и студенте из Ивањице. Организујемо трибине, волонтерске акције и летњи фестивал на обали Моравице.\n\nЧланови сами бирају теме и воде пројекте, уз подршку старијих волонтера.',
		descriptionEn:
			'An association of secondary-school pupils and students from Ivanjica. We run debates, volunteer actions and a summer festival on the Moravica river bank.',
		address: 'Венијамина Маринковића 4, Ивањица',
		email: 'kontakt@mladi-ivanjice.test',
		phone: '+381 32 555 101',
		website: 'https://mladi-ivanjice.test',
		social: [{ label: 'instagram.com', url: 'https://instagram.com/mladi.ivanjice.test' }],
		members: [64, 58],
		registration: ['28123456', '2012-03-15'],
		inMinistryRegister: true,
		publicFields: ['address', 'email', 'website', 'social', 'members', 'contacts'],
		isPartner: true,
		staffNotes: 'Редовно учествују на свим конкурсима; председница мења се у марту.',
		contacts: [
			{
				name: 'Ана Милошевић',
				role: 'Председница',
				email: 'ana@mladi-ivanjice.test',
				phone: '+381 64 555 0101',
				isPublic: true
			},
			{ name: 'Вук Тошић', role: 'Благајник', email: 'vuk@mladi-ivanjice.test', phone: '+381 64 555 0102' }
		]
	},
	{
		slug: 'omladinski-klub-golija',
		name: 'Омладински клуб „Голија”',
		type: 'youth_association',
		areas: ['culture', 'health', 'mobility'],
		targets: ['all_youth', 'rural_youth'],
		description: 'Планинарење, оријентиринг и еко-кампови на Голији за младе из града и са села.',
		descriptionEn: 'Hiking, orienteering and eco camps on Golija mountain for young people from town and villages.',
		email: 'golija.klub@example.test',
		website: 'https://golija-klub.test',
		members: [41, 35],
		registration: ['28234567', '2015-06-02'],
		inMinistryRegister: true,
		publicFields: ['website', 'members'],
		contacts: [{ name: 'Милан Обрадовић', role: 'Водич', email: 'milan.o@example.test', phone: '+381 63 555 210' }]
	},
	{
		slug: 'mreza-mladih-moravica',
		name: 'Mreža mladih „Moravica”',
		type: 'youth_association',
		areas: ['participation', 'inclusion'],
		targets: ['rural_youth', 'roma_youth'],
		description: 'Povezujemo mlade iz seoskih mesnih zajednica i pomažemo im da pokrenu sopstvene inicijative.',
		email: 'mreza.moravica@example.test',
		phone: '+381 32 555 303',
		members: [27, 25],
		publicFields: ['email', 'phone', 'members'],
		contacts: [{ name: 'Jovana Lazić', role: 'Koordinatorka', email: 'jovana@example.test', isPublic: true }]
	},
	{
		slug: 'studentski-klub-ivanjicana',
		name: 'Студентски клуб Ивањичана',
		type: 'youth_association',
		areas: ['education', 'mobility'],
		targets: ['students'],
		description:
			'Студенти из Ивањице који студирају у Београду, Крагујевцу и Новом Саду: менторство за матуранте и помоћ при упису.',
		social: [{ label: 'facebook.com', url: 'https://facebook.com/studenti.ivanjica.test' }],
		publicFields: ['social'],
		status: 'inactive',
		contacts: [{ name: 'Теодора Савић', role: 'Председница', email: 'teodora@example.test' }]
	},
	{
		slug: 'centar-za-razvoj-lokalne-zajednice',
		name: 'Центар за развој локалне заједнице',
		type: 'association_for_youth',
		areas: ['employment', 'participation'],
		targets: ['unemployed', 'all_youth'],
		description: 'Обуке за писање пројеката, предузетништво и запошљавање младих; подршка локалним иницијативама.',
		descriptionEn: 'Training in project writing, entrepreneurship and youth employment; support for local initiatives.',
		address: 'Милинка Кушића 12, Ивањица',
		email: 'centar.razvoj@example.test',
		phone: '+381 32 555 404',
		website: 'https://razvoj-ivanjica.test',
		registration: ['28345678', '2008-11-20'],
		inMinistryRegister: true,
		publicFields: ['address', 'email', 'phone', 'website', 'registration'],
		isPartner: true,
		contacts: [
			{
				name: 'Драган Јеремић',
				role: 'Директор',
				email: 'dragan@example.test',
				phone: '+381 65 555 0404',
				isPublic: true
			}
		]
	},
	{
		slug: 'udruzenje-roditelja-dece-sa-smetnjama',
		name: 'Удружење родитеља деце и младих са сметњама у развоју',
		type: 'association_for_youth',
		areas: ['inclusion', 'health'],
		targets: ['youth_with_disabilities', 'young_parents'],
		description: 'Дневне радионице, саветовање родитеља и заговарање приступачности јавних простора.',
		address: 'Немањина 8, Ивањица',
		phone: '+381 32 555 505',
		members: [38, 12],
		publicFields: ['address', 'phone', 'members'],
		contacts: [{ name: 'Снежана Вуковић', role: 'Председница', phone: '+381 64 555 0505' }]
	},
	{
		slug: 'romski-centar-ivanjica',
		name: 'Romski centar Ivanjica',
		type: 'association_for_youth',
		areas: ['inclusion', 'education'],
		targets: ['roma_youth', 'pupils'],
		description: 'Podrška romskim učenicima u učenju, mentorski program i saradnja sa školama.',
		descriptionEn: 'Learning support for Roma pupils, a mentoring programme and cooperation with schools.',
		email: 'romski.centar@example.test',
		publicFields: ['email', 'website'],
		contacts: [{ name: 'Dejan Ramić', role: 'Predsednik', email: 'dejan.r@example.test', isPublic: true }]
	},
	{
		slug: 'crveni-krst-ivanjica',
		name: 'Црвени крст Ивањица',
		type: 'association_for_youth',
		areas: ['health', 'safety', 'inclusion'],
		targets: ['all_youth', 'youth_at_risk'],
		description: 'Вршњачка едукација о здрављу, обуке прве помоћи и волонтерски тим младих.',
		address: 'Светог Саве 2, Ивањица',
		email: 'ck.ivanjica@example.test',
		phone: '+381 32 555 606',
		website: 'https://ck-ivanjica.test',
		publicFields: ['address', 'email', 'phone', 'website'],
		isPartner: true
	},
	{
		slug: 'savez-udruzenja-mladih-zlatiborskog-kraja',
		name: 'Савез удружења младих златиборског краја',
		type: 'federation',
		areas: ['participation', 'mobility'],
		targets: ['all_youth'],
		description: 'Савез дванаест удружења младих из околних општина: заједничке кампање и размене.',
		website: 'https://savez-mladih.test',
		publicFields: ['website'],
		registration: ['28456789', '2016-04-11'],
		inMinistryRegister: true
	},
	{
		slug: 'neformalna-grupa-kreativni-kutak',
		name: 'Неформална група „Креативни кутак”',
		type: 'informal_group',
		areas: ['culture'],
		targets: ['pupils'],
		description: 'Ученици који осликавају зидове, праве мурале и уређују школска дворишта.',
		publicFields: ['contacts'],
		contacts: [
			{
				name: 'Јована Бркић',
				role: 'Наставница ликовног, пунолетни контакт',
				email: 'jovana.b@example.test',
				isPublic: true
			},
			{ name: 'Лука Максимовић', role: 'Члан', isAdult: false }
		],
		groupMembers: [
			['Лука Максимовић', 2009],
			['Нина Ђокић', 2008],
			['Петар Симић', 2009],
			['Ива Радојевић', 2007],
			['Софија Ђурић', 2008]
		]
	},
	{
		slug: 'neformalna-grupa-zeleni-prijevor',
		name: 'Neformalna grupa „Zeleni Prijevor”',
		type: 'informal_group',
		areas: ['health', 'participation'],
		targets: ['rural_youth'],
		description: 'Mladi iz Prijevora koji čiste obale reke i sade drveće; traže mesto za seoski klub.',
		publicFields: [],
		contacts: [{ name: 'Marko Stojić', role: 'Punoletni kontakt', phone: '+381 66 555 0707' }],
		groupMembers: [
			['Marko Stojić', 2001],
			['Tijana Kovačević', 2006],
			['Stefan Pavlović', 2005],
			['Milica Ilić', 2007],
			['Uroš Nikolić', 2004],
			['Ana Vasić', 2006]
		]
	},
	{
		slug: 'gimnazija-ivanjica',
		name: 'Гимназија Ивањица',
		type: 'school',
		areas: ['education'],
		targets: ['pupils'],
		description:
			'Општа и природно-математичка гимназија; ђачки парламент сарађује са канцеларијом на трибинама и сајму образовања.',
		descriptionEn:
			'A general and science grammar school; its pupils’ parliament works with the office on debates and the education fair.',
		address: 'Мајора Илића 1, Ивањица',
		email: 'gimnazija@example.test',
		phone: '+381 32 555 808',
		website: 'https://gimnazija-ivanjica.test',
		publicFields: ['address', 'email', 'phone', 'website'],
		isPartner: true,
		contacts: [
			{ name: 'Бојана Миловановић', role: 'Педагог', email: 'bojana.m@example.test', phone: '+381 32 555 809' }
		]
	},
	{
		slug: 'tehnicka-skola-ivanjica',
		name: 'Техничка школа Ивањица',
		type: 'school',
		areas: ['education', 'employment'],
		targets: ['pupils'],
		description: 'Образовни профили у машинству, шумарству и угоститељству; пракса код локалних послодаваца.',
		address: 'Омладинска 3, Ивањица',
		website: 'https://tehnicka-ivanjica.test',
		publicFields: ['address', 'website']
	},
	{
		slug: 'os-kirilo-savic',
		name: 'Основна школа „Кирило Савић”',
		type: 'school',
		areas: ['education', 'culture'],
		targets: ['pupils'],
		description: 'Основна школа у центру града са издвојеним одељењима у селима.',
		phone: '+381 32 555 909',
		publicFields: ['phone', 'website']
	},
	{
		slug: 'agronomski-fakultet-istureno-odeljenje',
		name: 'Agronomski fakultet – isturena nastava Ivanjica',
		type: 'faculty',
		areas: ['education', 'employment'],
		targets: ['students', 'rural_youth'],
		description: 'Predavanja i terenska nastava iz voćarstva i malinarstva za studente i mlade poljoprivrednike.',
		descriptionEn: 'Lectures and field teaching in fruit growing for students and young farmers.',
		website: 'https://agro-ivanjica.test',
		publicFields: ['website']
	},
	{
		slug: 'centar-za-kulturu-ivanjica',
		name: 'Центар за културу Ивањица',
		type: 'public_institution',
		areas: ['culture'],
		targets: ['all_youth'],
		description: 'Биоскоп, позоришна сцена, ликовна колонија и омладинске радионице; сала за трибине.',
		descriptionEn: 'A cinema, theatre stage, art colony and youth workshops; a hall for debates.',
		address: 'Венијамина Маринковића 2, Ивањица',
		email: 'kultura@example.test',
		phone: '+381 32 555 111',
		website: 'https://kultura-ivanjica.test',
		social: [{ label: 'facebook.com', url: 'https://facebook.com/kultura.ivanjica.test' }],
		publicFields: ['address', 'email', 'phone', 'website', 'social', 'contacts'],
		isPartner: true,
		contacts: [
			{
				name: 'Зоран Петровић',
				role: 'Директор',
				email: 'zoran.p@example.test',
				phone: '+381 32 555 112',
				isPublic: true
			},
			{ name: 'Маја Ристић', role: 'Уредница програма', email: 'maja.r@example.test', phone: '+381 64 555 0113' }
		]
	},
	{
		slug: 'nacionalna-sluzba-za-zaposljavanje-ivanjica',
		name: 'Национална служба за запошљавање – испостава Ивањица',
		shortName: 'НСЗ Ивањица',
		type: 'public_institution',
		areas: ['employment'],
		targets: ['unemployed', 'students'],
		description: 'Саветовање о каријери, клуб за тражење посла и програми стручне праксе за младе.',
		descriptionEn: 'Career guidance, a job club and traineeship programmes for young people.',
		address: 'Првомајска 9, Ивањица',
		phone: '+381 32 555 222',
		website: 'https://nsz-ivanjica.test',
		publicFields: ['address', 'phone', 'website'],
		isPartner: true,
		contacts: [{ name: 'Гордана Јовичић', role: 'Саветница за запошљавање', email: 'gordana.j@example.test' }]
	},
	{
		slug: 'dom-zdravlja-ivanjica',
		name: 'Дом здравља Ивањица',
		type: 'public_institution',
		areas: ['health'],
		targets: ['all_youth', 'young_parents'],
		description: 'Саветовалиште за младе и предавања о репродуктивном здрављу у школама.',
		address: 'Мајора Илића 20, Ивањица',
		phone: '+381 32 555 333',
		publicFields: ['address', 'phone']
	},
	{
		slug: 'centar-za-socijalni-rad-ivanjica',
		name: 'Центар за социјални рад Ивањица',
		type: 'public_institution',
		areas: ['inclusion', 'safety'],
		targets: ['youth_at_risk', 'young_parents'],
		description: 'Подршка младима у ризику и младим породицама; сарадња на превенцији насиља.',
		phone: '+381 32 555 444',
		publicFields: ['phone'],
		staffNotes: 'Контакт само преко дежурног телефона.'
	},
	{
		slug: 'narodna-biblioteka-ivanjica',
		name: 'Narodna biblioteka Ivanjica',
		type: 'public_institution',
		areas: ['culture', 'education'],
		targets: ['pupils', 'students'],
		description: 'Čitaonica za učenje do kasno uveče, književni klub i radionice digitalne pismenosti.',
		address: 'Trg Sretena Lazarevića 1, Ivanjica',
		email: 'biblioteka@example.test',
		publicFields: ['address', 'email', 'website']
	},
	{
		slug: 'policijska-stanica-ivanjica',
		name: 'Полицијска станица Ивањица',
		type: 'public_institution',
		areas: ['safety'],
		targets: ['pupils'],
		description: 'Програм „Безбедно детињство” и предавања о безбедности у саобраћају и на интернету.',
		publicFields: []
	},
	{
		slug: 'sportski-centar-ivanjica',
		name: 'Спортски центар Ивањица',
		type: 'public_institution',
		areas: ['health'],
		targets: ['all_youth'],
		description: 'Хала, базен и терени; бесплатни термини за школске и омладинске турнире.',
		address: 'Спортска 1, Ивањица',
		publicFields: ['address', 'website']
	},
	{
		slug: 'savet-za-mlade-opstine-ivanjica',
		name: 'Савет за младе општине Ивањица',
		type: 'local_government',
		areas: ['participation'],
		targets: ['all_youth'],
		description: 'Саветодавно тело скупштине општине; најмање половина чланова има од 15 до 30 година.',
		descriptionEn: 'An advisory body of the municipal assembly; at least half its members are aged 15 to 30.',
		publicFields: ['website'],
		isPartner: true
	},
	{
		slug: 'opstinska-uprava-odeljenje-drustvenih-delatnosti',
		name: 'Општинска управа – Одељење за друштвене делатности',
		type: 'local_government',
		areas: ['education', 'culture', 'participation'],
		targets: ['all_youth'],
		description: 'Одељење у чијем је саставу канцеларија за младе; спроводи локалне конкурсе за удружења.',
		address: 'Венијамина Маринковића 1, Ивањица',
		publicFields: ['address'],
		listing: 'hidden'
	},
	{
		slug: 'malinar-doo',
		name: 'Малинар д.о.о.',
		type: 'business',
		areas: ['employment'],
		targets: ['unemployed', 'rural_youth'],
		description: 'Хладњача и откуп малине; сезонски посао и пракса за ученике и студенте.',
		phone: '+381 32 555 777',
		publicFields: ['phone', 'website']
	},
	{
		slug: 'it-kutak-ivanjica',
		name: 'IT kutak Ivanjica',
		type: 'business',
		areas: ['employment', 'education'],
		targets: ['students', 'unemployed'],
		description: 'Mala softverska firma: besplatni kursevi programiranja i plaćena praksa za mlade.',
		descriptionEn: 'A small software company: free programming courses and paid internships for young people.',
		email: 'posao@itkutak.test',
		website: 'https://itkutak.test',
		publicFields: ['email', 'website'],
		isPartner: true
	},
	{
		slug: 'radio-ivanjica',
		name: 'Радио Ивањица',
		type: 'media',
		areas: ['culture', 'participation'],
		targets: ['all_youth'],
		description: 'Локални радио са недељном емисијом коју уређују млади волонтери.',
		email: 'redakcija@radio-ivanjica.test',
		phone: '+381 32 555 888',
		website: 'https://radio-ivanjica.test',
		publicFields: ['email', 'phone', 'website'],
		isPartner: true,
		contacts: [{ name: 'Ненад Марић', role: 'Уредник', email: 'nenad.m@example.test', phone: '+381 64 555 0888' }]
	},
	{
		slug: 'portal-ivanjica-danas',
		name: 'Portal „Ivanjica danas”',
		type: 'media',
		areas: ['participation'],
		targets: ['all_youth'],
		description: 'Lokalni informativni portal; rubrika o mladima i konkursima.',
		website: 'https://ivanjica-danas.test',
		publicFields: ['website']
	},
	{
		slug: 'fondacija-za-mlade-zapadne-srbije',
		name: 'Фондација за младе Западне Србије',
		type: 'international',
		areas: ['mobility', 'education'],
		targets: ['students', 'all_youth'],
		description: 'Регионална канцеларија међународне фондације: размене младих и мали грантови.',
		descriptionEn: 'Regional office of an international foundation: youth exchanges and small grants.',
		website: 'https://fondacija-mladi.test',
		email: 'info@fondacija-mladi.test',
		publicFields: ['website', 'email']
	},
	{
		slug: 'planinarsko-drustvo-cemerno',
		name: 'Планинарско друштво „Чемерно”',
		type: 'association_for_youth',
		areas: ['health'],
		targets: ['all_youth'],
		description: 'Некада активно друштво; распуштено после спајања са клубом „Голија”.',
		publicFields: [],
		status: 'dissolved'
	},
	{
		slug: 'udruzenje-mladih-preduzetnika',
		name: 'Удружење младих предузетника Ивањице',
		type: 'youth_association',
		areas: ['employment'],
		targets: ['unemployed', 'students'],
		description: 'Млади који покрећу сопствени посао: менторски састанци и сајам локалних производа.',
		email: 'preduzetnici@example.test',
		publicFields: ['website'],
		listing: 'pending',
		requestedByEmail: 'preduzetnici@example.test'
	}
];

/** The demo directory: about thirty invented organisations of every type, with contacts and two informal groups. */
export async function seedDemoOrganisations(db: Database, officeId: string): Promise<void> {
	for (const demo of DIRECTORY) {
		const [created] = await db
			.insert(organisations)
			.values({
				officeId,
				slug: demo.slug,
				name: demo.name,
				shortName: demo.shortName ?? '',
				type: demo.type,
				registrationNumber: demo.registration?.[0] ?? '',
				registeredOn: demo.registration?.[1] ?? null,
				inMinistryRegister: demo.inMinistryRegister ?? false,
				areas: demo.areas,
				targetGroups: demo.targets,
				description: demo.description,
				descriptionEn: demo.descriptionEn ?? '',
				address: demo.address ?? '',
				email: demo.email ?? '',
				phone: demo.phone ?? '',
				website: demo.website ?? '',
				socialLinks: demo.social ?? [],
				memberCount: demo.members?.[0] ?? (demo.groupMembers ? demo.groupMembers.length : null),
				youngMemberCount: demo.members?.[1] ?? null,
				status: demo.status ?? 'active',
				confirmedAt: demo.listing === 'pending' ? null : new Date('2026-01-20T10:00:00Z'),
				listing: demo.listing ?? 'listed',
				publicFields: demo.publicFields,
				isPartner: demo.isPartner ?? false,
				staffNotes: demo.staffNotes ?? '',
				requestedByEmail: demo.requestedByEmail ?? null,
				isDemo: true
			})
			.returning({ id: organisations.id });
		if (demo.contacts?.length)
			await db.insert(organisationContacts).values(
				demo.contacts.map((contact, index) => ({
					officeId,
					organisationId: created.id,
					name: contact.name,
					role: contact.role,
					email: contact.email ?? '',
					phone: contact.phone ?? '',
					isAdult: contact.isAdult ?? true,
					isPublic: contact.isPublic ?? false,
					sortOrder: index
				}))
			);
		if (demo.groupMembers?.length)
			await db
				.insert(organisationMembers)
				.values(
					demo.groupMembers.map(([name, birthYear]) => ({ officeId, organisationId: created.id, name, birthYear }))
				);
	}
	await seedDemoRepresentatives(db, officeId);
}

/** The demo representative keeps "Млади Ивањице"; the demo young person waits for a decision on a claim. */
async function seedDemoRepresentatives(db: Database, officeId: string): Promise<void> {
	const people = await db
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(inArray(users.email, ['udruzenje@demo.kzm.test', 'mlada@demo.kzm.test']));
	const byEmail = new Map(people.map((person) => [person.email, person.id]));
	const slugs = await db
		.select({ id: organisations.id, slug: organisations.slug })
		.from(organisations)
		.where(
			and(
				eq(organisations.officeId, officeId),
				inArray(organisations.slug, ['udruzenje-mladi-ivanjice', 'neformalna-grupa-kreativni-kutak'])
			)
		);
	const bySlug = new Map(slugs.map((row) => [row.slug, row.id]));
	const representative = byEmail.get('udruzenje@demo.kzm.test');
	const association = bySlug.get('udruzenje-mladi-ivanjice');
	if (representative && association)
		await db
			.insert(organisationRepresentatives)
			.values({
				organisationId: association,
				userId: representative,
				officeId,
				status: 'approved',
				message: 'Председница удружења',
				decidedAt: new Date('2026-02-01T09:00:00Z')
			})
			.onConflictDoNothing();
	const claimant = byEmail.get('mlada@demo.kzm.test');
	const group = bySlug.get('neformalna-grupa-kreativni-kutak');
	if (claimant && group)
		await db
			.insert(organisationRepresentatives)
			.values({
				organisationId: group,
				userId: claimant,
				officeId,
				message: 'Чланица групе\n\nВодим наш профил на друштвеним мрежама и могу да ажурирам податке.'
			})
			.onConflictDoNothing();
}

/** Removes the demo directory (contacts, members, claims, history and confirmations go with it). */
export async function removeDemoOrganisations(db: Database, officeId: string): Promise<void> {
	await db.delete(organisations).where(and(eq(organisations.officeId, officeId), eq(organisations.isDemo, true)));
}
