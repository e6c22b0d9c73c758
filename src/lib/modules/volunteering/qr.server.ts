import QRCode from 'qrcode';
import { PDFDocument } from 'pdf-lib';

const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } } as const;

/** The card's verification address as an inline SVG QR code (server-rendered, no JavaScript). */
export async function cardQrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
}

/** The same QR code as a PNG, for printed documents. */
export async function cardQrPng(url: string): Promise<Uint8Array> {
	return new Uint8Array(await QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', scale: 8 }));
}

/**
 * Draws the QR code of `url` on the first page of a rendered PDF, in the lower right corner above the
 * page numbers, so the printed card opens its verification page when scanned.
 */
export async function stampQrOnPdf(pdfBytes: Uint8Array, url: string, size = 130): Promise<Uint8Array> {
	const pdf = await PDFDocument.load(pdfBytes);
	const image = await pdf.embedPng(await cardQrPng(url));
	const [page] = pdf.getPages();
	const { width } = page.getSize();
	page.drawImage(image, { x: width - size - 48, y: 72, width: size, height: size });
	return pdf.save();
}
