package id.kinerja.documents.render;

import java.util.List;
import java.util.function.Function;

/**
 * Writes a document as XHTML with print CSS for the PDF renderer: A4 pages with "Halaman n dari m" in the
 * footer (a cover without it), landscape parts on a named page, a table of contents whose page numbers the
 * renderer fills in from the headings' places ({@code target-counter}), tables with fixed column widths from the columns' shares, long
 * words broken inside their cell rather than overflowing it, and the header row repeated on each page.
 */
final class XhtmlDocuments {
    private XhtmlDocuments() {}

    static String write(Document document, String fontFamily) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.title()))
                .append("</title><style>")
                .append(css(fontFamily))
                // a cover counts as page 1 but prints no number; a named page on the cover's element still got the
                // default footer in openhtmltopdf 1.1.31 when tried, the :first page rule does not
                .append(
                        document.parts().isEmpty() || document.parts().get(0).numbered()
                                ? ""
                                : "@page :first { @bottom-center { content: none; } }")
                .append("</style></head><body>");
        List<Document.Part> parts = document.parts();
        List<Block> blocks =
                parts.stream().flatMap(part -> part.blocks().stream()).toList();
        int position = 0;
        for (int i = 0; i < parts.size(); i++) {
            Document.Part part = parts.get(i);
            html.append("<div class=\"part ")
                    .append(pageName(part))
                    .append(i == 0 ? "" : " next")
                    .append("\">");
            for (Block block : part.blocks()) {
                if (block instanceof Block.Contents contents) {
                    contents(html, contents, blocks.subList(position + 1, blocks.size()), position + 1);
                } else {
                    block(html, block, position);
                }
                position++;
            }
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static String pageName(Document.Part part) {
        return part.orientation() == Document.Orientation.LANDSCAPE ? "landscape" : "portrait";
    }

    /** A heading's anchor: its position among the document's blocks, which the contents link to. */
    private static String anchor(int position) {
        return "blok-" + position;
    }

    /**
     * The contents: one line per chapter (level 1) and section (level 2) heading after it, linked to the
     * heading, the page number drawn by the renderer after a dotted leader.
     */
    private static void contents(StringBuilder html, Block.Contents contents, List<Block> following, int first) {
        html.append("<h2>").append(escape(contents.title())).append("</h2><div class=\"contents\">");
        for (int i = 0; i < following.size(); i++) {
            if (following.get(i) instanceof Block.Heading heading && heading.level() <= 2) {
                html.append("<p class=\"toc")
                        .append(heading.level())
                        .append("\"><a href=\"#")
                        .append(anchor(first + i))
                        .append("\">")
                        .append(escape(heading.text().replace('\n', ' ')))
                        .append("</a></p>");
            }
        }
        html.append("</div>");
    }

    private static String css(String fontFamily) {
        String footer = "@bottom-center { content: \"Halaman \" counter(page) \" dari \" counter(pages);"
                + " font-family: '" + fontFamily + "'; font-size: 8pt; }";
        return "@page { size: A4 portrait; margin: 2cm 2cm 2cm 2.5cm; " + footer + " }"
                + ".contents p { margin: 0 0 3pt 0; } .contents a { color: #000; text-decoration: none; }"
                + ".contents a::after { content: leader('.') target-counter(attr(href), page); }"
                + ".contents .toc1 { font-weight: bold; margin-top: 5pt; } .contents .toc2 { padding-left: 14pt; }"
                + "@page landscape { size: A4 landscape; margin: 1.5cm 1.5cm 1.8cm 1.5cm; " + footer + " }"
                + "body { margin: 0; font-family: '" + fontFamily + "'; font-size: 10pt; line-height: 1.3; }"
                + ".portrait { page: auto; } .landscape { page: landscape; width: 26.6cm; }"
                + ".next { page-break-before: always; }"
                + "h1 { font-size: 13pt; text-align: center; margin: 0 0 8pt 0; }"
                + "h2 { font-size: 11pt; margin: 10pt 0 4pt 0; } h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }"
                + "p { margin: 0 0 5pt 0; } .left { text-align: left; } .center { text-align: center; }"
                + ".right { text-align: right; } .justify { text-align: justify; } .bold { font-weight: bold; }"
                + "table.grid { width: 100%; border-collapse: collapse; table-layout: fixed;"
                + " -fs-table-paginate: paginate; margin: 4pt 0 8pt 0; }"
                + "table.grid th, table.grid td { border: 0.6pt solid #333; padding: 2pt 3pt; vertical-align: top;"
                + " font-size: 8pt; word-wrap: break-word; overflow-wrap: break-word; }"
                + "table.grid th { background: #e8e8e8; font-weight: bold; text-align: center; }"
                + "tr { page-break-inside: avoid; }"
                + "table.signatures { width: 100%; table-layout: fixed; margin-top: 16pt; page-break-inside: avoid; }"
                + "table.signatures td { text-align: center; vertical-align: top; padding: 0 6pt; }"
                + ".space { height: 48pt; }";
    }

    private static void block(StringBuilder html, Block block, int position) {
        if (block instanceof Block.Heading heading) {
            int level = Math.min(3, Math.max(1, heading.level()));
            html.append("<h")
                    .append(level)
                    .append(" id=\"")
                    .append(anchor(position))
                    .append("\">")
                    .append(escape(heading.text()))
                    .append("</h")
                    .append(level)
                    .append('>');
        } else if (block instanceof Block.Paragraph paragraph) {
            html.append("<p class=\"")
                    .append(paragraph.align().name().toLowerCase(java.util.Locale.ROOT))
                    .append(paragraph.bold() ? " bold" : "")
                    .append("\">")
                    .append(escape(paragraph.text()))
                    .append("</p>");
        } else if (block instanceof Block.Table table) {
            table(html, table);
        } else if (block instanceof Block.Signatures signatures) {
            signatures(html, signatures);
        }
    }

    private static void table(StringBuilder html, Block.Table table) {
        int total = table.columns().stream().mapToInt(Block.Column::width).sum();
        html.append("<table class=\"grid\"><colgroup>");
        for (Block.Column column : table.columns()) {
            html.append("<col style=\"width: ")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * column.width() / total))
                    .append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        for (Block.Column column : table.columns()) {
            html.append("<th>").append(escape(column.header())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<Block.Cell> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append("<td class=\"")
                        .append(table.columns().get(i).align().name().toLowerCase(java.util.Locale.ROOT))
                        .append("\">")
                        .append(escape(row.get(i).text()))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /**
     * One row per part of the signatures, not one cell per signer: a position written over three lines on one side
     * then pushes both names down together, and the names stand level, as on a paper signed by two parties.
     */
    private static void signatures(StringBuilder html, Block.Signatures signatures) {
        List<Block.Signer> signers = signatures.signers();
        html.append("<table class=\"signatures\">");
        signatureRow(html, signers, signer -> "<p>" + escape(signer.above()) + "</p>");
        signatureRow(html, signers, signer -> "<p class=\"bold\">" + escape(signer.position()) + "</p>");
        signatureRow(html, signers, signer -> "<div class=\"space\"></div>");
        signatureRow(html, signers, signer -> "<p class=\"bold\">" + escape(signer.name()) + "</p>");
        if (signers.stream().anyMatch(Block.Signer::hasNip)) {
            signatureRow(html, signers, signer -> signer.hasNip() ? "<p>NIP. " + escape(signer.nip()) + "</p>" : "");
        }
        html.append("</table>");
    }

    private static void signatureRow(
            StringBuilder html, List<Block.Signer> signers, Function<Block.Signer, String> part) {
        html.append("<tr>");
        signers.forEach(signer -> html.append("<td>").append(part.apply(signer)).append("</td>"));
        html.append("</tr>");
    }

    /** Text as XML character data; line breaks kept as breaks. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br/>");
                case '\r' -> {}
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
