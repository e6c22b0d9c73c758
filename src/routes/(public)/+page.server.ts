import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { navPages } = await parent();
	return { aboutPages: navPages.slice(0, 6) };
};
