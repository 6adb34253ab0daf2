package id.kinerja.documents.survey;

import id.kinerja.domain.survey.BackgroundSurveyImports;
import id.kinerja.domain.survey.ResponseFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An uploaded response file kept in a temporary file of the node that received it, for an import that runs
 * after the request has been answered; deleted when the import ends. Counts the bytes the reader has taken,
 * which the run turns into the time left.
 */
public final class KeptResponseFile implements BackgroundSurveyImports.KeptFile {
    private final Path file;
    private final boolean workbook;
    private final long size;
    private volatile CountedInput open;

    private KeptResponseFile(Path file, boolean workbook) throws IOException {
        this.file = file;
        this.workbook = workbook;
        this.size = Files.size(file);
    }

    /** Copies the upload aside: a CSV, or an XLSX workbook when {@code workbook}. */
    public static KeptResponseFile keep(InputStream content, boolean workbook) {
        Path copy = null;
        try {
            copy = Files.createTempFile("kinerja-import-", workbook ? ".xlsx" : ".csv");
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            return new KeptResponseFile(copy, workbook);
        } catch (IOException e) {
            if (copy != null) {
                copy.toFile().delete();
            }
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ResponseFile responses() {
        if (workbook) {
            // POI reads the workbook whole; its progress is the rows, not the bytes
            return new XlsxResponseFile(file);
        }
        try {
            open = new CountedInput(Files.newInputStream(file));
            return new CsvResponseFile(open);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long bytesRead() {
        CountedInput reading = open;
        return reading == null ? 0 : reading.count();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            if (open != null) {
                open.close();
            }
        } catch (IOException ignored) {
            // the copy is deleted below either way
        } finally {
            file.toFile().delete();
        }
    }
}
