// Every setting the platform reads from the environment, in one place (documented in README.md).
export interface Config {
	databaseUrl: string | undefined;
	dataDir: string;
	origin: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	/** Load the demo office into an empty database: on by default for the embedded database only. */
	demo: boolean;
	/** Run every background job once shortly after start (on unless JOBS_AT_START is 0 or false). */
	jobsAtStart: boolean;
}

/** Reads the configuration from an environment (process.env by default). */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const databaseUrl = env.DATABASE_URL || undefined;
	const demoSetting = env.KZM_DEMO;
	const demo =
		demoSetting === undefined || demoSetting === '' ? !databaseUrl : demoSetting !== '0' && demoSetting !== 'false';
	return {
		databaseUrl,
		dataDir: env.DATA_DIR || './data',
		origin: env.ORIGIN || undefined,
		smtpUrl: env.SMTP_URL || undefined,
		mailFrom: env.MAIL_FROM || 'KZM <no-reply@localhost>',
		demo,
		jobsAtStart: env.JOBS_AT_START !== '0' && env.JOBS_AT_START !== 'false'
	};
}
