// schema.org JSON-LD for an opportunity page: a JobPosting for jobs and internships (the type search
// engines list as job offers), a CreativeWork with an audience and an expiry date for everything else.

export interface StructuredDataInput {
	type: string;
	title: string;
	description: string;
	url: string;
	locale: string;
	publishedAt: Date;
	deadline: Date | null;
	organiser: string;
	officeName: string;
	place: string;
	municipality: string;
	minAge: number | null;
	maxAge: number | null;
}

/** The JSON-LD object for one opportunity. */
export function opportunityStructuredData(input: StructuredDataInput): Record<string, unknown> {
	const publisher = { '@type': 'GovernmentOrganization', name: input.officeName };
	const organiser = input.organiser ? { '@type': 'Organization', name: input.organiser } : publisher;
	if (input.type === 'job' || input.type === 'internship') {
		return {
			'@context': 'https://schema.org',
			'@type': 'JobPosting',
			title: input.title,
			description: input.description || input.title,
			datePosted: input.publishedAt.toISOString(),
			...(input.deadline ? { validThrough: input.deadline.toISOString() } : {}),
			...(input.type === 'internship' ? { employmentType: 'INTERN' } : {}),
			hiringOrganization: organiser,
			jobLocation: {
				'@type': 'Place',
				address: { '@type': 'PostalAddress', addressLocality: input.place || input.municipality, addressCountry: 'RS' }
			},
			url: input.url,
			inLanguage: input.locale
		};
	}
	const audience =
		input.minAge !== null || input.maxAge !== null
			? {
					audience: {
						'@type': 'PeopleAudience',
						...(input.minAge !== null ? { suggestedMinAge: input.minAge } : {}),
						...(input.maxAge !== null ? { suggestedMaxAge: input.maxAge } : {})
					}
				}
			: {};
	return {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		name: input.title,
		...(input.description ? { description: input.description } : {}),
		datePublished: input.publishedAt.toISOString(),
		...(input.deadline ? { expires: input.deadline.toISOString() } : {}),
		provider: organiser,
		publisher,
		...audience,
		...(input.place ? { spatialCoverage: { '@type': 'Place', name: input.place } } : {}),
		url: input.url,
		inLanguage: input.locale
	};
}

export { jsonLdScript } from '../../ui/json-ld.ts';
