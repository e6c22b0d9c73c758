import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSION_MATRIX, renderPermissionMatrix } from './permission-matrix.server.ts';
import { ROLES, type Role } from '../server/db/core-schema.ts';
import type { Actor } from '../server/actor.ts';

const actor = (roles: Role[]): Actor => ({ userId: 'u', name: 'N', email: 'e', roles, isDemo: false });
const DOC = new URL('../../../docs/permissions.md', import.meta.url);
const BEGIN = '<!-- permission-matrix:begin -->';
const END = '<!-- permission-matrix:end -->';

// One case per cell of the matrix: a role that holds the capability passes its check, every other is refused.
describe.each(PERMISSION_MATRIX.map((capability) => [capability.key, capability] as const))(
	'%s',
	(_key, capability) => {
		it.each(ROLES.map((role) => [role, capability.roles.includes(role)] as const))(
			'%s: allowed = %s',
			(role, allowed) => {
				expect(capability.check(actor([role]))).toBe(allowed);
			}
		);
	}
);

describe('the permission matrix', () => {
	it('names every capability once', () => {
		const keys = PERMISSION_MATRIX.map((capability) => capability.key);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('is what docs/permissions.md shows (UPDATE_DOCS=1 rewrites the table)', () => {
		const doc = readFileSync(DOC, 'utf8');
		const start = doc.indexOf(BEGIN);
		const end = doc.indexOf(END);
		expect(start).toBeGreaterThan(-1);
		const table = `${BEGIN}\n${renderPermissionMatrix()}\n${END}`;
		if (process.env.UPDATE_DOCS) {
			writeFileSync(DOC, doc.slice(0, start) + table + doc.slice(end + END.length));
			return;
		}
		// Compared cell by cell, so prettier's column alignment does not count as a difference.
		const cells = (markdown: string) =>
			markdown
				.split('\n')
				.filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line))
				.map((line) => line.split('|').map((cell) => cell.trim()));
		expect(cells(doc.slice(start, end))).toEqual(cells(renderPermissionMatrix()));
	});
});
