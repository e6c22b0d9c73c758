import { scrypt, randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt from Node's own crypto: memory-hard, no native addon to compile. N=2^15, r=8 costs 32 MiB
// and ~60 ms on this class of machine, enough to make offline guessing expensive.
const PARAMS = { N: 32768, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 128 * 1024 * 1024 }, (error, key) =>
			error ? reject(error) : resolve(key)
		);
	});
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64), so parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, PARAMS);
	return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, saltText, hashText] = stored.split('$');
	if (scheme !== 'scrypt' || !saltText || !hashText) return false;
	const expected = Buffer.from(hashText, 'base64');
	const key = await derive(password, Buffer.from(saltText, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
	return key.length === expected.length && timingSafeEqual(key, expected);
}
