// Demo news for the demo office: invented articles written for this platform (the facts about the
// office are Ivanjica's), with illustrations drawn here from simple shapes, so nothing is downloaded.
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { newsArticles, newsCategories, newsRevisions } from './schema.ts';
import type { Database } from '../../server/db/client.ts';
import { sanitizeRichText } from '../../server/html.ts';
import { importImage } from '../media/commands/import-image.server.ts';
import { searchTextOf } from './article-data.server.ts';

const DEMO_CATEGORIES = [
	{ slug: 'obrazovanje', name: 'Образовање', nameEn: 'Education' },
	{ slug: 'karijera', name: 'Каријера и посао', nameEn: 'Careers and jobs' },
	{ slug: 'volontiranje', name: 'Волонтирање', nameEn: 'Volunteering' },
	{ slug: 'ucesce-mladih', name: 'Учешће младих', nameEn: 'Youth participation' }
] as const;

type CategorySlug = (typeof DEMO_CATEGORIES)[number]['slug'];

const W = 1200;
const H = 675;

/** Illustrations as SVG: hills at sunrise, a circle of people, and a desk with a book and a laptop. */
const DEMO_IMAGES = {
	hills: {
		alt: 'Илустрација: зелена брда испод наранџастог неба у свитање',
		altEn: 'Illustration: green hills under an orange sky at dawn',
		svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
			<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fbbf24"/><stop offset="1" stop-color="#f97316"/></linearGradient></defs>
			<rect width="${W}" height="${H}" fill="url(#sky)"/>
			<circle cx="820" cy="330" r="110" fill="#fde68a"/>
			<path d="M0 420 Q200 300 420 400 T860 380 T1200 360 V675 H0Z" fill="#4d7c0f"/>
			<path d="M0 500 Q260 400 560 490 T1200 470 V675 H0Z" fill="#3f6212"/>
			<path d="M0 590 Q300 520 640 585 T1200 560 V675 H0Z" fill="#1a2e05"/>
		</svg>`
	},
	circle: {
		alt: 'Илустрација: шест шарених фигура држе се за руке у кругу',
		altEn: 'Illustration: six colourful figures holding hands in a circle',
		svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
			<rect width="${W}" height="${H}" fill="#1d4e89"/>
			<circle cx="600" cy="338" r="200" fill="none" stroke="#93c5fd" stroke-width="14"/>
			${['#f43f5e', '#f59e0b', '#22c55e', '#06b6d4', '#a855f7', '#facc15']
				.map((colour, index) => {
					const angle = (index / 6) * Math.PI * 2;
					const x = Math.round(600 + Math.cos(angle) * 200);
					const y = Math.round(338 + Math.sin(angle) * 200);
					return `<circle cx="${x}" cy="${y - 46}" r="30" fill="${colour}"/><rect x="${x - 32}" y="${y - 12}" width="64" height="90" rx="28" fill="${colour}"/>`;
				})
				.join('')}
		</svg>`
	},
	desk: {
		alt: 'Илустрација: отворена књига, лаптоп и шоља на радном столу',
		altEn: 'Illustration: an open book, a laptop and a mug on a desk',
		svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
			<rect width="${W}" height="${H}" fill="#e0f2fe"/>
			<rect y="470" width="${W}" height="205" fill="#92400e"/>
			<rect x="610" y="210" width="400" height="250" rx="14" fill="#334155"/>
			<rect x="632" y="232" width="356" height="206" fill="#38bdf8"/>
			<rect x="570" y="458" width="480" height="24" rx="8" fill="#475569"/>
			<path d="M170 470 L370 430 L370 300 L170 340Z" fill="#fff7ed" stroke="#9a3412" stroke-width="6"/>
			<path d="M370 430 L570 470 L570 340 L370 300Z" fill="#ffedd5" stroke="#9a3412" stroke-width="6"/>
			<rect x="1060" y="390" width="70" height="80" rx="10" fill="#dc2626"/>
			<path d="M1130 410 q36 20 0 44" fill="none" stroke="#dc2626" stroke-width="10"/>
		</svg>`
	}
} as const;

type ImageKey = keyof typeof DEMO_IMAGES;

interface DemoArticle {
	slug: string;
	title: string;
	titleEn?: string;
	summary: string;
	summaryEn?: string;
	body: string;
	bodyEn?: string;
	category: CategorySlug;
	tags: string[];
	image?: ImageKey;
	/** Days before today it was published; negative means scheduled for the future; null is a draft. */
	daysAgo: number | null;
}

const DEMO_ARTICLES: DemoArticle[] = [
	{
		slug: 'besplatni-kursevi-programiranja-i-dizajna',
		title: 'Бесплатни курсеви програмирања и дизајна за младе',
		titleEn: 'Free programming and design courses for young people',
		summary:
			'Канцеларија за младе организује два бесплатна курса за средњошколце и студенте, по десет недеља. Пријаве су отворене до краја месеца.',
		summaryEn:
			'The youth office runs two free ten-week courses for secondary school and university students. Applications are open until the end of the month.',
		body: `<p>Искористите слободна поподнева да научите нешто што ће вам користити у школи и на првом послу. Канцеларија за младе, у сарадњи са локалним ИТ предузећима, организује два курса: <strong>увод у програмирање</strong> и <strong>основе графичког дизајна</strong>.</p>
<h2>Коме су курсеви намењени</h2>
<p>Курсеви су намењени младима од 15 до 24 године који живе или се школују у општини Ивањица. Претходно знање није потребно, а лаптоп можете позајмити у канцеларији.</p>
<ul><li>Увод у програмирање: сваког уторка и четвртка од 17 до 19 часова</li><li>Основе графичког дизајна: сваке среде од 16 до 19 часова</li></ul>
<p>Полазници који заврше курс добијају потврду о неформалном образовању.</p>`,
		bodyEn: `<p>Use your free afternoons to learn something useful at school and in your first job. Together with local IT companies, the youth office runs two courses: <strong>an introduction to programming</strong> and <strong>graphic design basics</strong>.</p>
<h2>Who the courses are for</h2>
<p>The courses are for people aged 15 to 24 who live or study in the municipality of Ivanjica. No previous knowledge is needed, and you can borrow a laptop at the office.</p>
<ul><li>Introduction to programming: every Tuesday and Thursday, 17:00–19:00</li><li>Graphic design basics: every Wednesday, 16:00–19:00</li></ul>
<p>Everyone who completes a course receives a certificate of non-formal education.</p>`,
		category: 'obrazovanje',
		tags: ['курсеви', 'програмирање', 'дизајн'],
		image: 'desk',
		daysAgo: 4
	},
	{
		slug: 'volonterski-servis-ivanjica-cacak-prijepolje',
		title: 'Заједнички волонтерски сервис Ивањице, Чачка и Пријепоља',
		titleEn: 'A joint volunteer service for Ivanjica, Čačak and Prijepolje',
		summary:
			'Три општине граде заједнички волонтерски сервис уз подршку Министарства туризма и омладине. Први позив за волонтере очекујемо у наредним месецима.',
		summaryEn:
			'Three municipalities are building a joint volunteer service with support from the Ministry of Tourism and Youth. The first call for volunteers is expected in the coming months.',
		body: `<p>Канцеларије за младе из Ивањице, Чачка и Пријепоља удружиле су се да направе волонтерски сервис који повезује младе са удружењима, школама и установама којима је потребна помоћ.</p>
<p>Сервис ће водити евиденцију волонтерских места, помагати у склапању уговора о волонтирању и издавати волонтерске књижице. Волонтери млађи од 18 година могу се укључити уз писану сагласност родитеља.</p>
<blockquote><p>Желимо да сваки млади човек који жели да помогне зна где може да почне.</p></blockquote>
<p>Пројекат финансира Министарство туризма и омладине.</p>`,
		bodyEn: `<p>The youth offices of Ivanjica, Čačak and Prijepolje have joined forces to build a volunteer service that connects young people with associations, schools and institutions that need a hand.</p>
<p>The service will keep a register of volunteering places, help with volunteering contracts and issue volunteer books. Volunteers under 18 can take part with written consent from a parent.</p>
<blockquote><p>We want every young person who wants to help to know where to start.</p></blockquote>
<p>The project is funded by the Ministry of Tourism and Youth.</p>`,
		category: 'volontiranje',
		tags: ['волонтери', 'сарадња'],
		image: 'circle',
		daysAgo: 11
	},
	{
		slug: 'novo-predsednistvo-omladinskog-parlamenta',
		title: 'Локални омладински парламент изабрао ново председништво',
		summary:
			'На седници у сали општине млади парламентарци изабрали су нову председницу и два потпредседника за наредне две године.',
		body: `<p>Локални омладински парламент одржао је изборну седницу на којој је учествовало 34 делегата из свих средњих школа и месних заједница.</p>
<p>За председницу је изабрана ученица Гимназије, а за потпредседнике студент економије и волонтер Црвеног крста. Ново председништво најавило је да ће прве месеце посветити превозу ученика из села и простору за младе у центру града.</p>
<h2>Како да се укључите</h2>
<p>Седнице парламента су отворене. Ако имате између 15 и 30 година и желите да предложите тему, пишите канцеларији или дођите на следећу седницу.</p>`,
		category: 'ucesce-mladih',
		tags: ['парламент', 'избори'],
		image: 'circle',
		daysAgo: 19
	},
	{
		slug: 'radionica-biografija-i-motivaciono-pismo',
		title: 'Радионица: биографија и мотивационо писмо који отварају врата',
		summary: 'Практична радионица у два сусрета за младе који траже први посао, праксу или стипендију.',
		body: `<p>Како да на једној страни покажете шта знате? На радионици ћемо заједно написати биографију и мотивационо писмо, а затим их вежбати на симулацији разговора за посао.</p>
<ol><li>Први сусрет: биографија, вештине и искуство из волонтирања</li><li>Други сусрет: мотивационо писмо и разговор за посао</li></ol>
<p>Радионицу води саветница за каријерно вођење. Број места је ограничен на 15, а пријаве примамо лично у канцеларији или телефоном.</p>`,
		category: 'karijera',
		tags: ['каријерно вођење', 'радионица'],
		daysAgo: 27
	},
	{
		slug: 'istrazivanje-potreba-mladih',
		title: 'Шта младима у Ивањици највише недостаје: резултати истраживања',
		titleEn: 'What young people in Ivanjica miss most: survey results',
		summary:
			'Више од 600 младих попунило је упитник о потребама. Резултати ће бити основа за ревизију Локалног акционог плана за младе.',
		summaryEn:
			'More than 600 young people answered the needs survey. The results will be the basis for revising the Local Action Plan for Youth.',
		body: `<p>Као и сваке године, канцеларија је истражила шта младима треба. Упитник је попунило 612 младих, а са 40 њих разговарали смо у фокус групама.</p>
<h2>Најважнији налази</h2>
<ul><li>Више од половине младих жели више практичне наставе и праксе код послодаваца.</li><li>Млади из села истичу превоз као највећу препреку.</li><li>Скоро трећина би волонтирала када би знала где.</li></ul>
<p>Налази ће бити представљени на јавној седници Савета за младе, а затим уграђени у ревизију Локалног акционог плана за младе.</p>`,
		bodyEn: `<p>As every year, the office researched what young people need. 612 young people answered the questionnaire, and we talked with 40 of them in focus groups.</p>
<h2>Key findings</h2>
<ul><li>More than half want more practical learning and internships with employers.</li><li>Young people from villages name transport as the biggest obstacle.</li><li>Almost a third would volunteer if they knew where.</li></ul>
<p>The findings will be presented at a public session of the Youth Council and then built into the revision of the Local Action Plan for Youth.</p>`,
		category: 'ucesce-mladih',
		tags: ['истраживање', 'акциони план'],
		image: 'hills',
		daysAgo: 36
	},
	{
		slug: 'konkurs-za-neformalne-grupe-mladih',
		title: 'Отворен конкурс за пројекте неформалних група младих',
		summary:
			'Групе од најмање пет младих могу добити до 200.000 динара за пројекат у својој заједници. Пријаве само преко онлајн обрасца.',
		body: `<p>Општина Ивањица расписује конкурс за подршку пројектима неформалних група младих. Групу чини најмање пет особа од 15 до 30 година, од којих је бар једна пунолетна.</p>
<p>Пројекат може трајати до шест месеци, а износ подршке је до 200.000 динара по групи. Предност имају пројекти који укључују младе из осетљивих група.</p>
<p>Пријаве се подносе искључиво преко онлајн обрасца. Саветовање око писања пројекта сваког петка у канцеларији.</p>`,
		category: 'ucesce-mladih',
		tags: ['конкурс', 'пројекти'],
		daysAgo: 48
	},
	{
		slug: 'sajam-zaposljavanja-mladih',
		title: 'Сајам запошљавања за младе у Дому културе',
		titleEn: 'Youth job fair at the House of Culture',
		summary: 'Двадесет послодаваца из општине представило је слободна радна места, праксе и програме обуке.',
		summaryEn: 'Twenty employers from the municipality presented open jobs, internships and training programmes.',
		body: `<p>Сајам запошљавања, који канцеларија организује са Националном службом за запошљавање, посетило је око 300 младих.</p>
<p>Послодавци из дрвне индустрије, туризма, трговине и услуга понудили су више од 60 радних места и 25 места за праксу. Млади су могли да на лицу места провере своју биографију код саветника за каријеру.</p>`,
		bodyEn: `<p>Around 300 young people visited the job fair the office organises with the National Employment Service.</p>
<p>Employers from the wood industry, tourism, retail and services offered more than 60 jobs and 25 internships. Young people could have their CV checked by a careers adviser on the spot.</p>`,
		category: 'karijera',
		tags: ['посао', 'пракса'],
		daysAgo: 60
	},
	{
		slug: 'priznanja-za-mlade-volontere',
		title: 'Признања за 40 младих волонтера',
		summary:
			'На годишњем окупљању волонтера канцеларија је захвалила младима који су током године помагали суграђанима.',
		body: `<p>Четрдесет младих волонтера добило је захвалнице за рад у народној кухињи, на уређењу школских дворишта и у помоћи старијим суграђанима.</p>
<p>Заједно су током године уложили више од 2.500 волонтерских сати. Најактивнији су добили и волонтерске картице које доносе попусте у локалним радњама и бесплатан улаз на догађаје.</p>`,
		category: 'volontiranje',
		tags: ['волонтери', 'признања'],
		image: 'circle',
		daysAgo: 74
	},
	{
		slug: 'erasmus-info-dan',
		title: 'Erasmus+ инфо дан: размене, волонтирање и учење у Европи',
		titleEn: 'Erasmus+ info day: exchanges, volunteering and learning in Europe',
		summary: 'Сазнајте како да бесплатно учествујете у омладинским разменама и Европским снагама солидарности.',
		summaryEn: 'Find out how to take part in youth exchanges and the European Solidarity Corps for free.',
		body: `<p>На инфо дану представићемо могућности програма Erasmus+ и Европских снага солидарности: омладинске размене, волонтерске пројекте и обуке у иностранству.</p>
<p>О својим искуствима говориће млади из Ивањице који су волонтирали у Португалији и учествовали у размени у Пољској. Путни трошкови и смештај у овим програмима најчешће су покривени.</p>`,
		bodyEn: `<p>At the info day we will present the opportunities of Erasmus+ and the European Solidarity Corps: youth exchanges, volunteering projects and trainings abroad.</p>
<p>Young people from Ivanjica who volunteered in Portugal and took part in an exchange in Poland will share their experience. Travel and accommodation are usually covered in these programmes.</p>`,
		category: 'obrazovanje',
		tags: ['Erasmus+', 'мобилност'],
		image: 'hills',
		daysAgo: 88
	},
	{
		slug: 'tribina-mentalno-zdravlje-mladih',
		title: 'Трибина о менталном здрављу младих',
		summary: 'Психолози Дома здравља и ученици разговарали су о стресу, испитима и томе где потражити подршку.',
		body: `<p>У сали Гимназије одржана је трибина о менталном здрављу, коју је канцеларија организовала са Домом здравља и Ученичким парламентом.</p>
<p>Разговарало се о стресу пред испите, вршњачком насиљу и друштвеним мрежама. Учесници су добили списак места у општини где могу бесплатно и поверљиво потражити помоћ.</p>`,
		category: 'obrazovanje',
		tags: ['здравље', 'трибина'],
		daysAgo: 103
	},
	{
		slug: 'omladinski-klub-novi-termini',
		title: 'Омладински клуб од следеће недеље ради и суботом',
		summary: 'На захтев младих клуб ће суботом бити отворен од 10 до 18 часова.',
		body: `<p>Омладински клуб од следеће недеље ради и суботом, од 10 до 18 часова. Суботом ће бити друштвене игре, филмско вече једном месечно и простор за учење.</p>`,
		category: 'ucesce-mladih',
		tags: ['омладински клуб'],
		daysAgo: -6
	},
	{
		slug: 'plan-rada-za-sledecu-godinu',
		title: 'План рада канцеларије за следећу годину (нацрт)',
		summary: 'Нацрт плана рада, пре него што га пошаљемо Савету за младе.',
		body: `<p>Нацрт плана рада: образовни програми, каријерно вођење, волонтерски сервис и подршка Локалном омладинском парламенту.</p>`,
		category: 'ucesce-mladih',
		tags: ['план рада'],
		daysAgo: null
	}
];

async function renderIllustration(svg: string): Promise<Uint8Array> {
	const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
	return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The demo office's news: four categories, three illustrations and twelve articles (one scheduled, one draft). */
export async function seedDemoNews(db: Database, officeId: string): Promise<void> {
	const categories = await db
		.insert(newsCategories)
		.values(DEMO_CATEGORIES.map((category, index) => ({ ...category, officeId, sortOrder: index, isDemo: true })))
		.returning({ id: newsCategories.id, slug: newsCategories.slug });
	const categoryIds = new Map(categories.map((category) => [category.slug, category.id]));

	const imageIds = new Map<ImageKey, string>();
	for (const [key, image] of Object.entries(DEMO_IMAGES) as [ImageKey, (typeof DEMO_IMAGES)[ImageKey]][]) {
		const { mediaId } = await importImage(db, {
			officeId,
			bytes: await renderIllustration(image.svg),
			fileName: `demo-${key}.png`,
			alt: image.alt,
			altEn: image.altEn,
			isDemo: true
		});
		imageIds.set(key, mediaId);
	}

	const day = 24 * 3600_000;
	const now = Date.now();
	for (const article of DEMO_ARTICLES) {
		const body = sanitizeRichText(article.body);
		const bodyEn = sanitizeRichText(article.bodyEn ?? '');
		// Published at 10:00 on the day, so the demo reads like an office's real rhythm.
		const publishAt =
			article.daysAgo === null ? null : new Date(Math.floor((now - article.daysAgo * day) / day) * day + 8 * 3600_000);
		const values = {
			officeId,
			slug: article.slug,
			title: article.title,
			titleEn: article.titleEn ?? '',
			summary: article.summary,
			summaryEn: article.summaryEn ?? '',
			body,
			bodyEn,
			searchText: searchTextOf(body, bodyEn),
			categoryId: categoryIds.get(article.category) ?? null,
			coverMediaId: article.image ? (imageIds.get(article.image) ?? null) : null,
			tags: article.tags,
			status: article.daysAgo === null ? ('draft' as const) : ('published' as const),
			publishAt,
			isDemo: true,
			createdAt: publishAt && publishAt.getTime() < now ? publishAt : new Date(now),
			updatedAt: publishAt && publishAt.getTime() < now ? publishAt : new Date(now)
		};
		const [created] = await db.insert(newsArticles).values(values).returning({ id: newsArticles.id });
		const { officeId: _office, isDemo: _demo, searchText: _text, createdAt: _created, updatedAt, ...snapshot } = values;
		void _office;
		void _demo;
		void _text;
		void _created;
		await db.insert(newsRevisions).values({
			articleId: created.id,
			officeId,
			snapshot: { ...snapshot, publishAt: publishAt?.toISOString() ?? null },
			editedByLabel: 'Демо',
			editedAt: updatedAt
		});
	}
}

/** Deletes the demo articles (with their revisions) and the demo categories of an office. */
export async function removeDemoNews(db: Database, officeId: string): Promise<void> {
	await db.delete(newsArticles).where(and(eq(newsArticles.officeId, officeId), eq(newsArticles.isDemo, true)));
	await db.delete(newsCategories).where(and(eq(newsCategories.officeId, officeId), eq(newsCategories.isDemo, true)));
}
