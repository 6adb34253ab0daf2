package id.kinerja.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests generated from the OpenAPI document the api module writes at compile time (served at
 * {@code /swagger/kinerja-0.1.yml}): for every operation a plausible request built from its schema, then
 * mutated — its path ids, its query parameters, its JSON body (wrong types, nulls, nulls in lists, huge and
 * control-laden strings, numbers as odd strings, missing and extra fields), its content type, its files.
 */
final class OpenApiRequests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation of the document. */
    record Operation(String method, String template, Map<String, Object> spec) {}

    private final Map<String, Object> document;
    private final List<Operation> operations = new ArrayList<>();
    private final Places places;
    private final FileBodies files;

    @SuppressWarnings("unchecked")
    OpenApiRequests(Map<String, Object> document, Places places, FileBodies files) {
        this.document = document;
        this.places = places;
        this.files = files;
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((template, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                operations.add(new Operation(
                        method.toUpperCase(java.util.Locale.ROOT), template, (Map<String, Object>) operation));
            }
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    /** A request to one operation, as one role, with one family of mutation chosen at random. */
    FuzzRequest next(Operation operation, String role, Random random) {
        boolean mutatePath = random.nextInt(5) == 0;
        boolean mutateQuery = random.nextInt(3) == 0;
        String path = path(operation, random, mutatePath) + query(operation, random, mutateQuery);
        String kind = mutatePath ? "path" : mutateQuery ? "query" : "body";
        Map<String, Object> content = requestContent(operation);
        if (content == null) {
            return FuzzRequest.of(kind, operation.method(), path, role, null, null);
        }
        if (content.containsKey("multipart/form-data") && (content.size() == 1 || random.nextBoolean())) {
            return files.multipart("api-file", operation.method(), path, role, random);
        }
        if (content.containsKey("text/csv") && random.nextBoolean()) {
            return files.rawFile(operation.method(), path, role, random);
        }
        Object schema = schemaOf(content.getOrDefault(
                "application/json", content.values().iterator().next()));
        JsonNode body = example(schema, "body", random, 0);
        int choice = random.nextInt(10);
        if (choice == 0) {
            return FuzzRequest.of(
                    "whole-body", operation.method(), path, role, "application/json", pick(random, BROKEN_BODIES));
        }
        if (choice == 1) {
            return FuzzRequest.of(
                    "content-type", operation.method(), path, role, pick(random, WRONG_TYPES), body.toString());
        }
        if (choice >= 3 && choice <= 5) {
            return FuzzRequest.of(
                    "json-text",
                    operation.method(),
                    path,
                    role,
                    "application/json",
                    JsonMutations.mutateOneText(body, random).toString());
        }
        if (choice >= 6) {
            int mutations = 1 + random.nextInt(2);
            for (int i = 0; i < mutations; i++) {
                body = JsonMutations.mutate(body, random);
            }
            kind = "json";
        }
        return FuzzRequest.of(kind, operation.method(), path, role, "application/json", body.toString());
    }

    private static final List<String> BROKEN_BODIES = List.of(
            "",
            "null",
            "[]",
            "{}",
            "\"teks\"",
            "42",
            "{",
            "[null]",
            "{\"a\":",
            "{\"a\":1,}",
            "{\"year\":2025 \"x\":1}",
            "{\"year\":\"\u0000\"}",
            "{\"unitId\":\"\\u0000\"}",
            "[".repeat(3_000) + "]".repeat(3_000),
            "{\"x\":" + "[".repeat(600) + "]".repeat(600) + "}",
            "\uFEFF{}",
            "{\"year\":1e999999}",
            "{\"__proto__\":{}}");

    private static final List<String> WRONG_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "application/json; charset=latin-9",
            "application/json; charset=utf-16",
            "text/csv",
            "bukan/jenis",
            ";;;",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @SuppressWarnings("unchecked")
    private String path(Operation operation, Random random, boolean mutate) {
        String path = operation.template();
        for (Map<String, Object> parameter : parameters(operation)) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            String name = (String) parameter.get("name");
            String value = mutate && random.nextBoolean()
                    ? pick(random, List.of(pick(random, BadValues.IDS), BadValues.randomId(random), "%20" + name))
                    : places.forVariable(operation.template(), name);
            if (name.equals("year") && mutate) {
                value = pick(random, List.of("0", "-1", "99999", "2147483648", "2025.0", "abc", "%00", "1e3"));
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private String query(Operation operation, Random random, boolean mutate) {
        StringBuilder query = new StringBuilder();
        for (Map<String, Object> parameter : parameters(operation)) {
            if (!"query".equals(parameter.get("in")) || (!mutate && random.nextInt(3) != 0)) {
                continue;
            }
            Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
            String value = mutate ? badQueryValue(schema, random) : goodQueryValue(schema, random);
            query.append(query.length() == 0 ? '?' : '&')
                    .append(parameter.get("name"))
                    .append('=')
                    .append(value);
        }
        return query.toString();
    }

    @SuppressWarnings("unchecked")
    private String goodQueryValue(Map<String, Object> schema, Random random) {
        Object values = resolve(schema).get("enum");
        if (values instanceof List<?> choices) {
            return String.valueOf(pick(random, (List<Object>) choices));
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "integer" -> String.valueOf(random.nextInt(3));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> "2025";
        };
    }

    private static String badQueryValue(Map<String, Object> schema, Random random) {
        return pick(
                random,
                List.of(
                        pick(random, BadValues.CHOICES),
                        pick(random, BadValues.IDS),
                        java.net.URLEncoder.encode(
                                pick(random, BadValues.NUMBERS_AS_TEXT), java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLEncoder.encode(
                                pick(random, BadValues.TEXTS), java.nio.charset.StandardCharsets.UTF_8),
                        "%C0%AE",
                        "%FF%FE",
                        "a%20b",
                        "1&" + schema.getOrDefault("type", "x") + "=2"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parameters(Operation operation) {
        Object parameters = operation.spec().get("parameters");
        return parameters == null ? List.of() : (List<Map<String, Object>>) parameters;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestContent(Operation operation) {
        Map<String, Object> body = (Map<String, Object>) operation.spec().get("requestBody");
        return body == null ? null : (Map<String, Object>) body.get("content");
    }

    @SuppressWarnings("unchecked")
    private static Object schemaOf(Object mediaType) {
        return ((Map<String, Object>) mediaType).get("schema");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Object schema) {
        Map<String, Object> map = schema == null ? Map.of() : (Map<String, Object>) schema;
        Object ref = map.get("$ref");
        if (ref instanceof String reference) {
            String name = reference.substring(reference.lastIndexOf('/') + 1);
            return resolve(((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas"))
                    .get(name));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (map.get(combined) instanceof List<?> parts && !parts.isEmpty()) {
                return resolve(parts.get(0));
            }
        }
        return map;
    }

    /** A plausible value of a schema: real ids for id fields, this year for years, enum values as declared. */
    @SuppressWarnings("unchecked")
    private JsonNode example(Object rawSchema, String name, Random random, int depth) {
        Map<String, Object> schema = resolve(rawSchema);
        if (schema.get("enum") instanceof List<?> values) {
            return NODES.textNode(String.valueOf(pick(random, (List<Object>) values)));
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : ""));
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                if (depth < 4) {
                    properties.forEach((property, propertySchema) ->
                            object.set(property, example(propertySchema, property, random, depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int items = 1 + random.nextInt(2);
                for (int i = 0; i < items && depth < 4; i++) {
                    array.add(example(schema.get("items"), name, random, depth + 1));
                }
                return array;
            }
            case "integer":
                return lower.contains("year") || lower.contains("tahun")
                        ? NODES.numberNode(2024 + random.nextInt(3))
                        : NODES.numberNode(random.nextInt(3));
            case "number":
                return NODES.numberNode(new java.math.BigDecimal("87.50"));
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default:
                return NODES.textNode(text(schema, name, random));
        }
    }

    private String text(Map<String, Object> schema, String name, Random random) {
        String format = String.valueOf(schema.get("format"));
        return switch (format) {
            case "uuid" -> places.forField(name, random);
            case "date" -> "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "date-time" -> "2025-01-01T00:00:00Z";
            default ->
                name.equals("username")
                        ? "fuzz-" + Long.toHexString(random.nextLong())
                        : name.equals("password")
                                ? "sandi-uji-" + Long.toHexString(random.nextLong())
                                : name.equals("url")
                                        ? "https://bukti.example/" + random.nextInt(1000)
                                        : "Uji " + name + " " + random.nextInt(1000);
        };
    }

    static <T> T pick(Random random, List<T> values) {
        return BadValues.pick(random, values);
    }
}
