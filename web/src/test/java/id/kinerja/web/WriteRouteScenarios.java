package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For each write route of {@link WriteRouteMatrix}, the data it needs made fresh (by helpers who are not
 * the person tested: a planner of both units, an evaluator of both units, an auditor) and the request that
 * person sends, valid in every other respect, so that the answer depends on who sends it alone. The root units
 * are the administrator's to register (ADR 0020).
 */
final class WriteRouteScenarios {
    static final String CSV =
            "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\nLayanan A,4,3,4,3,4,3,4,3,4\nLayanan A,3,3,3,3,3,3,3,3,3\n";

    /** A request as the person sends it: to the API with their token, or to a page as their browser would. */
    record Request(String method, String path, String contentType, byte[] body, boolean page) {
        static Request json(String method, String path, String json) {
            return new Request(method, path, "application/json", bytes(json), false);
        }

        static Request form(String path, Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return new Request("POST", path, "application/x-www-form-urlencoded", bytes(body.toString()), true);
        }

        static Request multipart(String path, String fileName, String type, byte[] content, boolean page) {
            String boundary = "kinerja-" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n"));
            body.writeBytes(content);
            body.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
            return new Request("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), page);
        }
    }

    /** A unit of the run with what its routes need: a plan period and a draft decree with an objective. */
    record Unit(String id, String period, String objective) {}

    /** The person tested. */
    record Actor(String role, String username, String password, String token) {}

    /** Builds the request for one route, on this unit, for this person; {@code consumes} picks the variant. */
    interface Scenario {
        Request prepare(WriteRouteScenarios data, Unit unit, Actor actor, String consumes);
    }

    private final ApiClient api;
    private String planner;
    private String evaluator;
    private String auditor;
    private final String admin;
    private final AtomicInteger counter = new AtomicInteger();

    WriteRouteScenarios(ApiClient api) {
        this.api = api;
        this.admin = api.adminToken();
    }

