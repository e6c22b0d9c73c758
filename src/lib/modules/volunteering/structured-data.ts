// schema.org for a volunteering opportunity: a JobPosting with employmentType VOLUNTEER is the
// type search engines read for volunteer roles; each coming shift is its own VolunteerAction-like Event.

export interface VolunteeringFacts {
	title: string;
	description: string;
	url: string;
	publishedAt: Date | null;
	organiser: string;
	place: string;
	municipality: string;
	isRemote: boolean;
	validThrough: Date | null;
}

/** The JSON-LD object for an opportunity's page. */
export function volunteeringStructuredData(facts: VolunteeringFacts): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'JobPosting',
		title: facts.title,
		description: facts.description || facts.title,
		url: facts.url,
		employmentType: 'VOLUNTEER',
		...(facts.publishedAt ? { datePosted: facts.publishedAt.toISOString() } : {}),
		...(facts.validThrough ? { validThrough: facts.validThrough.toISOString() } : {}),
		hiringOrganization: { '@type': 'Organization', name: facts.organiser },
		...(facts.isRemote
			? { jobLocationType: 'TELECOMMUTE' }
			: {
					jobLocation: {
						'@type': 'Place',
						address: {
							'@type': 'PostalAddress',
							streetAddress: facts.place,
							addressLocality: facts.municipality,
							addressCountry: 'RS'
						}
					}
				})
	};
}
