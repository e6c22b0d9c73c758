import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { createToken, hashToken } from './tokens.ts';
import { safeNextPath } from './cookies.ts';

describe('passwords', () => {
	it('verifies the right password and refuses any other', async () => {
		const stored = await hashPassword('коњ батерија спајалица');
		expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		expect(stored).not.toContain('спајалица');
		expect(await verifyPassword('коњ батерија спајалица', stored)).toBe(true);
		expect(await verifyPassword('коњ батерија спајалицa', stored)).toBe(false);
		expect(await verifyPassword('', stored)).toBe(false);
	});

	it('salts each hash, so equal passwords do not look equal', async () => {
		const [first, second] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
		expect(first).not.toBe(second);
	});

	it('accepts the same password typed in another Unicode form', async () => {
		// "ﬁ" (the ligature some keyboards and PDFs produce) and "fi" are the same text after NFKC.
		const stored = await hashPassword('ﬁnalna lozinka');
		expect(await verifyPassword('finalna lozinka', stored)).toBe(true);
	});

	it.each(['', 'plain-text-password', 'bcrypt$10$abc', 'scrypt$32768$8$1$$'])(
		'refuses to match a stored value that is not a scrypt hash: %j',
		async (stored) => {
			expect(await verifyPassword('plain-text-password', stored)).toBe(false);
		}
	);
});

describe('tokens', () => {
	it('makes long, URL-safe, unpredictable tokens', () => {
		const tokens = new Set(Array.from({ length: 100 }, createToken));
		expect(tokens.size).toBe(100);
		for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
	});

	it('stores a token as its SHA-256', () => {
		expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(hashToken('abc')).toBe(hashToken('abc'));
		expect(hashToken('abd')).not.toBe(hashToken('abc'));
	});
});

describe('safeNextPath', () => {
	it.each(['/admin', '/en/account?tab=roles', '/pages/o-nama#kontakt', '/'])('follows %j', (next) => {
		expect(safeNextPath(next, '/fallback')).toBe(next);
	});

	it.each([
		'https://evil.example/phish',
		'//evil.example/phish',
		'/\\evil.example',
		'\\\\evil.example',
		'javascript:alert(1)',
		'admin',
		'',
		null,
		undefined
	])('never leaves the site for %j', (next) => {
		expect(safeNextPath(next, '/fallback')).toBe('/fallback');
	});
});

describe('safeNextPath as the browser follows it', () => {
	const site = 'https://mladi.ivanjica.test/sign-in';
	const hostAfterRedirect = (next: string) => new URL(safeNextPath(next, '/'), site).host;

	it.each(['/admin', '//evil.example', '/\\evil.example', 'https://evil.example', '/%2F%2Fevil.example'])(
		'keeps %j on the site',
		(next) => {
			expect(hostAfterRedirect(next)).toBe('mladi.ivanjica.test');
		}
	);

	// Browsers (the WHATWG URL parser) drop every tab and newline from a URL before reading it, so
	// "/<TAB>/evil.example" would be followed as "//evil.example": an open redirect after sign-in
	// (/sign-in?next=/%09/evil.example) or through /lang/sr-Cyrl?to=/%09/evil.example.
	it.each(['/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example'])(
		'keeps %j on the site, although the browser drops tabs and newlines',
		(next) => {
			expect(hostAfterRedirect(next)).toBe('mladi.ivanjica.test');
		}
	);
});
