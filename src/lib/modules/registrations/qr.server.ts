import QRCode from 'qrcode';

/** The check-in code as an inline SVG QR code (server-rendered: the page ships no JavaScript). */
export async function checkInQrSvg(code: string): Promise<string> {
	return QRCode.toString(code, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});
}
