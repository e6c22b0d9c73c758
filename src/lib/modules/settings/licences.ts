// Licences an office may publish its open data under (issue 19): the office setting stores the id.

/** Licence ids (SPDX identifiers), the first being the default. */
export const OPEN_DATA_LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0'] as const;
export type OpenDataLicence = (typeof OPEN_DATA_LICENCES)[number];
export const DEFAULT_OPEN_DATA_LICENCE: OpenDataLicence = 'CC-BY-4.0';

/** The licence's canonical address (what DCAT's `dct:license` and OpenAPI's `info.license.url` point to). */
export const LICENCE_URLS: Record<OpenDataLicence, string> = {
	'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
	'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
	'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/'
};

/** The office's licence, falling back to the default for a value no longer offered. */
export function openDataLicenceOf(office: { openDataLicence?: string | null } | null | undefined): OpenDataLicence {
	const value = office?.openDataLicence ?? '';
	return (OPEN_DATA_LICENCES as readonly string[]).includes(value)
		? (value as OpenDataLicence)
		: DEFAULT_OPEN_DATA_LICENCE;
}
