// The ceiling for `npm run bench` with BENCH_COMPARE=1: a bare Node server that sends saved bytes.
// Reads {"/path": {"type": "...", "body": "<base64>"}} from the file named in BARE_PAGES and listens on PORT.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const pages = new Map(
	Object.entries(JSON.parse(readFileSync(process.env.BARE_PAGES ?? '', 'utf8'))).map(([path, page]) => [
		path,
		{ type: page.type, body: Buffer.from(page.body, 'base64') }
	])
);
http
	.createServer((req, res) => {
		const page = pages.get(req.url ?? '/');
		if (!page) {
			res.statusCode = 404;
			res.end();
			return;
		}
		res.writeHead(200, { 'content-type': page.type, 'content-length': page.body.byteLength });
		res.end(page.body);
	})
	.listen(Number(process.env.PORT), '127.0.0.1');
