// The platform's routes read from src/routes (not a hand list), for tests that must cover every one.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface RouteInfo {
	/** The URL pattern with parameters, e.g. /admin/events/[id]/registrations. */
	pattern: string;
	kind: 'page' | 'endpoint';
	/** Named form actions of a page ('default' for a page with one unnamed action). */
	actions: string[];
	/** Parameter names in order of appearance. */
	params: string[];
}

const ROOT = path.resolve('src/routes');

function actionNames(file: string): string[] {
	if (!existsSync(file)) return [];
	const source = readFileSync(file, 'utf8');
	const start = source.indexOf('export const actions');
	if (start < 0) return [];
	// Action names are the keys at one tab of indentation inside the actions object.
	return [...source.slice(start).matchAll(/^\t(\w+)\s*[:(]/gm)].map((match) => match[1]);
}

/** Every page and endpoint under src/routes. */
export function listRoutes(): RouteInfo[] {
	const routes: RouteInfo[] = [];
	const walk = (directory: string, segments: string[]) => {
		const entries = readdirSync(directory, { withFileTypes: true });
		const names = new Set(entries.map((entry) => entry.name));
		const visible = segments.filter((segment) => !/^\(.*\)$/.test(segment));
		const pattern = '/' + visible.join('/');
		const params = visible.flatMap((segment) =>
			[...segment.matchAll(/\[+(?:\.\.\.)?(\w+)(?:=\w+)?\]+/g)].map((m) => m[1])
		);
		if (names.has('+page.svelte')) {
			routes.push({ pattern, kind: 'page', actions: actionNames(path.join(directory, '+page.server.ts')), params });
		}
		if (names.has('+server.ts')) routes.push({ pattern, kind: 'endpoint', actions: [], params });
		for (const entry of entries) {
			if (entry.isDirectory()) walk(path.join(directory, entry.name), [...segments, entry.name]);
		}
	};
	walk(ROOT, []);
	return routes;
}

/** A regular expression matching concrete paths of a pattern (to find real examples while crawling). */
export function patternRegExp(pattern: string): RegExp {
	const source = pattern
		.split('/')
		.map((segment) => (segment.includes('[') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
		.join('/');
	return new RegExp(`^${source === '' ? '/' : source}$`);
}

/** A concrete path for a pattern with every parameter replaced by the given value. */
export function fillPattern(pattern: string, value: (name: string) => string): string {
	return pattern.replace(/\[+(?:\.\.\.)?(\w+)(?:=\w+)?\]+/g, (_, name: string) => value(name)) || '/';
}
