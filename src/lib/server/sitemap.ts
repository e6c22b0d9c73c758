import type { Database } from './db/client.ts';
import type { ModuleManifest, SitemapEntry } from './manifest.ts';
import { LOCALES, localizePath } from '../i18n/locale.ts';

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The home page plus every public address the modules report. */
export async function collectSitemapEntries(
	db: Database,
	officeId: string,
	modules: readonly ModuleManifest[]
): Promise<SitemapEntry[]> {
	const perModule = await Promise.all(
		modules.filter((module) => module.sitemap).map((module) => module.sitemap!(db, officeId))
	);
	return [{ path: '/', updatedAt: null }, ...perModule.flat()];
}

/** sitemap.xml with each address in all three locales, each listing its alternates. */
export function buildSitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
	const urls = entries.flatMap((entry) =>
		LOCALES.map((locale) => {
			const alternates = LOCALES.map(
				(other) =>
					`<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(origin + localizePath(entry.path, other))}"/>`
			).join('');
			const lastmod = entry.updatedAt ? `<lastmod>${entry.updatedAt.toISOString()}</lastmod>` : '';
			return `<url><loc>${escapeXml(origin + localizePath(entry.path, locale))}</loc>${lastmod}${alternates}</url>`;
		})
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
