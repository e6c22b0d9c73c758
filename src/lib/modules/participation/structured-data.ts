// schema.org JSON-LD for participation pages. An initiative is a CreativeWork (schema.org has no
// "citizen proposal"; its pending Project type is not understood by validators yet): the proposal's
// text, who made it (a group or a named person; an anonymous young person is left out), the office
// that publishes it, its status and the supports as an interaction count.

export interface InitiativeStructuredDataInput {
	title: string;
	problem: string;
	proposal: string;
	url: string;
	locale: string;
	/** The status as the reader sees it (a label in the page's language). */
	statusLabel: string;
	categoryName: string | null;
	author: { kind: 'group' | 'name' | 'anonymous'; text: string };
	publishedAt: Date | null;
	modifiedAt: Date | null;
	supportCount: number;
	imageUrls: string[];
	officeName: string;
	officeUrl: string;
}

/** At most this many characters of a long text go into the description. */
const DESCRIPTION_LENGTH = 300;

const shorten = (text: string) =>
	text.length > DESCRIPTION_LENGTH ? `${text.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…` : text;

/** The JSON-LD object for one published initiative. */
export function initiativeStructuredData(input: InitiativeStructuredDataInput): Record<string, unknown> {
	const creator =
		input.author.kind === 'group'
			? { '@type': 'Organization', name: input.author.text }
			: input.author.kind === 'name'
				? { '@type': 'Person', name: input.author.text }
				: undefined;
	return {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		name: input.title,
		description: shorten(input.problem),
		text: input.proposal,
		url: input.url,
		inLanguage: input.locale,
		creativeWorkStatus: input.statusLabel,
		...(input.categoryName ? { about: input.categoryName } : {}),
		...(creator ? { creator } : {}),
		...(input.publishedAt ? { datePublished: input.publishedAt.toISOString() } : {}),
		...(input.modifiedAt ? { dateModified: input.modifiedAt.toISOString() } : {}),
		...(input.imageUrls.length > 0 ? { image: input.imageUrls } : {}),
		publisher: { '@type': 'GovernmentOrganization', name: input.officeName, url: input.officeUrl },
		interactionStatistic: {
			'@type': 'InteractionCounter',
			interactionType: 'https://schema.org/LikeAction',
			userInteractionCount: input.supportCount
		}
	};
}

/** The projects of a budget round as an ItemList of CreativeWorks (the cost stays on the page: no schema.org property fits). */
export function budgetStructuredData(input: {
	title: string;
	url: string;
	locale: string;
	projects: { title: string; description: string; imageUrl: string | null }[];
}): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		name: input.title,
		url: input.url,
		numberOfItems: input.projects.length,
		itemListElement: input.projects.map((project, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			item: {
				'@type': 'CreativeWork',
				name: project.title,
				description: shorten(project.description),
				inLanguage: input.locale,
				...(project.imageUrl ? { image: project.imageUrl } : {})
			}
		}))
	};
}
