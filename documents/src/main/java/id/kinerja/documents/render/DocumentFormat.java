package id.kinerja.documents.render;

import java.util.Arrays;
import java.util.Optional;

/** The formats offices exchange, by the media type a client asks for. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a media type, ignoring parameters and case. */
    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip();
        return Arrays.stream(values())
                .filter(format -> format.mediaType.equalsIgnoreCase(bare))
                .findFirst();
    }

    /** The format of a file extension ("pdf"), ignoring case. */
    public static Optional<DocumentFormat> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(format -> format.extension.equalsIgnoreCase(extension))
                .findFirst();
    }

    /** Renders a document in this format. */
    public byte[] render(Document document) {
        return switch (this) {
            case PDF -> PdfDocuments.render(document);
            case DOCX -> DocxDocuments.render(document);
            case XLSX -> XlsxDocuments.render(document);
        };
    }
}
