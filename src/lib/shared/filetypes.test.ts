import { describe, expect, it } from 'vitest';
import { byName, cleanName, recognize } from './filetypes';

const bytes = (...values: (number | string)[]) =>
	new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('allowed file types', () => {
	it.each([
		['bericht.pdf', bytes('%PDF-1.7'), 'application/pdf'],
		['scan.PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
		['foto.jpeg', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
		['anim.gif', bytes('GIF89a'), 'image/gif'],
		['bild.webp', bytes('RIFF', 0, 0, 0, 0, 'WEBP'), 'image/webp'],
		['cv.docx', bytes('PK', 3, 4), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['liste.ods', bytes('PK', 3, 4), 'application/vnd.oasis.opendocument.spreadsheet'],
		['alt.doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'application/msword']
	])('recognizes %s by name and content', (name, head, mime) => {
		expect(recognize(name, head)?.mime).toBe(mime);
	});

	it.each([
		['PNG bytes named .pdf', 'scan.pdf', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)],
		['a zip named .pdf', 'x.pdf', bytes('PK', 3, 4)],
		['PDF bytes named .exe', 'setup.exe', bytes('%PDF-1.7')],
		['HTML named .png', 'x.png', bytes('<html>')],
		['RIFF that is not WebP', 'x.webp', bytes('RIFF', 0, 0, 0, 0, 'WAVE')],
		['no extension', 'README', bytes('%PDF-1.7')],
		['empty content', 'x.pdf', bytes()]
	])('refuses %s', (_what, name, head) => {
		expect(recognize(name, head)).toBeNull();
	});

	it('pre-checks by name only in the browser', () => {
		expect(byName('Vertrag.final.XLSX')?.ext).toBe('xlsx');
		expect(byName('bild.svg')).toBeNull();
	});

	it('cleans names: no path, no control characters or quotes, length kept in bounds', () => {
		expect(cleanName('C:\\Users\\anna\\Bericht "neu".pdf')).toBe('Bericht neu.pdf');
		expect(cleanName('../../etc/passwd')).toBe('passwd');
		const long = cleanName(`${'a'.repeat(300)}.pdf`);
		expect(long).toHaveLength(200);
		expect(long.endsWith('.pdf')).toBe(true);
	});
});
