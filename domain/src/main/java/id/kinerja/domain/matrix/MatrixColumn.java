package id.kinerja.domain.matrix;

import java.util.Locale;

/** What a column of a matrix holds, recognised from the words of its header rows. */
enum MatrixColumn {
    NUMBER,
    CODE,
    OBJECTIVE,
    INDICATOR,
    DEFINITION,
    FORMULA,
    UNIT,
    BASELINE,
    TARGET,
    DATA_SOURCE,
    RESPONSIBLE,
    DIRECTION;

    /** The column a header means, or null for one the import does not use. Order matters: "definisi" first. */
    static MatrixColumn of(String header) {
        String words = header.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (words.isEmpty()) {
            return null;
        }
        if (words.contains("definisi")) {
            return DEFINITION;
        }
        if (words.contains("formula")
                || words.contains("rumus")
                || words.contains("penjelasan")
                || words.contains("cara perhitungan")
                || words.contains("cara pengukuran")) {
            return FORMULA;
        }
        if (words.contains("sumber data")) {
            return DATA_SOURCE;
        }
        if (words.contains("penanggung jawab")
                || words.contains("penanggungjawab")
                || words.equals("pj")
                || words.contains("sub unit")
                || words.contains("subunit")
                || words.contains("pelaksana")) {
            return RESPONSIBLE;
        }
        if (words.contains("arah") || words.contains("polaritas") || words.contains("direction")) {
            return DIRECTION;
        }
        if (words.contains("baseline") || words.contains("kondisi awal") || words.contains("capaian awal")) {
            return BASELINE;
        }
        if (words.contains("satuan")) {
            return UNIT;
        }
        if (words.contains("indikator")) {
            return INDICATOR;
        }
        if (words.contains("sasaran") || words.contains("tujuan")) {
            return OBJECTIVE;
        }
        if (words.contains("kode")) {
            return CODE;
        }
        if (words.matches("no\\.?|nomor")) {
            return NUMBER;
        }
        if (words.matches(".*\\b(19|20|21)[0-9]{2}\\b.*") || words.contains("target")) {
            return TARGET;
        }
        return null;
    }
}
