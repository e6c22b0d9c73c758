import { describe, expect, it } from 'vitest';
import { adminNavigationFor, manifests } from './registry.server.ts';
import { groupAdminNavigation } from '../server/admin-navigation.ts';
import { ADMIN_NAV_GROUPS, type AdminNavEntry } from '../server/manifest.ts';
import { findCurrentNavHref } from '../ui/admin-navigation.ts';
import { canAccessAdmin, type Actor } from '../server/actor.ts';
import { ROLES, type Role } from '../server/db/core-schema.ts';
import { messageDefinitions } from './messages.ts';

const actor = (roles: Role[]): Actor => ({ userId: 'u', name: 'N', email: 'e', roles, isDemo: false });
const flat = (roles: Role[]) => adminNavigationFor(actor(roles)).flatMap((section) => section.entries);
const hrefsFor = (roles: Role[]) => flat(roles).map((entry) => entry.href);
const allEntries = manifests.flatMap((manifest) => manifest.adminNav ?? []);

describe('adminNavigationFor', () => {
	it('shows an administrator the people, settings, audit log and outbox sections', () => {
		expect(hrefsFor(['administrator'])).toEqual(
			expect.arrayContaining(['/admin/settings', '/admin/users', '/admin/audit', '/admin/outbox'])
		);
	});

	it('shows a coordinator the settings, people and outbox but not the audit log', () => {
		const hrefs = hrefsFor(['coordinator']);
		expect(hrefs).toEqual(expect.arrayContaining(['/admin/settings', '/admin/users', '/admin/outbox']));
		expect(hrefs).not.toContain('/admin/audit');
	});

	it('shows a youth worker none of the administrators’ or coordinators’ sections', () => {
		const hrefs = hrefsFor(['staff']);
		for (const href of ['/admin/settings', '/admin/users', '/admin/audit', '/admin/outbox'])
			expect(hrefs).not.toContain(href);
	});

	it.each(ROLES.filter((role) => !canAccessAdmin(actor([role]))).map((role) => [role]))(
		'shows a %s, who cannot open the back-office, no entry at all',
		(role) => {
			expect(hrefsFor([role])).toEqual([]);
		}
	);

	it('lists areas in their fixed order and entries in their declared order within an area, once each', () => {
		const sections = adminNavigationFor(actor([...ROLES]));
		const groups = sections.map((section) => section.group);
		expect(groups).toEqual(ADMIN_NAV_GROUPS.filter((group) => groups.includes(group)));
		const order = (href: string) => allEntries.find((entry) => entry.href === href)!.order;
		for (const section of sections) {
			const orders = section.entries.map((entry) => order(entry.href));
			expect(orders, section.group).toEqual([...orders].sort((a, b) => a - b));
			for (const entry of section.entries)
				expect(allEntries.find((declared) => declared.href === entry.href)!.group).toBe(section.group);
		}
		const entries = sections.flatMap((section) => section.entries);
		expect(new Set(entries.map((entry) => entry.href)).size).toBe(entries.length);
		expect(entries).toHaveLength(allEntries.length);
	});

	it('puts content, events, plan, directory and administration where a coordinator looks for them', () => {
		const groupOf = (href: string) =>
			adminNavigationFor(actor(['administrator'])).find((section) =>
				section.entries.some((entry) => entry.href === href)
			)?.group;
		expect(groupOf('/admin/news')).toBe('content');
		expect(groupOf('/admin/events')).toBe('events');
		expect(groupOf('/admin/action-plan')).toBe('plan');
		expect(groupOf('/admin/surveys')).toBe('plan');
		expect(groupOf('/admin/organisations/requests')).toBe('directory');
		expect(groupOf('/admin/statistics')).toBe('reports');
		expect(groupOf('/admin/users')).toBe('administration');
	});

	it('links only inside the back-office and labels every entry with a message that exists', () => {
		expect(allEntries.filter((entry) => !entry.href.startsWith('/admin/'))).toEqual([]);
		expect(allEntries.map((entry) => entry.labelKey).filter((key) => !(key in messageDefinitions))).toEqual([]);
	});

	it('labels every area of the navigation with a message that exists', () => {
		expect(ADMIN_NAV_GROUPS.filter((group) => !(`shell.navGroup.${group}` in messageDefinitions))).toEqual([]);
	});

	it('gives every module a unique name, and a remover for whatever demo content it seeds', () => {
		expect(new Set(manifests.map((manifest) => manifest.name)).size).toBe(manifests.length);
		for (const manifest of manifests) {
			if (manifest.seedDemo) expect(manifest.removeDemo, manifest.name).toBeTypeOf('function');
		}
	});
});

describe('groupAdminNavigation', () => {
	const entry = (href: string, group: AdminNavEntry['group'], order: number): AdminNavEntry => ({
		href,
		group,
		order,
		labelKey: 'x',
		isVisibleTo: () => true
	});

	it('leaves out areas with no entry and sorts ties by address', () => {
		const sections = groupAdminNavigation([
			entry('/admin/b', 'reports', 5),
			entry('/admin/a', 'reports', 5),
			entry('/admin/c', 'content', 9)
		]);
		expect(sections).toEqual([
			{ group: 'content', entries: [{ href: '/admin/c', labelKey: 'x' }] },
			{
				group: 'reports',
				entries: [
					{ href: '/admin/a', labelKey: 'x' },
					{ href: '/admin/b', labelKey: 'x' }
				]
			}
		]);
	});

	it('returns nothing for nothing', () => {
		expect(groupAdminNavigation([])).toEqual([]);
	});
});

describe('findCurrentNavHref', () => {
	const hrefs = ['/admin/organisations', '/admin/organisations/requests', '/admin/events'];

	it('marks the deepest entry holding the page', () => {
		expect(findCurrentNavHref('/admin/organisations/requests', hrefs)).toBe('/admin/organisations/requests');
		expect(findCurrentNavHref('/admin/organisations/requests/12', hrefs)).toBe('/admin/organisations/requests');
		expect(findCurrentNavHref('/admin/organisations/12', hrefs)).toBe('/admin/organisations');
		expect(findCurrentNavHref('/admin/events', hrefs)).toBe('/admin/events');
	});

	it('does not mark an entry whose address is only a prefix of another word', () => {
		expect(findCurrentNavHref('/admin/eventsx', hrefs)).toBeNull();
		expect(findCurrentNavHref('/admin', hrefs)).toBeNull();
	});
});