    /**
     * Root units registered by the administrator, each with a plan period and a draft decree with an objective
     * made by the helper planner, who plans for all of them (and for no unit of an earlier run).
     */
    java.util.List<Unit> newRootUnits(int count) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(ok(api.post(
                            "/api/v1/units",
                            admin,
                            "{\"parentId\":null,\"name\":\"Biro " + unique()
                                    + "\",\"type\":\"BIRO\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"))
                    .path("id")
                    .asText());
        }
        rootUnits.addAll(ids);
        planner = api.tokenForNewUser("PLANNER", rootUnits.toArray(String[]::new));
        return ids.stream().map(this::prepared).toList();
    }

    /** Every root unit of the run: the helper planner (opened anew for each batch) plans for all of them. */
    private final java.util.List<String> rootUnits = new java.util.ArrayList<>();

    Unit newRootUnit() {
        return newRootUnits(1).get(0);
    }

    /** The helpers who enter, submit and verify realizations: an evaluator of every unit and an auditor. */
    void helpedBy(String evaluatorOfEveryUnit, String anAuditor) {
        this.evaluator = evaluatorOfEveryUnit;
        this.auditor = anAuditor;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    private String unique() {
        return Long.toHexString(System.nanoTime()) + counter.incrementAndGet();
    }

    // ---- the data, made by the helpers

    String newUnit(String parent) {
        return ok(api.post(
                        "/api/v1/units",
                        planner,
                        "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"name\":\"Bagian "
                                + unique()
                                + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"))
                .path("id")
                .asText();
    }

    private Unit prepared(String unit) {
        String period = ok(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        String objective = newObjective(newDraftDecree(unit), period);
        return new Unit(unit, period, objective);
    }

    /**
     * A draft decree of the unit for the route being tried: the one a refused try left untouched, else a new
     * one (so that a run adds a few dozen decrees, not hundreds, to the database the other tests share).
     */
    String draftDecree(String unit) {
        return spareDrafts.computeIfAbsent(route + " " + unit, key -> newDraftDecree(unit));
    }

    String newDraftDecree(String unit) {
        return ok(api.post("/api/v1/decrees", planner, decreeBody(unit, null)))
                .path("id")
                .asText();
    }

    private final Map<String, String> spareDrafts = new HashMap<>();
    private String route = "";

    /** The route whose cases come next. */
    void trying(String routeKey) {
        route = routeKey;
    }

    /** A case went through: whatever it was given may have changed, so nothing of it is reused. */
    void spent() {
        spareDrafts.clear();
    }

    String decreeBody(String unit, Long version) {
        return "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + unique() + "/RO-UM/2024\","
                + "\"title\":\"INDIKATOR KINERJA UTAMA\",\"issuingOfficial\":\"KEPALA BIRO\","
                + "\"signatory\":{\"name\":\"A\",\"position\":\"KEPALA BIRO\"},"
                + "\"decisions\":[\"IKU sebagaimana tercantum dalam Lampiran.\"],\"place\":\"Pontianak\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    String newObjective(String decree, String period) {
        return ok(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"" + unique().substring(0, 8)
                                + "\",\"statement\":\"Meningkatkan layanan\"}"))
                .path("id")
                .asText();
    }

    static String numericIndicatorBody(String targets, Long version) {
        return "{\"name\":\"Persentase layanan tepat waktu\",\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\","
                + "\"unitOfMeasure\":\"%\",\"frequency\":\"ANNUAL\""
                + (targets == null ? "" : ",\"targets\":" + targets)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    String numericIndicator(Unit unit) {
        return ok(api.post(
                        "/api/v1/objectives/" + unit.objective() + "/indicators",
                        planner,
                        numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null)))
                .path("id")
                .asText();
    }

    String indexIndicator(Unit unit) {
        return ok(api.post(
                        "/api/v1/objectives/" + unit.objective() + "/indicators",
                        planner,
                        "{\"name\":\"IKM\",\"kind\":\"SATISFACTION_INDEX\",\"polarity\":\"HIGHER_IS_BETTER\","
                                + "\"unitOfMeasure\":\"indeks\",\"surveyedServices\":[\"Layanan A\"],"
                                + "\"targets\":[{\"year\":2024,\"value\":80,\"category\":\"Baik\"}]}"))
                .path("id")
                .asText();
    }

    /** A draft realization of a fresh indicator of the unit, entered by the helper evaluator. */
    JsonNode draft(Unit unit) {
        return ok(api.post(
                "/api/v1/indicators/" + numericIndicator(unit) + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"75\"}"));
    }

    JsonNode submitted(Unit unit) {
        JsonNode draft = draft(unit);
        return ok(api.post(
                "/api/v1/realizations/" + draft.path("id").asText() + "/submit",
                evaluator,
                "{\"version\":" + draft.path("version").asLong() + "}"));
    }

    JsonNode verified(Unit unit) {
        JsonNode submitted = submitted(unit);
        return ok(api.post(
                "/api/v1/realizations/" + submitted.path("id").asText() + "/verify",
                auditor,
                "{\"version\":" + submitted.path("version").asLong() + "}"));
    }

    String survey(String unit, String indicator) {
        return ok(api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\""
                                + (indicator == null
                                        ? ",\"services\":[\"Layanan A\"]"
                                        : ",\"indicatorId\":\"" + indicator + "\"")
                                + "}"))
                .path("id")
                .asText();
    }

    void importResponses(String survey) {
        ok(api.send("POST", "/api/v1/surveys/" + survey + "/responses", evaluator, "text/csv", CSV));
    }

    /** The run of an import into the survey that has ended. */
    String endedRun(String survey) {
        importResponses(survey);
        return ok(api.get("/api/v1/surveys/" + survey + "/import-runs", evaluator))
                .path(0)
                .path("id")
                .asText();
    }

    JsonNode user(String id) {
        return ok(api.get("/api/v1/users/" + id, admin));
    }

    /** Cascading (issue 14, item 4): a unit under the unit with a draft decree, an objective and an indicator. */
    record CascadeChild(String unit, String decree, String objective, String indicator) {}

    CascadeChild cascadeChild(Unit parent) {
        String child = newUnit(parent.id());
        String period = ok(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + child + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        String decree = newDraftDecree(child);
        String objective = newObjective(decree, period);
        String indicator = numericIndicator(new Unit(child, period, objective));
        return new CascadeChild(child, decree, objective, indicator);
    }

    String closedChildUnit(Unit unit) {
        String child = newUnit(unit.id());
        ok(api.post("/api/v1/units/" + child + "/years/2024/close", auditor, "{\"reason\":\"final\"}"));
        return child;
    }

    // ---- the table of scenarios, keyed like the matrix

    static final Map<String, Scenario> SCENARIOS = scenarios();

    private static Map<String, Scenario> scenarios() {
        Map<String, Scenario> all = new HashMap<>();
        all.put(
                "POST /api/v1/auth/token",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/auth/token",
                        "{\"username\":\"" + a.username() + "\",\"password\":\"" + a.password() + "\"}"));
        all.put(
                "POST /login",
                (d, u, a, c) -> Request.form("/login", Map.of("username", a.username(), "password", a.password())));
        all.put("POST /logout", (d, u, a, c) -> Request.form("/logout", Map.of()));
        // importing an archive needs a fresh instance, which the shared test database is not: past the role
        // check it is refused as not fresh or not an archive, never carried out (WriteRouteMatrix.Rule.unreachable)
        all.put("POST /api/v1/archive", (d, u, a, c) -> archiveUpload("/api/v1/archive", false));
        all.put("POST /arsip", (d, u, a, c) -> archiveUpload("/arsip", true));
        all.put(
                "POST /token_info",
                (d, u, a, c) -> new Request(
                        "POST",
                        "/token_info",
                        "application/x-www-form-urlencoded",
                        bytes("token=" + a.token()),
                        false));
        all.put(
                "POST /api/v1/users",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/users",
                        "{\"username\":\"pengguna-" + d.unique()
                                + "\",\"displayName\":\"Baru\",\"password\":\"sandi-yang-panjang-" + d.unique()
                                + "\",\"roles\":[\"EVALUATOR\"]}"));
        all.put("PUT /api/v1/users/{id}", (d, u, a, c) -> {
            JsonNode user = d.user(d.victim);
            return Request.json(
                    "PUT",
                    "/api/v1/users/" + d.victim,
                    "{\"version\":" + user.path("version").asLong()
                            + ",\"displayName\":\"Korban\",\"roles\":[\"EVALUATOR\"],\"active\":true}");
        });
        all.put(
                "PUT /api/v1/users/{id}/units",
                (d, u, a, c) -> Request.json(
                        "PUT", "/api/v1/users/" + d.victim + "/units", "{\"unitIds\":[\"" + u.id() + "\"]}"));
        all.put(
                "POST /api/v1/units",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/units",
                        "{\"parentId\":\"" + u.id() + "\",\"name\":\"Subbagian " + d.unique()
                                + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        all.put("PUT /api/v1/units/{id}", (d, u, a, c) -> {
            String child = d.newUnit(u.id());
            return Request.json(
                    "PUT",
                    "/api/v1/units/" + child,
                    "{\"parentId\":\"" + u.id() + "\",\"name\":\"Bagian " + d.unique()
                            + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"],\"version\":0}");
        });
        all.put(
                "POST /api/v1/plan-periods",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/plan-periods",
                        "{\"unitId\":\"" + d.newUnit(u.id())
                                + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
        all.put(
                "POST /api/v1/decrees",
                (d, u, a, c) -> Request.json("POST", "/api/v1/decrees", d.decreeBody(u.id(), null)));
        all.put(
                "PUT /api/v1/decrees/{id}",
                (d, u, a, c) ->
                        Request.json("PUT", "/api/v1/decrees/" + d.draftDecree(u.id()), d.decreeBody(u.id(), 0L)));
        all.put(
                "POST /api/v1/decrees/{id}/enact",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/decrees/" + d.draftDecree(u.id()) + "/enact",
                        "{\"version\":0,\"enactedOn\":\"2024-01-03\"}"));
        all.put("POST /api/v1/decrees/{id}/revoke", (d, u, a, c) -> {
            String decree = d.newDraftDecree(u.id()); // enacted here, so never a spare one
            ok(d.api.post(
                    "/api/v1/decrees/" + decree + "/enact", d.planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}"));
            return Request.json(
                    "POST",
                    "/api/v1/decrees/" + decree + "/revoke",
                    "{\"version\":1,\"revokedOn\":\"2024-06-03\",\"reason\":\"diganti\"}");
        });
        all.put(
                "POST /api/v1/decrees/{id}/objectives",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/decrees/" + d.draftDecree(u.id()) + "/objectives",
                        "{\"planPeriodId\":\"" + u.period()
                                + "\",\"code\":\"1\",\"statement\":\"Meningkatkan layanan\"}"));
        all.put(
                "POST /api/v1/objectives/{objectiveId}/indicators",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/objectives/" + u.objective() + "/indicators",
                        numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null)));
        all.put(
                "PUT /api/v1/indicators/{id}",
                (d, u, a, c) -> Request.json(
                        "PUT", "/api/v1/indicators/" + d.numericIndicator(u), numericIndicatorBody(null, 0L)));
        all.put(
                "POST /api/v1/indicators/{id}/targets",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/indicators/" + d.numericIndicator(u) + "/targets",
                        "{\"version\":0,\"target\":{\"year\":2025,\"value\":82}}"));
        all.put(
                "PUT /api/v1/indicators/{id}/targets/{year}",
                (d, u, a, c) -> Request.json(
                        "PUT",
                        "/api/v1/indicators/" + d.numericIndicator(u) + "/targets/2024",
                        "{\"version\":0,\"target\":{\"year\":2024,\"value\":81}}"));
        all.put(
                "POST /api/v1/rating-scales",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/rating-scales",
                        "{\"name\":\"Skala " + d.unique() + "\",\"bands\":[{\"from\":80,\"label\":\"Baik\"},"
                                + "{\"from\":null,\"label\":\"Kurang\"}]}"));
        all.put(
                "POST /keputusan",
                (d, u, a, c) -> Request.form(
                        "/keputusan",
                        Map.of(
                                "unitId", u.id(),
                                "number", d.unique() + "/RO-UM/2024",
                                "title", "IKU",
                                "issuingOfficial", "KEPALA BIRO",
                                "signatoryName", "A",
                                "signatoryPosition", "KEPALA BIRO")));
        all.put(
                "POST /keputusan/{id}/sasaran",
                (d, u, a, c) -> Request.form(
                        "/keputusan/" + d.draftDecree(u.id()) + "/sasaran",
                        Map.of("planPeriodId", u.period(), "code", "1", "statement", "Meningkatkan layanan")));
        all.put("POST /keputusan/{id}/indikator", (d, u, a, c) -> {
            String decree = d.draftDecree(u.id());
            String objective = d.newObjective(decree, u.period());
            return Request.form(
                    "/keputusan/" + decree + "/indikator",
                    Map.of(
                            "objectiveId", objective,
                            "name", "Persentase layanan",
                            "kind", "NUMERIC",
                            "polarity", "HIGHER_IS_BETTER",
                            "frequency", "ANNUAL",
                            "unitOfMeasure", "%",
                            "targetYear1", "2024",
                            "targetValue1", "80"));
        });
        all.put(
                "POST /keputusan/{id}/tetapkan",
                (d, u, a, c) -> Request.form(
                        "/keputusan/" + d.draftDecree(u.id()) + "/tetapkan",
                        Map.of("version", "0", "enactedOn", "2024-01-03")));
        all.put(
                "POST /api/v1/surveys",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/surveys",
                        "{\"unitId\":\"" + u.id() + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}"));
        all.put("POST /api/v1/surveys/{id}/responses", (d, u, a, c) -> {
            String path = "/api/v1/surveys/" + d.survey(u.id(), null) + "/responses";
            if (c.startsWith("multipart/")) {
                return Request.multipart(path, "jawaban.csv", "text/csv", bytes(CSV), false);
            }
            if (c.equals("application/json")) {
                return Request.json(
                        "POST",
                        path,
                        "[{\"layanan\":\"Layanan A\",\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,"
                                + "\"U8\":4,\"U9\":4}]");
            }
            return new Request("POST", path, "text/csv", bytes(CSV), false);
        });
        all.put(
                "POST /api/v1/indicators/{id}/realizations",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/indicators/" + d.numericIndicator(u) + "/realizations",
                        "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"80\"}"));
        all.put("PUT /api/v1/realizations/{id}", (d, u, a, c) -> {
            JsonNode draft = d.draft(u);
            return Request.json(
                    "PUT",
                    "/api/v1/realizations/" + draft.path("id").asText(),
                    "{\"version\":" + draft.path("version").asLong() + ",\"value\":\"81\"}");
        });
        all.put("POST /api/v1/realizations/{id}/submit", (d, u, a, c) -> step(d.draft(u), "submit", null));
        all.put("POST /api/v1/realizations/{id}/verify", (d, u, a, c) -> step(d.submitted(u), "verify", null));
        all.put("POST /api/v1/realizations/{id}/return", (d, u, a, c) -> step(d.submitted(u), "return", "cek bukti"));
        all.put("POST /api/v1/realizations/{id}/reopen", (d, u, a, c) -> step(d.verified(u), "reopen", "salah ketik"));
        all.put("POST /api/v1/realizations/{id}/evidence", (d, u, a, c) -> {
            String path = "/api/v1/realizations/" + d.draft(u).path("id").asText() + "/evidence";
            return c.startsWith("multipart/")
                    ? Request.multipart(path, "bukti.pdf", "application/pdf", bytes("bukti"), false)
                    : Request.json("POST", path, "{\"title\":\"Bukti\",\"url\":\"https://contoh.go.id/bukti\"}");
        });
        all.put(
                "POST /survei",
                (d, u, a, c) -> Request.form(
                        "/survei",
                        Map.of(
                                "indicatorId",
                                d.indexIndicator(u),
                                "year",
                                "2024",
                                "methodology",
                                "PERMENPANRB_14_2017")));
        all.put(
                "POST /survei/{id}/jawaban",
                (d, u, a, c) -> Request.multipart(
                        "/survei/" + d.survey(u.id(), null) + "/jawaban", "jawaban.csv", "text/csv", bytes(CSV), true));
        all.put("POST /survei/{id}/realisasi", (d, u, a, c) -> {
            String survey = d.survey(u.id(), d.indexIndicator(u));
            d.importResponses(survey);
            return Request.form("/survei/" + survey + "/realisasi", Map.of());
        });
        all.put(
                "POST /indikator/{id}/realisasi",
                (d, u, a, c) -> Request.form(
                        "/indikator/" + d.numericIndicator(u) + "/realisasi",
                        Map.of("year", "2024", "period", "ANNUAL", "value", "80")));
        all.put("POST /realisasi/{id}/ubah", (d, u, a, c) -> {
            JsonNode draft = d.draft(u);
            return Request.form(
                    "/realisasi/" + draft.path("id").asText() + "/ubah",
                    Map.of("version", draft.path("version").asText(), "value", "81"));
        });
        all.put("POST /realisasi/{id}/ajukan", (d, u, a, c) -> pageStep(d.draft(u), "ajukan", null));
        all.put("POST /realisasi/{id}/verifikasi", (d, u, a, c) -> pageStep(d.submitted(u), "verifikasi", null));
        all.put("POST /realisasi/{id}/kembalikan", (d, u, a, c) -> pageStep(d.submitted(u), "kembalikan", "cek bukti"));
        all.put(
                "POST /realisasi/{id}/bukti",
                (d, u, a, c) -> Request.multipart(
                        "/realisasi/" + d.draft(u).path("id").asText() + "/bukti",
                        "bukti.pdf",
                        "application/pdf",
                        bytes("bukti"),
                        true));
        all.put(
                "POST /api/v1/units/{id}/years/{year}/close",
                (d, u, a, c) -> Request.json(
                        "POST", "/api/v1/units/" + d.newUnit(u.id()) + "/years/2024/close", "{\"reason\":\"final\"}"));
        all.put(
                "POST /api/v1/units/{id}/years/{year}/reopen",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/units/" + d.closedChildUnit(u) + "/years/2024/reopen",
                        "{\"reason\":\"temuan BPK\"}"));
        all.put(
                "POST /tahun",
                (d, u, a, c) -> Request.form(
                        "/tahun",
                        Map.of("unitId", d.newUnit(u.id()), "year", "2024", "action", "close", "confirm", "yes")));
        // administration pages (issue 12, item 1)
        all.put(
                "POST /pengguna",
                (d, u, a, c) -> Request.form(
                        "/pengguna",
                        Map.of(
                                "username",
                                "pengguna-" + d.unique(),
                                "displayName",
                                "Pengguna Baru",
                                "roleEvaluator",
                                "on",
                                "password",
                                "sandi-yang-panjang-" + d.unique())));
        all.put(
                "POST /pengguna/{id}",
                (d, u, a, c) -> Request.form(
                        "/pengguna/" + d.victim,
                        Map.of(
                                "version", d.user(d.victim).path("version").asText(),
                                "displayName", "Korban",
                                "roleEvaluator", "on",
                                "active", "on")));
        all.put(
                "POST /pengguna/{id}/sandi",
                (d, u, a, c) -> Request.form(
                        "/pengguna/" + d.victim + "/sandi",
                        Map.of(
                                "version",
                                d.user(d.victim).path("version").asText(),
                                "password",
                                "sandi-korban-baru-" + d.unique())));
        all.put(
                "POST /pengguna/{id}/unit",
                (d, u, a, c) ->
                        Request.form("/pengguna/" + d.victim + "/unit", Map.of("unitId", u.id(), "action", "add")));
        all.put(
                "POST /unit",
                (d, u, a, c) -> Request.form(
                        "/unit",
                        Map.of(
                                "parentId", u.id(),
                                "name", "Subbagian " + d.unique(),
                                "type", "SUBBAGIAN",
                                "tasks", "Tugas",
                                "functions", "Fungsi satu\nFungsi dua")));
        all.put(
                "POST /unit/{id}",
                (d, u, a, c) -> Request.form(
                        "/unit/" + d.newUnit(u.id()),
                        Map.of(
                                "parentId", u.id(),
                                "name", "Bagian " + d.unique(),
                                "type", "BAGIAN",
                                "tasks", "Tugas",
                                "functions", "Fungsi",
                                "version", "0")));
        all.put(
                "POST /periode-rencana",
                (d, u, a, c) -> Request.form(
                        "/periode-rencana",
                        Map.of("unitId", d.newUnit(u.id()), "kind", "RPD", "firstYear", "2024", "lastYear", "2026")));
        all.put(
                "POST /skala-penilaian",
                (d, u, a, c) -> Request.form(
                        "/skala-penilaian",
                        Map.of(
                                "name", "Skala " + d.unique(),
                                "from1", "80",
                                "label1", "Baik",
                                "lowest", "Kurang")));
        // the planner's whole cycle and the survey link kept on pages (issue 12, items 2 and 6)
        all.put(
                "DELETE /api/v1/decrees/{id}",
                (d, u, a, c) -> Request.json("DELETE", "/api/v1/decrees/" + d.draftDecree(u.id()) + "?version=0", ""));
        all.put("POST /keputusan/{id}/ubah", (d, u, a, c) -> {
            String decree = d.draftDecree(u.id());
            return Request.form(
                    "/keputusan/" + decree + "/ubah",
                    Map.of(
                            "unitId", u.id(),
                            "version", "0",
                            "number", d.unique() + "/RO-UM/2024",
                            "title", "IKU yang diubah",
                            "issuingOfficial", "KEPALA BIRO",
                            "decisions", "IKU sebagaimana tercantum dalam Lampiran.",
                            "signatoryName", "A",
                            "signatoryPosition", "KEPALA BIRO"));
        });
        all.put(
                "POST /keputusan/{id}/hapus",
                (d, u, a, c) -> Request.form("/keputusan/" + d.draftDecree(u.id()) + "/hapus", Map.of("version", "0")));
        all.put("POST /keputusan/{id}/cabut", (d, u, a, c) -> {
            String decree = d.newDraftDecree(u.id()); // enacted here, so never a spare one
            ok(d.api.post(
                    "/api/v1/decrees/" + decree + "/enact", d.planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}"));
            return Request.form(
                    "/keputusan/" + decree + "/cabut",
                    Map.of("version", "1", "revokedOn", "3 Juni 2024", "reason", "diganti"));
        });
        all.put("POST /keputusan/{id}/target", (d, u, a, c) -> {
            String indicator = d.numericIndicator(u);
            String decree = d.api.get("/api/v1/indicators/" + indicator, d.planner)
                    .json()
                    .path("decreeId")
                    .asText();
            return Request.form(
                    "/keputusan/" + decree + "/target",
                    Map.of("indicatorId", indicator, "targetYear", "2025", "targetValue", "82,5"));
        });
        all.put("PUT /api/v1/realizations/{id}/narrative", (d, u, a, c) -> {
            JsonNode draft = d.draft(u);
            return Request.json(
                    "PUT",
                    "/api/v1/realizations/" + draft.path("id").asText() + "/narrative",
                    "{\"version\":" + draft.path("version").asLong() + ",\"supportingFactors\":\"tim solid\"}");
        });
        all.put("POST /realisasi/{id}/narasi", (d, u, a, c) -> {
            JsonNode draft = d.draft(u);
            return Request.form(
                    "/realisasi/" + draft.path("id").asText() + "/narasi",
                    Map.of("version", draft.path("version").asText(), "supporting", "tim solid"));
        });
        all.put("POST /realisasi/{id}/survei", (d, u, a, c) -> {
            String indicator = d.indexIndicator(u);
            String survey = d.survey(u.id(), indicator);
            d.importResponses(survey);
            JsonNode entered = ok(d.api.post(
                    "/api/v1/indicators/" + indicator + "/realizations",
                    d.evaluator,
                    "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"80\"}"));
            return Request.form(
                    "/realisasi/" + entered.path("id").asText() + "/survei",
                    Map.of("version", entered.path("version").asText(), "surveyId", survey));
        });
        // Perjanjian Kinerja (issue 13): each case on a fresh section, with an enacted IKU, of the unit tried (a
        // planner plans for the sections of their unit, ADR 0020)
        all.put(
                "POST /api/v1/units/{id}/performance-agreements",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/units/" + d.sectionWithIku(u).unit() + "/performance-agreements",
                        AGREEMENT_DRAFT));
        all.put(
                "PUT /api/v1/performance-agreements/{agreementId}",
                (d, u, a, c) -> Request.json(
                        "PUT",
                        "/api/v1/performance-agreements/"
                                + d.draftAgreement(u).path("id").asText(),
                        "{\"version\":0,\"firstParty\":" + AGREEMENT_PARTY + ",\"secondParty\":" + AGREEMENT_PARTY
                                + "}"));
        all.put("PUT /api/v1/performance-agreements/{agreementId}/targets/{indicatorId}", (d, u, a, c) -> {
            JsonNode draft = d.draftAgreement(u);
            return Request.json(
                    "PUT",
                    "/api/v1/performance-agreements/" + draft.path("id").asText() + "/targets/"
                            + draft.path("lines").get(0).path("indicatorId").asText(),
                    "{\"version\":0,\"target\":{\"year\":2024,\"value\":75},\"reason\":\"pagu dipotong\"}");
        });
        all.put(
                "POST /api/v1/performance-agreements/{agreementId}/sign",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/performance-agreements/"
                                + d.draftAgreement(u).path("id").asText() + "/sign",
                        "{\"version\":0,\"signedOn\":\"2024-01-15\"}"));
        all.put("POST /api/v1/performance-agreements/{agreementId}/revise", (d, u, a, c) -> {
            String draft = d.draftAgreement(u).path("id").asText();
            ok(d.api.post(
                    "/api/v1/performance-agreements/" + draft + "/sign",
                    d.planner,
                    "{\"version\":0,\"signedOn\":\"2024-01-15\"}"));
            return Request.json(
                    "POST",
                    "/api/v1/performance-agreements/" + draft + "/revise",
                    "{\"reason\":\"pergantian pejabat\"}");
        });
        // the LKjIP's narrative and issues (issue 13): a section is written over the version just read, so that
        // each case succeeds or fails by its sender alone; an issue needs nothing but the unit
        all.put(
                "PUT /api/v1/units/{id}/reports/lkjip/{year}/narrative",
                (d, u, a, c) -> Request.json(
                        "PUT",
                        "/api/v1/units/" + u.id() + "/reports/lkjip/2024/narrative",
                        "{\"section\":\"CLOSING\",\"text\":\"Penutup " + d.unique() + "\",\"version\":"
                                + d.closingVersion(u) + "}"));
        all.put(
                "POST /laporan-kinerja/{unitId}/{year}/narasi",
                (d, u, a, c) -> Request.form(
                        "/laporan-kinerja/" + u.id() + "/2024/narasi",
                        Map.of(
                                "section",
                                "CLOSING",
                                "text",
                                "Penutup " + d.unique(),
                                "version",
                                String.valueOf(d.closingVersion(u)))));
        all.put(
                "POST /api/v1/units/{id}/reports/lkjip/{year}/issues",
                (d, u, a, c) -> Request.json("POST", "/api/v1/units/" + u.id() + "/reports/lkjip/2024/issues", "{}"));
        all.put(
                "POST /laporan-kinerja/{unitId}/{year}/terbitkan",
                (d, u, a, c) -> Request.form("/laporan-kinerja/" + u.id() + "/2024/terbitkan", Map.of()));
        // Matriks IKU import (issue 14)
        all.put("POST /api/v1/indicator-matrices", (d, u, a, c) -> matrixUpload(u.id()));
        all.put("POST /matriks", (d, u, a, c) -> {
            Request upload = matrixUpload(u.id());
            return new Request("POST", "/matriks", upload.contentType(), upload.body(), true);
        });
        all.put(
                "POST /matriks/{id}/simpan",
                (d, u, a, c) -> Request.form(
                        "/matriks/" + d.previewedMatrix(u.id()) + "/simpan", Map.of("number", "IMPOR/" + d.unique())));
        all.put(
                "POST /api/v1/indicator-matrices/{id}/commit",
                (d, u, a, c) -> Request.json(
                        "POST",
                        "/api/v1/indicator-matrices/" + d.previewedMatrix(u.id()) + "/commit",
                        "{\"number\":\"IMPOR/" + d.unique() + "\"}"));

        // Public page of approved results (issue 14, item 6)
        all.put(
                "PUT /api/v1/units/{id}/publication",
                (d, u, a, c) ->
                        Request.json("PUT", "/api/v1/units/" + u.id() + "/publication", "{\"published\":true}"));
        // Survey import progress and cancellation (issue 15, item 2): cancelling an ended run answers it unchanged
        all.put("POST /api/v1/surveys/{id}/import-runs/{runId}/cancel", (d, u, a, c) -> {
            String survey = d.survey(u.id(), null);
            return Request.json(
                    "POST", "/api/v1/surveys/" + survey + "/import-runs/" + d.endedRun(survey) + "/cancel", "{}");
        });
        all.put("POST /survei/{id}/impor/{runId}/batal", (d, u, a, c) -> {
            String survey = d.survey(u.id(), null);
            return Request.form("/survei/" + survey + "/impor/" + d.endedRun(survey) + "/batal", Map.of());
        });
        // Survey results at summary level (issue 14, item 3): the IKM alone, with its report
        all.put(
                "POST /api/v1/surveys/{id}/reported-results",
                (d, u, a, c) -> reportedResult(
                        "/api/v1/surveys/" + d.survey(u.id(), d.indexIndicator(u)) + "/reported-results", false));
        all.put(
                "POST /survei/{id}/dilaporkan",
                (d, u, a, c) ->
                        reportedResult("/survei/" + d.survey(u.id(), d.indexIndicator(u)) + "/dilaporkan", true));

        // Cascading (issue 14, item 4): a node of a unit under the unit tried supports the unit's objective
        all.put(
                "PUT /api/v1/objectives/{id}/support",
                (d, u, a, c) -> Request.json(
                        "PUT",
                        "/api/v1/objectives/" + d.cascadeChild(u).objective() + "/support",
                        "{\"objectiveId\":\"" + u.objective() + "\"}"));
        all.put(
                "PUT /api/v1/indicators/{id}/support",
                (d, u, a, c) -> Request.json(
                        "PUT",
                        "/api/v1/indicators/" + d.cascadeChild(u).indicator() + "/support",
                        "{\"objectiveId\":\"" + u.objective() + "\"}"));
        all.put(
                "DELETE /api/v1/objectives/{id}/support",
                (d, u, a, c) -> Request.json(
                        "DELETE", "/api/v1/objectives/" + d.cascadeChild(u).objective() + "/support", ""));
        all.put(
                "DELETE /api/v1/indicators/{id}/support",
                (d, u, a, c) -> Request.json(
                        "DELETE", "/api/v1/indicators/" + d.cascadeChild(u).indicator() + "/support", ""));
        all.put("POST /kaskade/sasaran/{id}", (d, u, a, c) -> {
            CascadeChild child = d.cascadeChild(u);
            return Request.form(
                    "/kaskade/sasaran/" + child.objective(),
                    Map.of("keputusan", child.decree(), "dukung", "OBJECTIVE:" + u.objective()));
        });
        all.put("POST /kaskade/indikator/{id}", (d, u, a, c) -> {
            CascadeChild child = d.cascadeChild(u);
            return Request.form(
                    "/kaskade/indikator/" + child.indicator(),
                    Map.of("keputusan", child.decree(), "dukung", "OBJECTIVE:" + u.objective()));
        });

        // Realizations in bulk (issue 14, item 2): evaluators of the unit upload its sheet and commit it
        all.put("POST /api/v1/realization-imports", (d, u, a, c) -> realizationSheet(u.id(), false));
        all.put("POST /impor-realisasi", (d, u, a, c) -> realizationSheet(u.id(), true));
        all.put(
                "POST /api/v1/realization-imports/{id}/commit",
                (d, u, a, c) -> Request.json(
                        "POST", "/api/v1/realization-imports/" + d.committableRealizationSheet(u) + "/commit", "{}"));
        all.put(
                "POST /impor-realisasi/{id}/simpan",
                (d, u, a, c) ->
                        Request.form("/impor-realisasi/" + d.committableRealizationSheet(u) + "/simpan", Map.of()));

        // PK pages (issue 13, items 1 and 6): each case on a fresh section with an enacted IKU of the unit tried
        all.put(
                "POST /perjanjian-kinerja/{unitId}/{year}/susun",
                (d, u, a, c) -> Request.form(
                        "/perjanjian-kinerja/" + d.sectionWithIku(u).unit() + "/2024/susun", AGREEMENT_PARTIES_FORM));
        all.put("POST /perjanjian-kinerja/{id}/ubah", (d, u, a, c) -> {
            Map<String, String> form = new HashMap<>(AGREEMENT_PARTIES_FORM);
            form.put("version", "0");
            return Request.form(
                    "/perjanjian-kinerja/" + d.draftAgreement(u).path("id").asText() + "/ubah", form);
        });
        all.put("POST /perjanjian-kinerja/{id}/target", (d, u, a, c) -> {
            JsonNode draft = d.draftAgreement(u);
            return Request.form(
                    "/perjanjian-kinerja/" + draft.path("id").asText() + "/target",
                    Map.of(
                            "version", "0",
                            "indicatorId",
                                    draft.path("lines")
                                            .get(0)
                                            .path("indicatorId")
                                            .asText(),
                            "targetValue", "75",
                            "reason", "pagu dipotong"));
        });
        all.put(
                "POST /perjanjian-kinerja/{id}/tandatangan",
                (d, u, a, c) -> Request.form(
                        "/perjanjian-kinerja/" + d.draftAgreement(u).path("id").asText() + "/tandatangan",
                        Map.of("version", "0", "signedOn", "2024-01-15")));
        all.put("POST /perjanjian-kinerja/{id}/perubahan", (d, u, a, c) -> {
            String draft = d.draftAgreement(u).path("id").asText();
            ok(d.api.post(
                    "/api/v1/performance-agreements/" + draft + "/sign",
                    d.planner,
                    "{\"version\":0,\"signedOn\":\"2024-01-15\"}"));
            return Request.form("/perjanjian-kinerja/" + draft + "/perubahan", Map.of("reason", "pergantian pejabat"));
        });
        all.put(
                "PUT /api/v1/performance-agreements/{agreementId}/budget-realization",
                (d, u, a, c) -> Request.json(
                        "PUT",
                        "/api/v1/performance-agreements/"
                                + d.draftAgreement(u).path("id").asText() + "/budget-realization",
                        "{\"lines\":[{\"code\":\"1.01\",\"realized\":\"900.000,00\"}]}"));
        // An indicator's definition revised on a page while its decree is a draft (issue 12, item 2)
        all.put(
                "POST /indikator/{id}/ubah",
                (d, u, a, c) -> Request.form(
                        "/indikator/" + d.numericIndicator(u) + "/ubah",
                        Map.of(
                                "version", "0",
                                "name", "Persentase layanan tepat waktu",
                                "definition", "Layanan selesai dalam waktu standar dibagi seluruh layanan",
                                "unitOfMeasure", "%",
                                "polarity", "HIGHER_IS_BETTER")));

        // The public SKM questionnaire (issue 16)
        all.put("POST /skm/{code}", (d, u, a, c) -> {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("kunjungan", d.token());
            fields.put("perangkat", d.token());
            for (int element = 1; element <= 9; element++) {
                fields.put("u" + element, "4");
            }
            return Request.form("/skm/" + d.questionnaireCode(u.id()), fields);
        });
        all.put(
                "POST /survei/{id}/pengumpulan/tutup",
                (d, u, a, c) -> Request.form("/survei/" + d.onlineSurvey(u.id()) + "/pengumpulan/tutup", Map.of()));
        all.put(
                "POST /api/v1/surveys/{id}/collection/close",
                (d, u, a, c) ->
                        Request.json("POST", "/api/v1/surveys/" + d.onlineSurvey(u.id()) + "/collection/close", "{}"));
        // A draft decree's objective revised in its number and words (issue 12, item 2): each case a fresh
        // objective at version 0, so that an allowed revision is never refused as stale
        all.put(
                "PUT /api/v1/objectives/{id}",
                (d, u, a, c) -> Request.json(
                        "PUT",
                        "/api/v1/objectives/" + d.newObjective(d.draftDecree(u.id()), u.period()),
                        "{\"version\":0,\"code\":\"" + d.unique().substring(0, 8)
                                + "\",\"statement\":\"Meningkatnya kualitas layanan\"}"));
        all.put(
                "POST /sasaran/{id}/ubah",
                (d, u, a, c) -> Request.form(
                        "/sasaran/" + d.newObjective(d.draftDecree(u.id()), u.period()) + "/ubah",
                        Map.of(
                                "version", "0",
                                "code", d.unique().substring(0, 8),
                                "statement", "Meningkatnya kualitas layanan")));

        // Budget realization page and sheet import (issue 13, item 2)
        all.put(
                "POST /perjanjian-kinerja/{id}/anggaran",
                (d, u, a, c) -> new Request(
                        "POST",
                        "/perjanjian-kinerja/" + d.draftAgreement(u).path("id").asText() + "/anggaran",
                        "application/x-www-form-urlencoded",
                        bytes(
                                "kode=1.01&pagu=1.000.000&realisasi=900.000&kode=&pagu=&realisasi=&kode=&pagu=&realisasi="),
                        true));
        all.put(
                "POST /perjanjian-kinerja/{id}/anggaran/impor",
                (d, u, a, c) -> Request.multipart(
                        "/perjanjian-kinerja/" + d.draftAgreement(u).path("id").asText() + "/anggaran/impor",
                        "anggaran.csv",
                        "text/csv",
                        bytes(BUDGET_CSV),
                        true));
        all.put(
                "POST /api/v1/performance-agreements/{agreementId}/budget-realization/import",
                (d, u, a, c) -> Request.multipart(
                        "/api/v1/performance-agreements/"
                                + d.draftAgreement(u).path("id").asText() + "/budget-realization/import",
                        "anggaran.csv",
                        "text/csv",
                        bytes(BUDGET_CSV),
                        false));
        return Map.copyOf(all);
    }

    /** A filled budget sheet of the scenario's draft PK (programme 1.01), as Indonesian Excel saves a CSV. */
    private static final String BUDGET_CSV =
            "Kode;Program / Kegiatan;Pagu (Rp);Realisasi (Rp)\n1.01;Program;1.000.000;900.000\n";

    private static Request step(JsonNode realization, String step, String reason) {
        return Request.json(
                "POST",
                "/api/v1/realizations/" + realization.path("id").asText() + "/" + step,
                "{\"version\":" + realization.path("version").asLong()
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private static Request pageStep(JsonNode realization, String step, String reason) {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", realization.path("version").asText());
        if (reason != null) {
            fields.put("reason", reason);
        }
        return Request.form("/realisasi/" + realization.path("id").asText() + "/" + step, fields);
    }

    /**
     * A person with one role assigned to the unit. Named as a person, not by the role's code: the dashboard
     * shows who closed a year, and the page walk refuses a raw code on a page.
     */
    Actor actor(String role, String unit) {
        String username = "penguji-" + unique();
        String password = "sandi-penguji-yang-panjang";
        JsonNode user = ok(api.post(
                "/api/v1/users",
                admin,
                "{\"username\":\"" + username + "\",\"displayName\":\"Penguji Matriks\",\"password\":\"" + password
                        + "\",\"roles\":[\"" + role + "\"]}"));
        ok(api.put("/api/v1/users/" + user.path("id").asText() + "/units", admin, "{\"unitIds\":[\"" + unit + "\"]}"));
        return new Actor(role, username, password, api.token(username, password));
    }

    /** The stored version of the unit's 2024 closing section (0 while never written). */
    long closingVersion(Unit unit) {
        for (JsonNode entry : ok(api.get("/api/v1/units/" + unit.id() + "/reports/lkjip/2024/narrative", planner))) {
            if (entry.path("section").asText().equals("CLOSING")) {
                return entry.path("version").asLong();
            }
        }
        return 0;
    }

    private static Request archiveUpload(String path, boolean page) {
        String boundary = "kinerja-matriks";
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kinerja.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\nbukan arsip\r\n--" + boundary + "--\r\n";
        return new Request("POST", path, "multipart/form-data; boundary=" + boundary, bytes(body), page);
    }

    /** The same person signed in anew: signing out ends every session a person has (ADR 0014). */
    Actor signedInAgain(Actor actor) {
        return new Actor(
                actor.role(), actor.username(), actor.password(), api.token(actor.username(), actor.password()));
    }

    /** An account the user routes change: opened once per run. */
    String victim;

    void openVictim() {
        victim = ok(api.post(
                        "/api/v1/users",
                        admin,
                        "{\"username\":\"korban-" + unique() + "\",\"displayName\":\"Korban\",\"password\":"
                                + "\"sandi-korban-yang-panjang\",\"roles\":[\"EVALUATOR\"]}"))
                .path("id")
                .asText();
    }

    /** Sends the request as the person: bearer token to the API, session cookie and browser headers to a page. */
    ApiClient.Answer send(URI base, Request request, Actor actor) {
        var builder = java.net.http.HttpRequest.newBuilder(base.resolve(request.path()))
                .method(request.method(), java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("Content-Type", request.contentType());
        if (request.page()) {
            builder.header("Cookie", "JWT=" + actor.token())
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Sec-Fetch-Site", "same-origin")
                    .header("Origin", base.toString().replaceAll("/$", ""));
        } else {
            builder.header("Authorization", "Bearer " + actor.token());
        }
        try {
            var response = http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    Map.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    // ---- Perjanjian Kinerja (issue 13)

    static final String AGREEMENT_PARTY =
            "{\"name\":\"Pejabat\",\"position\":\"Kepala Biro\",\"nip\":\"197001011995031001\"}";
    static final String AGREEMENT_DRAFT =
            "{\"year\":2024,\"firstParty\":" + AGREEMENT_PARTY + ",\"secondParty\":" + AGREEMENT_PARTY + "}";

    /** The parties of a PK as the page's form sends them. */
    static final Map<String, String> AGREEMENT_PARTIES_FORM = Map.of(
            "firstName", "Pejabat",
            "firstPosition", "Kepala Biro",
            "firstNip", "197001011995031001",
            "secondName", "Atasan",
            "secondPosition", "Sekretaris Daerah",
            "secondNip", "196801011990031002",
            "programmes", "1.01 | Program Penunjang | 1.500.000,00");

    /** A fresh section of the unit with an enacted IKU, built by the helper planner. */
    PerformanceAgreementIT.UnitWithIku sectionWithIku(Unit unit) {
        return PerformanceAgreementIT.ikuOf(api, newUnit(unit.id()), planner);
    }

    /** A draft PK (version 1) of a fresh section of the unit with an enacted IKU, prepared by the helper planner. */
    JsonNode draftAgreement(Unit unit) {
        return ok(api.post(
                "/api/v1/units/" + sectionWithIku(unit).unit() + "/performance-agreements",
                planner,
                AGREEMENT_DRAFT.substring(0, AGREEMENT_DRAFT.length() - 1)
                        + ",\"programmes\":[{\"code\":\"1.01\",\"name\":\"Program\",\"budget\":\"1.000.000\"}]}"));
    }

    // ---- Matriks IKU import (issue 14)

    private static final String MATRIX_CSV = "Sasaran;Indikator;Satuan;Target 2024;Target 2025\n"
            + "1. Meningkatkan layanan;Persentase layanan tepat waktu;%;80;85\n";

    private static Request matrixUpload(String unit) {
        String boundary = "kinerja-matriks-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"unitId\"\r\n\r\n" + unit
                + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matriks.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + MATRIX_CSV + "\r\n--" + boundary + "--\r\n";
        return new Request(
                "POST", "/api/v1/indicator-matrices", "multipart/form-data; boundary=" + boundary, bytes(body), false);
    }

    /** A matrix previewed for the unit, ready to commit. */
    String previewedMatrix(String unit) {
        Request upload = matrixUpload(unit);
        return ok(api.send(
                        "POST",
                        upload.path(),
                        planner,
                        upload.contentType(),
                        new String(upload.body(), StandardCharsets.UTF_8)))
                .path("id")
                .asText();
    }

    /** A reported survey result (issue 14, item 3): the IKM as printed, the report's title and its file. */
    private static Request reportedResult(String path, boolean page) {
        String boundary = "kinerja-laporan-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"reportTitle\"\r\n\r\nLaporan SKM"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"printedIndex\"\r\n\r\n92,25"
                + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"laporan-skm.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 laporan\r\n--" + boundary + "--\r\n";
        return new Request("POST", path, "multipart/form-data; boundary=" + boundary, bytes(body), page);
    }

    // ---- Realizations in bulk (issue 14, item 2)

    private static final String REALIZATION_SHEET = "Indikator;Realisasi\nPersentase layanan tepat waktu;81\n";
    private final AtomicInteger enactedDays = new AtomicInteger();

    /** A realization sheet of the unit's 2026, as the API or the upload page receives it. */
    private static Request realizationSheet(String unit, boolean page) {
        String boundary = "kinerja-realisasi-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        Map.of("unitId", unit, "year", "2026", "period", "ANNUAL")
                .forEach((name, value) -> body.append("--")
                        .append(boundary)
                        .append("\r\nContent-Disposition: form-data; name=\"")
                        .append(name)
                        .append("\"\r\n\r\n")
                        .append(value)
                        .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"realisasi.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(REALIZATION_SHEET)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return new Request(
                "POST",
                page ? "/impor-realisasi" : "/api/v1/realization-imports",
                "multipart/form-data; boundary=" + boundary,
                bytes(body.toString()),
                page);
    }

    /**
     * A sheet of the unit's 2026 previewed by the helper evaluator, ready to commit: a new decree enacted after
     * every other one of the unit (so it is the one in force) with a fresh indicator the sheet gives a value.
     */
    String committableRealizationSheet(Unit unit) {
        String decree = newDraftDecree(unit.id());
        String objective = newObjective(decree, unit.period());
        ok(api.post("/api/v1/objectives/" + objective + "/indicators", planner, numericIndicatorBody(null, null)));
        String enactedOn = java.time.LocalDate.of(2024, 2, 1)
                .plusDays(enactedDays.incrementAndGet())
                .toString();
        ok(api.post(
                "/api/v1/decrees/" + decree + "/enact",
                planner,
                "{\"version\":0,\"enactedOn\":\"" + enactedOn + "\"}"));
        Request upload = realizationSheet(unit.id(), false);
        JsonNode preview = ok(api.send(
                "POST",
                upload.path(),
                evaluator,
                upload.contentType(),
                new String(upload.body(), StandardCharsets.UTF_8)));
        assertThat(preview.path("committable").asBoolean())
                .as(preview.toString())
                .isTrue();
        return preview.path("id").asText();
    }

    // ---- The public SKM questionnaire (issue 16)

    /** A survey of this year (its questionnaire takes answers today) of one service, opened by the evaluator. */
    String onlineSurvey(String unit) {
        return ok(api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit + "\",\"year\":"
                                + java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta"))
                                + ",\"methodology\":\"PERMENPANRB_14_2017\",\"services\":[\"Layanan A\"]}"))
                .path("id")
                .asText();
    }

    /** The questionnaire code of the one service of a new survey of this year. */
    String questionnaireCode(String unit) {
        return ok(api.get("/api/v1/surveys/" + onlineSurvey(unit) + "/questionnaire-links", evaluator))
                .get(0)
                .path("code")
                .asText();
    }

    /** A visit's or a device's token as the questionnaire page makes them: 32 hexadecimal digits. */
    String token() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
