package id.kinerja.api.survey;

import id.kinerja.domain.survey.ResponseFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Responses entered one by one, as JSON objects keyed like a file's columns ({@code "layanan"}, {@code "U1"}
 * …). They go through the same checks as a file; rows are numbered as in a file whose first line is the
 * header, so the first response is row 2.
 */
final class JsonResponses implements ResponseFile {
    private final List<Map<String, Object>> responses;

    JsonResponses(List<Map<String, Object>> responses) {
        this.responses = responses;
    }

    @Override
    public void readInto(RowHandler handler) {
        Set<String> columns = new LinkedHashSet<>();
        // a null in the list is a response with nothing in it: the import refuses it by its row, like an empty line
        responses.stream().filter(Objects::nonNull).forEach(response -> columns.addAll(response.keySet()));
        List<String> header = List.copyOf(columns);
        handler.header(header);
        for (int i = 0; i < responses.size(); i++) {
            Map<String, Object> response = responses.get(i) == null ? Map.of() : responses.get(i);
            List<String> cells = new ArrayList<>(header.size());
            for (String column : header) {
                Object value = response.get(column);
                cells.add(value == null ? "" : value.toString());
            }
            handler.row(new Row(i + 2L, cells));
        }
    }
}
