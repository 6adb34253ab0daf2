/**
 * Documents as a format-neutral model — parts (portrait or landscape) of headings, paragraphs, tables and
 * signature blocks — and the three adapters that write it: PDF (HTML on PDFBox, fonts embedded), DOCX and
 * XLSX (Apache POI). Builders of the decree, the PK and the LKjIP fill the model from the engine's figures;
 * the adapters only lay them out (ADR 0019).
 */
package id.kinerja.documents.render;
