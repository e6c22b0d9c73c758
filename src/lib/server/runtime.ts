import { and, eq, ne, sql } from 'drizzle-orm';
import { readConfig, type Config } from './config.ts';
import { offices, outboxMessages } from './db/core-schema.ts';
import { openDatabase, isEmptyDatabase, type OpenedDatabase, type Database } from './db/client.ts';
import { createSmtpTransport, startOutboxWorker } from './mail/outbox.ts';
import { loadDemoOffice, manifests } from '../modules/registry.server.ts';
import { startJobRunner } from './jobs.ts';
import { currentSetupCode } from './setup-code.ts';
import type { DemoAccount } from './manifest.ts';
import {
	newControlToken,
	publishServerControl,
	readBackupConfig,
	rotateBackups,
	startBackupSchedule,
	writeBackup
} from './backup.ts';

/** The running platform: configuration, the open database and the mail worker. */
export interface Runtime {
	config: Config;
	db: Database;
	databaseKind: OpenedDatabase['kind'];
	mailEnabled: boolean;
	/** Asks the mail worker to send what is queued now rather than at its next tick. */
	nudgeMail: () => void;
	/** Writes a backup now (with rotation) and returns the archive's path. */
	backupNow: () => Promise<string>;
	/** The token `npm run backup` must present to ask this server for a backup (embedded database only). */
	backupToken: string | null;
	close: () => Promise<void>;
}

let runtime: Promise<Runtime> | undefined;

/** Starts the platform once per process (database, migrations, demo content, mail) and returns it. */
export function getRuntime(): Promise<Runtime> {
	runtime ??= startRuntime(readConfig()).catch((error) => {
		runtime = undefined;
		throw error;
	});
	return runtime;
}

async function startRuntime(config: Config): Promise<Runtime> {
	const opened = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
	if (config.demo && (await isEmptyDatabase(opened.db))) {
		const { accounts } = await loadDemoOffice(opened.db, { publicUrl: startedOn(config) });
		printDemoBanner(accounts, config);
	} else if (await isEmptyDatabase(opened.db)) {
		console.log('[kzm] Empty database: open the site in a browser to run the first-run setup.');
		currentSetupCode();
	} else {
		// A demo office (a copied data folder, a new port) follows the address it is started on, so
		// links in its e-mails open; a real office keeps the public URL its administrator set.
		await followStartAddress(opened.db, startedOn(config));
	}
	let worker: ReturnType<typeof startOutboxWorker> | undefined;
	if (config.smtpUrl) {
		worker = startOutboxWorker(opened.db, await createSmtpTransport(config.smtpUrl, config.mailFrom));
	}
	// Background jobs run on every database, the embedded one included; mail they queue is nudged out.
	const jobs = startJobRunner(
		opened.db,
		manifests.flatMap((manifest) => manifest.jobs ?? []),
		() => worker?.nudge(),
		{ runAtStart: config.jobsAtStart }
	);
	const backupConfig = readBackupConfig();
	const backupNow = async () => {
		const file = await writeBackup(opened, backupConfig.directory, { databaseUrl: config.databaseUrl });
		rotateBackups(backupConfig.directory, backupConfig.keep);
		return file;
	};
	const stopBackups = startBackupSchedule(opened, { ...backupConfig, databaseUrl: config.databaseUrl });
	// Only this process may open the embedded database's folder, so `npm run backup` asks the server.
	let backupToken: string | null = null;
	let withdrawControl = () => {};
	if (opened.kind === 'pglite' && !config.dataDir.startsWith('memory://') && process.env.PORT) {
		backupToken = newControlToken();
		const host = !process.env.HOST || process.env.HOST === '0.0.0.0' ? '127.0.0.1' : process.env.HOST;
		withdrawControl = publishServerControl(backupConfig, {
			pid: process.pid,
			url: `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT}`,
			token: backupToken
		});
	}
	return {
		config,
		db: opened.db,
		databaseKind: opened.kind,
		mailEnabled: !!worker,
		nudgeMail: () => worker?.nudge(),
		backupNow,
		backupToken,
		close: async () => {
			worker?.stop();
			jobs.stop();
			stopBackups();
			withdrawControl();
			await opened.close();
		}
	};
}

/**
 * Moves demo offices to the address this server was started on, and the links in their queued
 * e-mails with them: the demo's seeded mail (registration confirmations, reminders) was written with
 * the address of the server that loaded it, and a copied data folder answers on another port.
 */
async function followStartAddress(db: Database, address: string): Promise<void> {
	const demos = await db
		.select({ id: offices.id, publicUrl: offices.publicUrl })
		.from(offices)
		.where(eq(offices.isDemo, true));
	for (const office of demos) {
		const previous = office.publicUrl?.replace(/\/+$/, '');
		if (previous && previous !== address) {
			await db
				.update(outboxMessages)
				.set({
					textBody: sql`replace(${outboxMessages.textBody}, ${previous + '/'}, ${address + '/'})`,
					attachments: sql`replace(${outboxMessages.attachments}::text, ${previous + '/'}, ${address + '/'})::jsonb`
				})
				.where(and(eq(outboxMessages.officeId, office.id), ne(outboxMessages.status, 'sent')));
		}
		await db.update(offices).set({ publicUrl: address }).where(eq(offices.id, office.id));
	}
}

/** The address this server answers on: ORIGIN, else its own host and port over plain http. */
function startedOn(config: Config): string {
	const host = !process.env.HOST || process.env.HOST === '0.0.0.0' ? 'localhost' : process.env.HOST;
	return (config.origin ?? `http://${host}:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');
}

function printDemoBanner(accounts: DemoAccount[], config: Config): void {
	const origin = startedOn(config);
	const lines = [
		'',
		'KZM platform: the DEMO office (invented content) has been loaded into the empty database.',
		`Sign in at ${origin}/sign-in with any of these accounts:`,
		...accounts.map(
			(account) => `  ${account.role.padEnd(28)} ${account.email.padEnd(30)} password: ${account.password}`
		),
		'Remove the demo content in Administration → Office settings when you start real work.',
		''
	];
	console.log(lines.join('\n'));
}

/** Closes the database and stops the mail worker (on SIGTERM). */
export async function stopRuntime(): Promise<void> {
	const current = runtime;
	runtime = undefined;
	if (current) await (await current).close();
}
