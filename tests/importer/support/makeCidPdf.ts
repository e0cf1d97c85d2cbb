/**
 * A PDF as older Chinese office tools write one: the text in STSong-Light, a font
 * the PDF does not embed, encoded UniGB-UCS2-H. Reading it needs Adobe's
 * predefined CMaps (pdf.js ships them); without them no text comes out. Written
 * object by object, since pdf-lib embeds every font it uses.
 */
const hex = (line: string): string =>
  Array.from(line, (ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();

/** `encoding`: the predefined CMap the font is encoded with (the vertical one is small enough for the build to inline). */
export function makeCidPdf(lines: readonly string[], encoding: 'UniGB-UCS2-H' | 'UniGB-UCS2-V' = 'UniGB-UCS2-H'): Uint8Array {
  const content = `BT /F1 12 Tf 50 780 Td 18 TL\n${lines.map((line) => `<${hex(line)}> Tj T*`).join('\n')}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
