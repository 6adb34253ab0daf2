package id.kinerja.web.fuzz;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests generated from the pages' routes as Micronaut's {@link Router} holds them: every form (its fields
 * are the components of the form record the handler binds, its files the multipart part) and every page's
 * address with its query values, filled with what people type and with what they should not.
 */
final class PageRoutes {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/?]+)}");

    /** A page route: its method, its address template, the fields of its form or query, whether it takes a file. */
    record Route(String method, String template, List<String> fields, boolean file) {}

    private final List<Route> routes = new ArrayList<>();
    private final Places places;
    private final FileBodies files;
    private final String origin;

    PageRoutes(Router router, Places places, FileBodies files, String origin) {
        this.places = places;
        this.files = files;
        this.origin = origin;
        router.uriRoutes()
                .filter(route -> route.getTargetMethod()
                        .getDeclaringType()
                        .getPackageName()
                        .startsWith("id.kinerja.web"))
                .filter(route -> route.getHttpMethod() == HttpMethod.GET || route.getHttpMethod() == HttpMethod.POST)
                .forEach(route -> routes.add(describe(route)));
    }

    List<Route> routes() {
        return routes;
    }

    private static Route describe(UriRouteInfo<?, ?> route) {
        List<String> fields = new ArrayList<>();
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            boolean body = argument.getAnnotationMetadata().hasAnnotation(Body.class)
                    || argument.getAnnotationMetadata().hasAnnotation(RequestBean.class);
            if (body && argument.getType().isRecord()) {
                Arrays.stream(argument.getType().getRecordComponents())
                        .forEach(component -> fields.add(component.getName()));
            } else if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                fields.add(argument.getName());
            }
        }
        String template = route.getUriMatchTemplate().toPathString().replaceAll("\\{[^}]*\\?[^}]*}", "");
        boolean file = route.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE);
        return new Route(route.getHttpMethod().name(), template, fields, file);
    }

    FuzzRequest next(Route route, String role, Random random) {
        boolean mutatePath = random.nextInt(6) == 0;
        String path = path(route, random, mutatePath);
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "text/html");
        headers.put("Sec-Fetch-Site", "same-origin");
        headers.put("Origin", origin);
        if (route.file()) {
            FuzzRequest upload = files.multipart("page-file", route.method(), path, role, random);
            return new FuzzRequest(
                    upload.kind(), upload.method(), path, role, upload.contentType(), upload.body(), true, headers);
        }
        String values = values(route, random);
        if (route.method().equals("GET")) {
            return new FuzzRequest(
                    mutatePath ? "page-path" : "page-query",
                    "GET",
                    path + (values.isEmpty() ? "" : "?" + values),
                    role,
                    null,
                    null,
                    true,
                    headers);
        }
        String type = random.nextInt(12) == 0
                ? BadValues.pick(
                        random, List.of("application/json", "text/plain", "multipart/form-data", "bukan/jenis"))
                : "application/x-www-form-urlencoded";
        return new FuzzRequest(
                mutatePath ? "page-path" : "page-form",
                "POST",
                path,
                role,
                type,
                values.getBytes(StandardCharsets.UTF_8),
                true,
                headers);
    }

    private String path(Route route, Random random, boolean mutate) {
        Matcher variables = VARIABLE.matcher(route.template());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String value = mutate ? BadValues.pick(random, BadValues.IDS) : places.forVariable(route.template(), name);
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString();
    }

    /** The form's fields, urlencoded: each plausible, odd or left out; sometimes one repeated or unknown. */
    private String values(Route route, Random random) {
        List<String> pairs = new ArrayList<>();
        for (String field : route.fields()) {
            int choice = random.nextInt(10);
            if (choice == 0) {
                continue;
            }
            String value = choice <= 3 ? odd(field, random) : plausible(field, random);
            pairs.add(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            if (choice == 9) {
                pairs.add(field + "=" + URLEncoder.encode(odd(field, random), StandardCharsets.UTF_8));
            }
        }
        int extra = random.nextInt(20);
        if (extra == 0 && route.method().equals("POST")) {
            pairs.add(BadValues.pick(random, List.of("%zz", "%", "a=%C3%28", "=kosong", "&&&", "nama%00=x")));
        } else if (extra == 1) {
            pairs.add("bidangTambahan=1");
        }
        return String.join("&", pairs);
    }

    private String plausible(String field, Random random) {
        String lower = field.toLowerCase(Locale.ROOT);
        if (lower.endsWith("id") || lower.equals("objective")) {
            return places.forField(field, random);
        }
        if (lower.contains("year") || lower.equals("tahun")) {
            return String.valueOf(2024 + random.nextInt(3));
        }
        if (lower.equals("version")) {
            return String.valueOf(random.nextInt(3));
        }
        if (lower.contains("value")) {
            return BadValues.pick(random, List.of("87,50", "1.500", "90", "Baik"));
        }
        if (lower.equals("ke")) {
            return "/beranda";
        }
        if (lower.equals("page")) {
            return String.valueOf(random.nextInt(3));
        }
        if (lower.contains("on") && lower.startsWith("enacted") || lower.equals("from") || lower.equals("to")) {
            return BadValues.pick(random, List.of("2025-01-02", "3 Januari 2025"));
        }
        return switch (lower) {
            case "period" -> BadValues.pick(random, List.of("ANNUAL", "S1", "Q4"));
            case "kind" -> BadValues.pick(random, List.of("NUMERIC", "SATISFACTION_INDEX", "QUALITATIVE"));
            case "polarity" -> BadValues.pick(random, List.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER", "STABILIZE"));
            case "frequency" -> BadValues.pick(random, List.of("ANNUAL", "SEMESTER", "QUARTERLY"));
            case "methodology" -> BadValues.pick(random, List.of("PERMENPANRB_14_2017", "PERMENPANRB_16_2014"));
            case "action" -> BadValues.pick(random, List.of("close", "reopen", "tutup", "buka"));
            case "refused" -> String.valueOf(random.nextBoolean());
            default -> "Uji " + field + " " + random.nextInt(1000);
        };
    }

    private static String odd(String field, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> BadValues.pick(random, BadValues.TEXTS);
            case 1 -> BadValues.pick(random, BadValues.NUMBERS_AS_TEXT);
            case 2 -> BadValues.pick(random, BadValues.CHOICES);
            default ->
                BadValues.pick(
                        random,
                        List.of(
                                BadValues.randomId(random),
                                "bukan-id",
                                "/beranda " + field,
                                "/ a b",
                                "//penyerang.example",
                                "http://penyerang.example",
                                "/\u0000"));
        };
    }
}
