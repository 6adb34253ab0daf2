package id.kinerja.web.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files as offices send them and as they arrive broken: a good survey CSV and its damaged copies (NUL in a
 * cell, cells longer than their columns, only a header), workbooks that are empty or not workbooks at all,
 * file names with NUL or a thousand characters, multipart bodies without their file part or their end.
 */
final class FileBodies {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final List<Content> contents;

    /** A file's bytes with the name and type it is sent under. */
    record Content(String label, String fileName, String type, byte[] bytes) {}

    FileBodies(String goodCsv) {
        String[] lines = goodCsv.split("\r?\n");
        String header = lines[0];
        String small = header + "\n" + lines[1] + "\n" + lines[2] + "\n";
        this.contents = List.of(
                text("csv", "jawaban.csv", "text/csv", small),
                text("csv-header-only", "jawaban.csv", "text/csv", header + "\n"),
                text("csv-nul", "jawaban.csv", "text/csv", small.replace("Pelayanan", "Pela\u0000yanan")),
                text("csv-control", "jawaban.csv", "text/csv", small.replace(";P;", ";\u0007;")),
                text(
                        "csv-long-service",
                        "jawaban.csv",
                        "text/csv",
                        small.replace("Pelayanan Ketatausahaan", "s".repeat(600))),
                text("csv-long-respondent", "jawaban.csv", "text/csv", small.replace("R000001", "r".repeat(150))),
                text(
                        "csv-long-suggestion",
                        "jawaban.csv",
                        "text/csv",
                        small.replace("Pelayanan cepat", "k".repeat(2_500))),
                text("csv-long-occupation", "jawaban.csv", "text/csv", small.replace("Lainnya", "o".repeat(150))),
                text(
                        "csv-long-education",
                        "jawaban.csv",
                        "text/csv",
                        small.replace(";SMA;", ";" + "e".repeat(60) + ";")),
                text("csv-empty", "jawaban.csv", "text/csv", ""),
                text("csv-garbage", "jawaban.csv", "text/csv", "\u0000\u0001\u0002;;;\n\"\"\"\n"),
                text("csv-unclosed-quote", "jawaban.csv", "text/csv", header + "\n\"Pelayanan;R1\n"),
                new Content("xlsx-empty-bytes", "jawaban.xlsx", XLSX, new byte[0]),
                new Content("xlsx-garbage", "jawaban.xlsx", XLSX, "bukan buku kerja".getBytes(StandardCharsets.UTF_8)),
                new Content("xlsx-empty-zip", "jawaban.xlsx", XLSX, zip(Map.of())),
                new Content(
                        "xlsx-content-types-only",
                        "jawaban.xlsx",
                        XLSX,
                        zip(Map.of("[Content_Types].xml", "<Types/>"))),
                new Content("xlsx-no-sheet", "jawaban.xlsx", XLSX, workbook(false)),
                new Content("xlsx-empty-sheet", "jawaban.xlsx", XLSX, workbook(true)),
                new Content("binary", "bukti.pdf", "application/pdf", new byte[] {0, (byte) 0xff, 0x25, 0x50, 0}),
                text("nul-name", "bukti\u0000.pdf", "application/pdf", "%PDF-1.4"),
                text("long-name", "n".repeat(1_000) + ".pdf", "application/pdf", "%PDF-1.4"),
                text("control-name", "bu\u0007kti\u001b.pdf", "application/pdf", "%PDF-1.4"),
                text("traversal-name", "../../etc/passwd", "text/plain", "root"),
                text("empty-name", "", "application/pdf", "%PDF-1.4"),
                text("odd-type", "bukti.pdf", "bukan/jenis;;", "%PDF-1.4"),
                text("long-type", "bukti.pdf", "application/" + "t".repeat(300), "%PDF-1.4"));
    }

    private static Content text(String label, String name, String type, String body) {
        return new Content(label, name, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart upload of one of the files, sometimes without its file part or its closing boundary. */
    FuzzRequest multipart(String kind, String method, String path, String role, Random random) {
        Content content = BadValues.pick(random, contents);
        String boundary = "fuzz" + Long.toHexString(random.nextLong());
        int shape = random.nextInt(12);
        String partName = shape == 0 ? "berkas" : "file";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                        + content.fileName() + "\"\r\nContent-Type: " + content.type() + "\r\n\r\n");
        body.writeBytes(content.bytes());
        if (shape == 1) {
            write(
                    body,
                    "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                            + BadValues.pick(random, BadValues.TEXTS));
        }
        if (shape != 2) {
            write(body, "\r\n--" + boundary + "--\r\n");
        }
        String type = shape == 3 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
        return new FuzzRequest(
                kind + ":" + content.label() + (shape <= 3 ? ":shape" + shape : ""),
                method,
                path,
                role,
                type,
                body.toByteArray(),
                false,
                Map.of());
    }

    /** A file as the whole request body, as {@code POST /surveys/{id}/responses} takes CSV and XLSX. */
    FuzzRequest rawFile(String method, String path, String role, Random random) {
        Content content = BadValues.pick(random, contents);
        String type = content.fileName().endsWith(".xlsx")
                ? XLSX
                : BadValues.pick(random, List.of("text/csv", "application/csv"));
        return new FuzzRequest(
                "raw-file:" + content.label(), method, path, role, type, content.bytes(), false, Map.of());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] workbook(boolean withSheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            if (withSheet) {
                workbook.createSheet("Jawaban");
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
