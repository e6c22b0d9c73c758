/**
 * A call as schema.org's MonetaryGrant: the money offered, who offers it, and the application period.
 * There is no type for a call for proposals; a grant with its amount and dates is the closest fit.
 */
export function callStructuredData(call: {
	title: string;
	description: string;
	url: string;
	locale: string;
	totalBudget: number;
	maxPerProject: number;
	opensAt: Date;
	closesAt: Date;
	funder: string;
}): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'MonetaryGrant',
		name: call.title,
		...(call.description ? { description: call.description } : {}),
		url: call.url,
		inLanguage: call.locale,
		amount: { '@type': 'MonetaryAmount', currency: 'RSD', value: call.totalBudget, maxValue: call.maxPerProject },
		funder: { '@type': 'GovernmentOrganization', name: call.funder },
		startDate: call.opensAt.toISOString(),
		endDate: call.closesAt.toISOString()
	};
}
