// The audit log reads as sentences (13.7): every action and every kind of record the source writes
// has words in the catalogue, so no code ever reaches a reader.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { auditEntityKey, auditVerbKey, describeAuditEntry } from './audit-sentence.ts';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
	});
}

/** Every `recordAudit` call's literal action and entity type in the source. */
function auditCallsInSource() {
	const actions = new Set<string>();
	const entities = new Set<string>();
	for (const file of sourceFiles('src')) {
		const text = readFileSync(file, 'utf8');
		for (const call of text.matchAll(/recordAudit\([\s\S]*?\}\)/g)) {
			const action = /action:\s*'([^']+)'/.exec(call[0])?.[1];
			const entity = /entityType:\s*'([^']+)'/.exec(call[0])?.[1];
			if (action) actions.add(action);
			if (entity) entities.add(entity);
		}
	}
	return { actions, entities };
}

describe('audit log sentences', () => {
	it('has a verb for every action and a name for every kind of record written in the source', () => {
		const { actions, entities } = auditCallsInSource();
		expect(actions.size).toBeGreaterThan(80);
		expect([...actions].filter((action) => auditVerbKey(action) === 'system.audit.verb.other')).toEqual([]);
		expect([...entities].filter((entity) => auditEntityKey(entity) === 'system.audit.entity.other')).toEqual([]);
	});

	it("names who did what to which record, in the reader's script, with a link", () => {
		const entry = {
			action: 'news.article.published',
			actorLabel: 'Јелена Петровић <koordinator@demo.kzm.test>',
			entityType: 'news_article',
			entityId: '00000000-0000-4000-8000-000000000001',
			details: { title: 'Дан младих' }
		};
		expect(describeAuditEntry(entry, createI18n('sr-Cyrl'))).toEqual({
			sentence: 'Јелена Петровић: објава — вест „Дан младих“',
			href: '/admin/news/00000000-0000-4000-8000-000000000001'
		});
		expect(describeAuditEntry(entry, createI18n('sr-Latn')).sentence).toBe(
			'Jelena Petrović: objava — vest „Dan mladih“'
		);
		expect(describeAuditEntry(entry, createI18n('en'))).toEqual({
			sentence: 'Jelena Petrović published a news article “Dan mladih”',
			href: '/en/admin/news/00000000-0000-4000-8000-000000000001'
		});
	});

	it('tells a change of roles with the roles named', () => {
		const entry = {
			action: 'accounts.roles_changed',
			actorLabel: 'Јелена Петровић <koordinator@demo.kzm.test>',
			entityType: 'user',
			entityId: '00000000-0000-4000-8000-000000000002',
			details: { before: ['staff'], after: ['coordinator', 'staff'] },
			subjectName: 'Ивана'
		};
		expect(describeAuditEntry(entry, createI18n('en')).sentence).toBe(
			"Jelena Petrović changed Ivana's roles: Youth worker → Coordinator, Youth worker"
		);
		expect(describeAuditEntry(entry, createI18n('sr-Cyrl')).sentence).toBe(
			'Јелена Петровић: промена улога — налог „Ивана“: Омладински радник → Координатор, Омладински радник'
		);
	});
});
