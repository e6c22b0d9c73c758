import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
	it('runs on the embedded database with the demo office when nothing is set', () => {
		expect(readConfig({})).toEqual({
			databaseUrl: undefined,
			dataDir: './data',
			origin: undefined,
			smtpUrl: undefined,
			mailFrom: 'KZM <no-reply@localhost>',
			demo: true,
			jobsAtStart: true
		});
	});

	it('reads every setting from the environment', () => {
		expect(
			readConfig({
				DATABASE_URL: 'postgres://kzm@db/kzm',
				DATA_DIR: '/var/lib/kzm',
				ORIGIN: 'https://mladi.ivanjica.rs',
				SMTP_URL: 'smtp://user:pass@mail:587',
				MAIL_FROM: 'Канцеларија <kzm@ivanjica.rs>',
				KZM_DEMO: '1',
				JOBS_AT_START: '0'
			})
		).toEqual({
			databaseUrl: 'postgres://kzm@db/kzm',
			dataDir: '/var/lib/kzm',
			origin: 'https://mladi.ivanjica.rs',
			smtpUrl: 'smtp://user:pass@mail:587',
			mailFrom: 'Канцеларија <kzm@ivanjica.rs>',
			demo: true,
			jobsAtStart: false
		});
	});

	it('loads no demo content into a PostgreSQL database unless asked to', () => {
		expect(readConfig({ DATABASE_URL: 'postgres://kzm@db/kzm' }).demo).toBe(false);
		expect(readConfig({ DATABASE_URL: 'postgres://kzm@db/kzm', KZM_DEMO: '' }).demo).toBe(false);
		expect(readConfig({ DATABASE_URL: 'postgres://kzm@db/kzm', KZM_DEMO: 'true' }).demo).toBe(true);
	});

	it.each(['0', 'false'])('turns the demo off with KZM_DEMO=%s', (value) => {
		expect(readConfig({ KZM_DEMO: value }).demo).toBe(false);
	});

	it('treats empty variables as not set', () => {
		const config = readConfig({ DATABASE_URL: '', DATA_DIR: '', ORIGIN: '', SMTP_URL: '', MAIL_FROM: '' });
		expect(config).toMatchObject({
			databaseUrl: undefined,
			dataDir: './data',
			origin: undefined,
			smtpUrl: undefined,
			mailFrom: 'KZM <no-reply@localhost>',
			demo: true
		});
	});
});
