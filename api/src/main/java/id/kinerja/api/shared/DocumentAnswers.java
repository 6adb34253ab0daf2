package id.kinerja.api.shared;

import id.kinerja.documents.render.Document;
import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.http.download.Download;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.util.Optional;

/**
 * Content negotiation for the addresses that answer JSON or a document: the first document format the
 * client's {@code Accept} names wins; JSON stays the default (no {@code Accept}, {@code *}{@code /*} or
 * {@code application/json}).
 */
public final class DocumentAnswers {
    /** The media types such an address declares in its {@code @Produces}. */
    public static final String PDF = "application/pdf";

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DocumentAnswers() {}

    /** The document format the client asked for, if it asked for one before JSON. */
    public static Optional<DocumentFormat> requested(HttpRequest<?> request) {
        for (MediaType accepted : request.accept()) {
            if (accepted.matches(MediaType.APPLICATION_JSON_TYPE) || accepted.equals(MediaType.ALL_TYPE)) {
                return Optional.empty();
            }
            Optional<DocumentFormat> format = DocumentFormat.ofMediaType(accepted.toString());
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    /** The document rendered in the format, as a download named after it. */
    public static HttpResponse<byte[]> file(DocumentFormat format, Document document, String baseName) {
        String name = baseName.replaceAll("[^A-Za-z0-9._-]+", "-") + "." + format.extension();
        return Download.of(format.render(document), format.mediaType(), name);
    }
}
