package id.kinerja.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A unit's realization sheet as an evaluator handles it: downloaded, filled in by indicator name, uploaded. */
final class RealizationSheets {
    /** The columns of the template: indicator name, value, note. */
    static final int INDICATOR = 3;

    static final int VALUE = 6;
    static final int NOTE = 7;

    private RealizationSheets() {}

    record Download(int status, String contentType, byte[] body) {}

    static Download template(URI base, String token, String unit, int year, String period) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(
                        "/api/v1/realization-imports/template?unitId=" + unit + "&year=" + year + "&period=" + period))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sheet with values typed as text (as a person types them into the template's text cells), by indicator
     * name; {@code extra} rows are added under the table (an indicator name and its value).
     */
    static byte[] filled(
            byte[] template, Map<String, String> values, Map<String, String> notes, Map<String, String> extra) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() <= 5 || row.getCell(INDICATOR) == null) {
                    continue;
                }
                String name = row.getCell(INDICATOR).getStringCellValue();
                if (values.containsKey(name)) {
                    row.getCell(VALUE).setCellValue(values.get(name));
                }
                if (notes.containsKey(name)) {
                    row.getCell(NOTE).setCellValue(notes.get(name));
                }
            }
            int next = sheet.getLastRowNum() + 1;
            for (Map.Entry<String, String> row : extra.entrySet()) {
                Row added = sheet.createRow(next++);
                added.createCell(INDICATOR).setCellValue(row.getKey());
                added.createCell(VALUE).setCellValue(row.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet with the same value typed into every indicator's row. */
    static byte[] filledEverywhere(byte[] template, String value) {
        Map<String, String> values = new java.util.HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 5 && row.getCell(INDICATOR) != null) {
                    values.put(row.getCell(INDICATOR).getStringCellValue(), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return filled(template, values, Map.of(), Map.of("Indikator unit lain", "10"));
    }

    /** The row number (as the spreadsheet counts) of the indicator's row. */
    static long rowOf(byte[] sheetBytes, String indicator) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheetBytes))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(INDICATOR) != null
                        && indicator.equals(row.getCell(INDICATOR).getStringCellValue())) {
                    return row.getRowNum() + 1L;
                }
            }
            throw new AssertionError("no row names " + indicator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] multipart(String boundary, String unit, int year, String period, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> part : Map.of("unitId", unit, "year", Integer.toString(year), "period", period)
                .entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                            + "\"\r\n\r\n" + part.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Uploads the sheet to the API for a preview (no token: unsigned). */
    static ApiClient.Answer upload(
            URI base, String token, String unit, int year, String period, String fileName, byte[] content) {
        String boundary = "kinerja-realisasi-" + System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/realization-imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        multipart(boundary, unit, year, period, fileName, content)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return MatrixUploads.send(request.build());
    }
}
