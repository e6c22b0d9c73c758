import { describe, expect, it } from 'vitest';
import { adminNavigationFor, manifests } from './registry.server.ts';
import { canAccessAdmin, type Actor } from '../server/actor.ts';
import { ROLES, type Role } from '../server/db/core-schema.ts';
import { messageDefinitions } from './messages.ts';

const actor = (roles: Role[]): Actor => ({ userId: 'u', name: 'N', email: 'e', roles, isDemo: false });
const hrefsFor = (roles: Role[]) => adminNavigationFor(actor(roles)).map((entry) => entry.href);
const allEntries = manifests.flatMap((manifest) => manifest.adminNav ?? []);

describe('adminNavigationFor', () => {
	it('shows an administrator the people, settings, audit log and outbox sections', () => {
		expect(hrefsFor(['administrator'])).toEqual(
			expect.arrayContaining(['/admin/settings', '/admin/users', '/admin/audit', '/admin/outbox'])
		);
	});

	it('shows a coordinator the settings but not people, audit log or outbox', () => {
		const hrefs = hrefsFor(['coordinator']);
		expect(hrefs).toContain('/admin/settings');
		expect(hrefs).not.toContain('/admin/users');
		expect(hrefs).not.toContain('/admin/audit');
		expect(hrefs).not.toContain('/admin/outbox');
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

	it('lists entries in their declared order, once each', () => {
		const entries = adminNavigationFor(actor([...ROLES]));
		const order = (href: string) => allEntries.find((entry) => entry.href === href)!.order;
		const orders = entries.map((entry) => order(entry.href));
		expect(orders).toEqual([...orders].sort((a, b) => a - b));
		expect(new Set(entries.map((entry) => entry.href)).size).toBe(entries.length);
		expect(entries).toHaveLength(allEntries.length);
	});

	it('links only inside the back-office and labels every entry with a message that exists', () => {
		expect(allEntries.filter((entry) => !entry.href.startsWith('/admin/'))).toEqual([]);
		expect(allEntries.map((entry) => entry.labelKey).filter((key) => !(key in messageDefinitions))).toEqual([]);
	});

	it('gives every module a unique name, and a remover for whatever demo content it seeds', () => {
		expect(new Set(manifests.map((manifest) => manifest.name)).size).toBe(manifests.length);
		for (const manifest of manifests) {
			if (manifest.seedDemo) expect(manifest.removeDemo, manifest.name).toBeTypeOf('function');
		}
	});
});
