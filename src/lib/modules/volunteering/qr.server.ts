import QRCode from 'qrcode';

/** The card's verification address as an inline SVG QR code (server-rendered, no JavaScript). */
export async function cardQrSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});
}
