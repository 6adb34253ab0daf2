package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceElement;
import id.kinerja.domain.shared.RefusedFile.FileError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a response file holds what, read from its header by name in any order: {@code layanan},
 * {@code responden}, {@code tanggal}, {@code jenis_kelamin}, {@code usia}, {@code pendidikan},
 * {@code pekerjaan}, {@code saran}, and one column per element, named by its code ({@code U1}) or its name
 * ({@code Persyaratan}). Never by position: questionnaires order their elements differently.
 */
final class ResponseColumns {
    static final List<String> PROFILE =
            List.of("layanan", "responden", "tanggal", "jenis_kelamin", "usia", "pendidikan", "pekerjaan", "saran");

    private final Map<String, Integer> profile = new HashMap<>();
    private final int[] elementColumn;
    private final List<String> header;
    private final List<FileError> errors = new ArrayList<>();

    ResponseColumns(List<String> header, Methodology methodology) {
        this.header = List.copyOf(header);
        List<ServiceElement> elements = methodology.elements();
        this.elementColumn = new int[elements.size()];
        java.util.Arrays.fill(elementColumn, -1);
        for (int column = 0; column < header.size(); column++) {
            String name = normalized(header.get(column));
            if (name.isEmpty()) {
                continue;
            }
            int element = elementIndex(elements, name);
            String field = name.replace(' ', '_');
            if (element >= 0) {
                if (elementColumn[element] >= 0) {
                    duplicate(column);
                } else {
                    elementColumn[element] = column;
                }
            } else if (PROFILE.contains(field)) {
                if (profile.containsKey(field)) {
                    duplicate(column);
                } else {
                    profile.put(field, column);
                }
            } else {
                errors.add(new FileError(
                        1,
                        header.get(column),
                        "survey.column-unknown",
                        List.of(header.get(column), methodology.name()),
                        "column '" + header.get(column) + "' is neither a profile field nor an element of "
                                + methodology));
            }
        }
        for (int element = 0; element < elementColumn.length; element++) {
            if (elementColumn[element] == -1) {
                ServiceElement missing = elements.get(element);
                errors.add(new FileError(
                        1,
                        missing.code(),
                        "survey.column-missing",
                        List.of(missing.code(), missing.name()),
                        "no column for element " + missing.code() + " (" + missing.name() + ")"));
            }
        }
        if (!profile.containsKey("layanan")) {
            errors.add(new FileError(
                    1, "layanan", "survey.column-missing", List.of("layanan", "layanan"), "no column 'layanan'"));
        }
    }

    private void duplicate(int column) {
        errors.add(new FileError(
                1,
                header.get(column),
                "survey.column-duplicate",
                List.of(header.get(column)),
                "column '" + header.get(column) + "' names a field another column already holds"));
    }

    private static int elementIndex(List<ServiceElement> elements, String name) {
        for (int i = 0; i < elements.size(); i++) {
            ServiceElement element = elements.get(i);
            if (normalized(element.code()).equals(name)
                    || normalized(element.name()).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Header names compare without case, accents, byte-order mark or surrounding space. */
    static String normalized(String header) {
        String text = header == null ? "" : header.replace("\uFEFF", "").strip();
        text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return text.replaceAll("\\s+", " ");
    }

    List<FileError> errors() {
        return errors;
    }

    Optional<Integer> profileColumn(String field) {
        return Optional.ofNullable(profile.get(field));
    }

    int elementColumn(int element) {
        return elementColumn[element];
    }

    String headerOf(int column) {
        return header.get(column);
    }
}
