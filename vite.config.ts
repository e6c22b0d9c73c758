import { defineConfig } from 'vite';
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';

export default defineConfig({
	plugins: [
		sveltekit({
			// Hashed assets are written with .br and .gz copies and served with immutable caching (issue 20).
			adapter: adapter({ out: 'build', precompress: true }),
			// A page's stylesheets go into its HTML (decision 0042): on a slow mobile network each linked file
			// was a render-blocking round trip (ten on the home page). The whole public CSS is ~11 KB (~3 KB
			// compressed), so every file of it is below this; a larger one stays a linked, cached file.
			inlineStyleThreshold: 16 * 1024,
			// Pages that run scripts (back-office, account) allow only SvelteKit's own, by nonce or hash;
			// the public portal runs none and gets a stricter policy in hooks.server.ts (issue 14.7).
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	]
});
