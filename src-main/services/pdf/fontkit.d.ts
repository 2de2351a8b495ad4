/** The part of fontkit (pdfkit's font engine) the PDF service uses: parsing a font once, for many renders. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(data: Uint8Array): Font;
}
