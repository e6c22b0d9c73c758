import { and, eq } from 'drizzle-orm';
import { pages } from './schema.ts';
import type { Database } from '../../server/db/client.ts';
import { paragraphsToHtml } from '../../server/html.ts';
import { searchTextOf } from './page-rules.server.ts';

// Demo texts written for this platform; the facts (founding date, awards) are Ivanjica's.
const DEMO_PAGES = [
	{
		slug: 'o-nama',
		title: 'О канцеларији',
		titleEn: 'About the office',
		body: 'Канцеларија за младе ради у оквиру општинске управе од фебруара 2009. године. Настала је уз подршку министарства задуженог за младе и међународног пројекта који је јачао учешће младих у локалној заједници.\n\nНаш посао је да младима од 15 до 30 година буде лакше да уче, пронађу посао, стварају и утичу на одлуке које их се тичу. Радимо са школама, удружењима, институцијама и привредом.\n\nКанцеларија је три пута добила националну награду за најбољу канцеларију за младе у Србији.',
		bodyEn:
			'The youth office has worked within the municipal administration since February 2009. It was founded with the support of the ministry in charge of youth and an international project that strengthened young people’s participation in local life.\n\nOur job is to make it easier for people aged 15 to 30 to learn, find work, create and influence the decisions that concern them. We work with schools, associations, institutions and businesses.\n\nThe office has won the national award for the best youth office in Serbia three times.'
	},
	{
		slug: 'programi',
		title: 'Шта радимо',
		titleEn: 'What we do',
		body: 'Наши програми окупљају се око три области: образовање, каријерно вођење и креативно изражавање.\n\nОрганизујемо радионице и курсеве, помажемо младима да изаберу школу и занимање, подржавамо младе уметнике и волонтере. Локални омладински парламент је место где млади сами предлажу шта канцеларија треба да ради.\n\nСваке године истражујемо потребе младих и према њима мењамо Локални акциони план за младе.',
		bodyEn:
			'Our programmes gather around three areas: education, career guidance and creative expression.\n\nWe run workshops and courses, help young people choose a school and a career, and support young artists and volunteers. The Local Youth Parliament is where young people themselves propose what the office should do.\n\nEvery year we research young people’s needs and revise the Local Action Plan for Youth accordingly.'
	},
	{
		slug: 'zastita-podataka',
		title: 'Заштита података о личности',
		titleEn: 'Personal data protection',
		body: 'Чувамо само податке који су нам потребни за оно за шта сте се пријавили, и то онолико дуго колико је потребно.\n\nАко имате мање од 15 година, за пријаву на наше онлајн услуге потребна је сагласност родитеља. Податке о етничкој припадности или здрављу прикупљамо само уз вашу изричиту сагласност и објављујемо их само збирно.\n\nИмате право да видите своје податке, исправите их, затражите брисање или преузмете копију. Обратите се лицу за заштиту података о личности чији је контакт у подножју странице.',
		bodyEn:
			'We keep only the data we need for what you signed up for, and only as long as needed.\n\nIf you are under 15, a parent’s consent is needed to use our online services. We collect data on ethnicity or health only with your explicit consent and publish it only as totals.\n\nYou have the right to see your data, correct it, ask for it to be deleted or take a copy. Contact the data protection officer listed at the foot of the page.'
	}
];

/** The demo office's pages, stored as the editor would: sanitised HTML with its text kept for search. */
export async function seedDemoPages(db: Database, officeId: string): Promise<void> {
	await db.insert(pages).values(
		DEMO_PAGES.map((page, index) => {
			const body = paragraphsToHtml(page.body);
			const bodyEn = paragraphsToHtml(page.bodyEn);
			return {
				...page,
				body,
				bodyEn,
				searchText: searchTextOf(body, bodyEn),
				officeId,
				sortOrder: index,
				isDemo: true
			};
		})
	);
}

/** Deletes the demo pages of an office. */
export async function removeDemoPages(db: Database, officeId: string): Promise<void> {
	await db.delete(pages).where(and(eq(pages.officeId, officeId), eq(pages.isDemo, true)));
}
