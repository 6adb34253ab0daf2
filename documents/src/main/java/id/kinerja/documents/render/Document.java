package id.kinerja.documents.render;

import java.util.List;

/**
 * A document to render: a title for the file's properties and its parts, each starting on a new page in its
 * own orientation (an annex table in landscape).
 */
public record Document(String title, List<Part> parts) {
    public Document {
        parts = List.copyOf(parts);
    }

    /** Every table of the document, in order: what the spreadsheet holds. */
    public List<Block.Table> tables() {
        return parts.stream()
                .flatMap(part -> part.blocks().stream())
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .toList();
    }

    /**
     * Pages that start together and share an orientation; {@code numbered} is false for a cover, which counts
     * as a page but does not print its number.
     */
    public record Part(Orientation orientation, List<Block> blocks, boolean numbered) {
        public Part {
            blocks = List.copyOf(blocks);
        }

        public Part(Orientation orientation, List<Block> blocks) {
            this(orientation, blocks, true);
        }

        /** A cover: upright, its page without a number; only a document's first part is laid out as one. */
        public static Part cover(List<Block> blocks) {
            return new Part(Orientation.PORTRAIT, blocks, false);
        }

        public static Part portrait(List<Block> blocks) {
            return new Part(Orientation.PORTRAIT, blocks);
        }

        public static Part landscape(List<Block> blocks) {
            return new Part(Orientation.LANDSCAPE, blocks);
        }
    }

    /** A4 upright or turned. */
    public enum Orientation {
        PORTRAIT,
        LANDSCAPE
    }
}
