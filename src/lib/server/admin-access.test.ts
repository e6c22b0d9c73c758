import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Issue 14.5: every back-office load, action and endpoint checks access itself, in its first
// lines, so a request that skips the layout (a `__data.json`, an action, an endpoint) or a hook
// changed one day still cannot reach data. Walks the route tree, so a new route is covered
// without anyone adding it to a list.

const ADMIN_ROUTES = join(import.meta.dirname, '../../routes/admin');
const SERVER_FILES = new Set(['+page.server.ts', '+layout.server.ts', '+server.ts']);
const HANDLERS = new Set(['load', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'fallback']);

function serverFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return serverFiles(path);
		return SERVER_FILES.has(entry.name) ? [path] : [];
	});
}

function isRequireAccessExpression(expression: ts.Expression | undefined): boolean {
	return !!expression && ts.isCallExpression(expression) && expression.expression.getText() === 'requireAccess';
}

/** `requireAccess(...)` on its own, or `const actor = requireAccess(...)`. */
function isRequireAccessCall(statement: ts.Statement): boolean {
	if (ts.isExpressionStatement(statement)) return isRequireAccessExpression(statement.expression);
	return (
		ts.isVariableStatement(statement) &&
		statement.declarationList.declarations.some((declaration) => isRequireAccessExpression(declaration.initializer))
	);
}

/** True when the function checks access before it awaits or returns anything. */
function checksFirst(node: ts.Expression | undefined): boolean {
	if (!node || !(ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return false;
	if (!ts.isBlock(node.body)) return false;
	for (const statement of node.body.statements) {
		if (isRequireAccessCall(statement)) return true;
		const text = statement.getText();
		if (/\bawait\b|\breturn\b/.test(text)) return false;
	}
	return false;
}

/** The exported handlers of one route file that do not check access first. */
export function unguardedHandlers(fileName: string, source: string): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const missing: string[] = [];
	for (const statement of file.statements) {
		if (ts.isFunctionDeclaration(statement) && statement.name && HANDLERS.has(statement.name.text)) {
			const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
			if (exported) missing.push(statement.name.text);
			continue;
		}
		if (!ts.isVariableStatement(statement)) continue;
		if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
		for (const declaration of statement.declarationList.declarations) {
			const name = declaration.name.getText();
			if (HANDLERS.has(name)) {
				if (!checksFirst(declaration.initializer)) missing.push(name);
			} else if (name === 'actions') {
				const actions = declaration.initializer;
				if (actions && ts.isCallExpression(actions) && actions.expression.getText() === 'requireAccessForActions') {
					continue;
				}
				if (!actions || !ts.isObjectLiteralExpression(actions)) {
					missing.push('actions');
					continue;
				}
				for (const property of actions.properties) {
					const ok = ts.isPropertyAssignment(property) && checksFirst(property.initializer);
					if (!ok) missing.push(`actions.${property.name?.getText() ?? '?'}`);
				}
			}
		}
	}
	return missing;
}

describe('every back-office load, action and endpoint checks access itself', () => {
	const files = serverFiles(ADMIN_ROUTES);

	it('finds the back-office route files', () => {
		expect(files.length).toBeGreaterThan(90);
	});

	it('has requireAccess first in each of them', () => {
		const missing = files.flatMap((path) =>
			unguardedHandlers(path, readFileSync(path, 'utf8')).map((name) => `${relative(ADMIN_ROUTES, path)}: ${name}`)
		);
		expect(missing).toEqual([]);
	});

	it('catches a load, an action and an endpoint that forget it', () => {
		const source = `
			export const load = async ({ locals }) => { const rows = await list(locals); requireAccess(locals.actor); return rows; };
			export const actions = {
				save: async ({ locals }) => { requireAccess(locals.actor); await save(); },
				remove: async ({ locals }) => { await remove(); },
				other: makeAction()
			};
			export const GET = (event) => listJson(event);
			export async function POST() { return new Response(); }
		`;
		expect(unguardedHandlers('x.ts', source)).toEqual(['load', 'actions.remove', 'actions.other', 'GET', 'POST']);
		expect(unguardedHandlers('y.ts', 'export const actions = shared();')).toEqual(['actions']);
		expect(unguardedHandlers('z.ts', 'export const actions = requireAccessForActions(shared());')).toEqual([]);
	});
});
