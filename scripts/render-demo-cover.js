// Renders the demo office's cover (src/lib/modules/settings/demo-assets/cover.svg) to the WebP the demo seed
// imports through the media pipeline. Run after editing the SVG: `node scripts/render-demo-cover.js`.
import sharp from 'sharp';

const folder = new URL('../src/lib/modules/settings/demo-assets/', import.meta.url);
const info = await sharp(new URL('cover.svg', folder).pathname)
	.webp({ quality: 72, effort: 6 })
	.toFile(new URL('cover.webp', folder).pathname);
console.log(`cover.webp: ${info.width}×${info.height}, ${info.size} bytes`);
