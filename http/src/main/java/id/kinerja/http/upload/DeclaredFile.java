package id.kinerja.http.upload;

import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.util.Locale;

/**
 * What the sender of an uploaded file says about it — its name and media type — read so that a malformed
 * declaration is simply no declaration: a part's {@code Content-Type} that does not parse counts as absent
 * (the file is then kept as {@code application/octet-stream}) instead of failing the request.
 */
public final class DeclaredFile {
    /** The media type of an XLSX workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DeclaredFile() {}

    /** The part's media type as text, or null when it is absent or cannot be read. */
    public static String mediaType(CompletedFileUpload file) {
        try {
            return file.getContentType().map(MediaType::toString).orElse(null);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** Whether the file is a workbook, by its name or its declared media type. */
    public static boolean isWorkbook(CompletedFileUpload file) {
        String name = file.getFilename();
        return (name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) || XLSX.equals(mediaType(file));
    }
}
