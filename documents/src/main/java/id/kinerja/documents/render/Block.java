package id.kinerja.documents.render;

import java.math.BigDecimal;
import java.util.List;

/** What a part of a document is made of. */
public sealed interface Block {

    /** A heading; level 1 is a chapter (BAB), 2 a section, 3 a subsection. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph of running text. */
    record Paragraph(String text, Align align, boolean bold) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, Align.JUSTIFY, false);
        }

        public static Paragraph centered(String text) {
            return new Paragraph(text, Align.CENTER, false);
        }

        public static Paragraph title(String text) {
            return new Paragraph(text, Align.CENTER, true);
        }
    }

    /**
     * A table with a header row repeated on every page. {@code name} names the spreadsheet's sheet.
     * Every row has as many cells as there are columns.
     */
    record Table(String name, List<Column> columns, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A table of contents: under its title, every chapter and section heading (levels 1 and 2) that follows
     * it in the document, with the page it starts on where the format knows pages (PDF).
     */
    record Contents(String title) implements Block {}

    /** Signatures side by side: the parties of an agreement, or the one official who signs. */
    record Signatures(List<Signer> signers) implements Block {
        public Signatures {
            signers = List.copyOf(signers);
        }
    }

    /** One signature: the line above it (place and date, or the party), the position, the name and NIP. */
    record Signer(String above, String position, String name, String nip) {
        boolean hasNip() {
            return nip != null && !nip.isBlank();
        }
    }

    /**
     * A column: its header, its share of the table's width (relative to the other columns) and its
     * alignment.
     */
    record Column(String header, int width, Align align) {
        public static Column text(String header, int width) {
            return new Column(header, width, Align.LEFT);
        }

        public static Column number(String header, int width) {
            return new Column(header, width, Align.RIGHT);
        }

        public static Column centered(String header, int width) {
            return new Column(header, width, Align.CENTER);
        }
    }

    /**
     * A cell as printed; {@code number} (with {@code numberFormat}, an Excel format such as {@code 0.00" %"})
     * is the same figure for a spreadsheet to compute with, absent for words and states.
     */
    /**
     * A table cell: its printed text, or a number with its spreadsheet format.
     *
     * @param kept what a spreadsheet cell holds instead of the printed text, when the two differ; null otherwise
     */
    record Cell(String text, BigDecimal number, String numberFormat, String kept) {
        public static Cell of(String text) {
            return new Cell(text == null ? "" : text, null, null, null);
        }

        public static Cell number(String text, BigDecimal number, String numberFormat) {
            return new Cell(text, number, numberFormat, null);
        }

        /**
         * Printed one way and kept as written in a spreadsheet: an indicator's formula reads as words on paper,
         * while the annex exported as XLSX must come back through the matrix import exactly as it was written.
         */
        public static Cell printedAs(String printed, String written) {
            return new Cell(printed == null ? "" : printed, null, null, written);
        }

        /** What a spreadsheet cell holds as text. */
        public String sheetText() {
            return kept == null ? text : kept;
        }
    }

    /** Horizontal alignment. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFY
    }
}
