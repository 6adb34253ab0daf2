package id.kinerja.domain.evaluation;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import java.time.Instant;
import java.util.UUID;

/**
 * Bukti dukung: a file uploaded for a realization, kept with its size and SHA-256 checksum, or a link to a
 * document held elsewhere.
 *
 * @param fileName the uploaded file's name; absent for a link
 * @param url the linked document; absent for a file
 */
public record Evidence(
        UUID id,
        RealizationId realizationId,
        String title,
        String fileName,
        String mediaType,
        Long size,
        String sha256,
        String url,
        String addedBy,
        Instant addedAt) {
    public Evidence {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(realizationId, "realizationId");
        Text.line(fileName, "file", 500);
        Text.requiredParagraph(title, "title", 500);
        Text.line(mediaType, "mediaType", 200);
        Text.line(url, "url", 2000);
        if ((fileName == null) == (url == null)) {
            throw new IllegalArgumentException("evidence is a file or a link");
        }
    }

    public boolean isFile() {
        return fileName != null;
    }
}
