import { memberships, offices, users } from '../../../server/db/core-schema.ts';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { hashPassword } from '../../../server/auth/password.ts';
import { createSession } from '../../../server/auth/sessions.ts';
import { invalidateOfficeCache } from '../../../server/office.ts';
import { isSetupCode } from '../../../server/setup-code.ts';
import type { Locale } from '../../../i18n/locale.ts';

export interface CompleteSetupOptions {
	/** The one-time code printed in the server's console (checked here, so no caller can skip it). */
	setupCode: string;
	officeName: string;
	municipality: string;
	publicUrl: string;
	adminName: string;
	adminEmail: string;
	password: string;
	locale: Locale;
}

/**
 * First run: creates the default office and its first administrator, and signs them in. Works only
 * while the database has no office, which the unique default-office index enforces even under a race.
 */
export async function completeSetup(
	db: Database,
	options: CompleteSetupOptions
): Promise<{ officeId: string; token: string; expiresAt: Date }> {
	if (!isSetupCode(options.setupCode)) {
		throw new AppError('invalid', 'common.formHasErrors', { setupCode: 'setup.codeWrong' });
	}
	const passwordHash = await hashPassword(options.password);
	const publicUrl = options.publicUrl.replace(/\/+$/, '');
	let hosts: string[] = [];
	try {
		hosts = publicUrl ? [new URL(publicUrl).hostname] : [];
	} catch {
		hosts = [];
	}
	try {
		const result = await db.transaction(async (tx) => {
			const existing = await tx.select({ id: offices.id }).from(offices).limit(1);
			if (existing.length > 0) throw new AppError('conflict', 'setup.alreadyDone');
			const [office] = await tx
				.insert(offices)
				.values({ name: options.officeName, municipality: options.municipality, publicUrl, hosts, isDefault: true })
				.returning({ id: offices.id });
			const [user] = await tx
				.insert(users)
				.values({ name: options.adminName, email: options.adminEmail, passwordHash, locale: options.locale })
				.onConflictDoUpdate({ target: users.email, set: { passwordHash, name: options.adminName, disabledAt: null } })
				.returning({ id: users.id });
			await tx.insert(memberships).values({ officeId: office.id, userId: user.id, role: 'administrator' });
			await recordAudit(tx, {
				officeId: office.id,
				actor: {
					userId: user.id,
					name: options.adminName,
					email: options.adminEmail,
					roles: ['administrator'],
					isDemo: false
				},
				action: 'settings.setup_completed',
				entityType: 'office',
				entityId: office.id
			});
			const session = await createSession(tx, user.id);
			return { officeId: office.id, ...session };
		});
		invalidateOfficeCache();
		return result;
	} catch (caught) {
		const code = (caught as { code?: string })?.code ?? (caught as { cause?: { code?: string } })?.cause?.code;
		if (code === '23505') throw new AppError('conflict', 'setup.alreadyDone');
		throw caught;
	}
}
