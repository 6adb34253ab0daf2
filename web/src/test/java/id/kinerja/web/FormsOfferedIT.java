package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No form a person will always be refused (issue 12, item 7): an evaluator not assigned to the unit is offered
 * no realization or survey form of it, an auditor no review form of a realization in a closed year, nobody a
 * form that changes a closed year. Closing a year first lists what is still unfinished in it and asks to
 * confirm; only the confirmed form closes; a reopen without its reason is refused with the reason why. Each
 * absence is checked against the same page showing the form to the person who may use it, so that a renamed
 * button cannot make the test pass by itself.
 */
@MicronautTest
class FormsOfferedIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String unit;
    private String planner;
    private String period;

    private static String created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private static String unique() {
        return Long.toHexString(System.nanoTime());
    }

    /** A page as a browser asks for it, or a form as a browser sends it, signed in with the token. */
    private ApiClient.Answer page(String token, String method, String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return api.send(
                method,
                path,
                null,
                method.equals("GET") ? null : "application/x-www-form-urlencoded",
                method.equals("GET") ? null : body.toString(),
                Map.of("Cookie", "JWT=" + token, "Accept", "text/html", "Sec-Fetch-Site", "same-origin"));
    }

    private String read(String token, String path) {
        ApiClient.Answer answer = page(token, "GET", path, Map.of());
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The unit's plan period of 2024–2026, which its decrees' objectives belong to. */
    private void planPeriod() {
        period = created(api.post(
                "/api/v1/plan-periods",
                planner,
                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
    }

    /** A plan period of 2024–2026 for the unit, and a draft decree of the unit in it. */
    private String planAndDraftDecree() {
        planPeriod();
        return draftDecree();
    }

    /** A draft decree of the unit, signed by its head. */
    private String draftDecree() {
        return created(api.post(
                "/api/v1/decrees",
                planner,
                "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + unique()
                        + "\",\"title\":\"IKU\",\"issuingOfficial\":\"Kepala Biro\","
                        + "\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA,\"},"
                        + "\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"));
    }

    private String objective(String decree) {
        return created(api.post(
                "/api/v1/decrees/" + decree + "/objectives",
                planner,
                "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatnya kepuasan\"}"));
    }

    private String numericIndicator(String objective, String code, String name) {
        return created(api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                planner,
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"unitOfMeasure\":\"%\",\"kind\":\"NUMERIC\","
                        + "\"polarity\":\"HIGHER_IS_BETTER\",\"targets\":[{\"year\":2024,\"value\":80}]}"));
    }

    private static Map<String, String> closing(String unit, String action, String reason, boolean confirmed) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unitId", unit);
        form.put("year", "2024");
        form.put("action", action);
        if (reason != null) {
            form.put("reason", reason);
        }
        if (confirmed) {
            form.put("confirm", "yes");
        }
        return form;
    }

    @Test
    void formsAreOfferedOnlyToWhoMayUseThemAndClosingAYearListsWhatIsUnfinishedFirst() throws IOException {
        api = new ApiClient(server.getURI());
        String unitName = "Biro Formulir " + unique();
        unit = api.newRootUnit(unitName);
        planner = api.plannerOf(unit);
        planPeriod();
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        // an evaluator of another unit: the role is right, the assignment is not
        String stranger = api.tokenForNewUser("EVALUATOR", api.newRootUnit("Biro Lain " + unique()));
        String auditor = api.tokenForNewUser("AUDITOR");

        String decree = draftDecree();
        String objective = objective(decree);
        String index = created(api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                planner,
                "{\"code\":\"1.1\",\"name\":\"IKM Formulir\",\"unitOfMeasure\":\"indeks\",\"kind\":\"SATISFACTION_INDEX\","
                        + "\"polarity\":\"HIGHER_IS_BETTER\",\"targets\":[{\"year\":2024,\"value\":86}]}"));
        String drafted = numericIndicator(objective, "1.2", "Persentase layanan tepat waktu");
        String empty = numericIndicator(objective, "1.3", "Persentase pengaduan selesai");
        assertThat(api.post(
                                "/api/v1/decrees/" + decree + "/enact",
                                planner,
                                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}")
                        .status())
                .isEqualTo(200);
        String survey = created(api.post(
                "/api/v1/surveys",
                evaluator,
                "{\"unitId\":\"" + unit + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\","
                        + "\"indicatorId\":\"" + index + "\"}"));
        assertThat(api.send(
                                "POST",
                                "/api/v1/surveys/" + survey + "/responses",
                                evaluator,
                                "text/csv",
                                Files.readString(Fixtures.golden("skm-seed-services-2024.csv")))
                        .status())
                .isBetween(200, 201);
        ApiClient.Answer made = page(evaluator, "POST", "/survei/" + survey + "/realisasi", Map.of());
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        // the redirect after a saved form carries the confirmation the next page shows (SavedNotice)
        assertThat(made.headers().get("set-cookie"))
                .contains("tersimpan=1", "SameSite=Strict")
                .containsIgnoringCase("HttpOnly");
        String submitted = made.headers().get("location").replace("/realisasi/", "");
        String draft = created(api.post(
                "/api/v1/indicators/" + drafted + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"78,5\"}"));

        // The evaluator of the unit is offered every form; the evaluator of another unit none of them
        assertThat(read(evaluator, "/indikator/" + index))
                .contains("id=\"isi-realisasi\"", "id=\"buat-survei-indikator\"")
                // the page says its attainment is against the decree's targets, not the PK's the unit page uses
                .contains("id=\"dasar-target\"", "target IKU pada keputusan")
                // the form opens on this year of the 2024–2026 plan (its last year once the plan is past),
                // not on the plan's first year
                .containsPattern("<option value=\""
                        + Math.min(
                                java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                        .getYear(),
                                2026)
                        + "\" selected=\"selected\"");
        assertThat(read(evaluator, "/realisasi/" + submitted))
                .contains("id=\"simpan-realisasi\"", "id=\"ajukan\"", "id=\"unggah-bukti\"");
        assertThat(read(evaluator, "/survei/" + survey)).contains("id=\"unggah\"", "id=\"jadikan-realisasi\"");
        assertThat(read(stranger, "/indikator/" + index))
                .doesNotContain("id=\"isi-realisasi\"", "id=\"buat-survei-indikator\"", "id=\"catat-realisasi\"");
        assertThat(read(stranger, "/realisasi/" + submitted))
                .doesNotContain("id=\"simpan-realisasi\"", "id=\"ajukan\"", "id=\"unggah-bukti\"", "id=\"verifikasi\"");
        assertThat(read(stranger, "/survei/" + survey)).doesNotContain("id=\"unggah\"", "id=\"jadikan-realisasi\"");
        ApiClient.Answer newSurvey = page(stranger, "GET", "/survei/baru/" + index, Map.of());
        assertThat(newSurvey.status()).isEqualTo(403);
        assertThat(newSurvey.body()).contains(unitName).doesNotContain("id=\"buat-survei\"");
        assertThat(page(evaluator, "GET", "/survei/baru/" + index, Map.of()).status())
                .isEqualTo(200);

        // The auditor is offered the review only once the value waits for it
        assertThat(read(auditor, "/realisasi/" + submitted)).doesNotContain("id=\"verifikasi\"");
        assertThat(page(evaluator, "POST", "/realisasi/" + submitted + "/ajukan", Map.of("version", "0"))
                        .status())
                .isEqualTo(303);
        assertThat(read(auditor, "/realisasi/" + submitted)).contains("id=\"verifikasi\"", "id=\"kembalikan\"");

        // Closing the year: the unconfirmed form changes nothing and leads to the list of what is unfinished
        ApiClient.Answer asked = page(auditor, "POST", "/tahun", closing(unit, "close", "LKjIP final", false));
        assertThat(asked.status()).as(asked.body()).isEqualTo(303);
        String confirmation = asked.headers().get("location");
        assertThat(confirmation).startsWith("/tahun/tutup?");
        String listed = read(auditor, confirmation);
        assertThat(listed)
                .contains("id=\"belum-selesai\"", "3 hal belum selesai")
                .contains("/realisasi/" + submitted, "Diajukan")
                .contains("/realisasi/" + draft, "78,5", "Konsep")
                .contains("/indikator/" + empty, "Belum diisi")
                .contains("id=\"konfirmasi-tutup\"", "value=\"LKjIP final\"");
        assertThat(read(auditor, "/unit/" + unit + "/capaian?tahun=2024"))
                .contains("Masih terbuka")
                // no PK was signed for 2024: the page says its attainment is against the IKU's targets
                .containsPattern("id=\"dasar-target\">[^<]*target IKU");
        assertThat(read(evaluator, "/realisasi/" + draft)).contains("id=\"simpan-realisasi\"");

        // Confirmed, it closes; the page then says the year is closed and offers nothing to confirm
        ApiClient.Answer closed = page(auditor, "POST", "/tahun", closing(unit, "close", "LKjIP final", true));
        assertThat(closed.status()).as(closed.body()).isEqualTo(303);
        assertThat(read(auditor, "/unit/" + unit + "/capaian?tahun=2024")).contains("id=\"keadaan-tahun\">Ditutup");
        assertThat(read(auditor, confirmation)).contains("id=\"sudah-ditutup\"").doesNotContain("konfirmasi-tutup");
        ApiClient.Answer again = page(auditor, "POST", "/tahun", closing(unit, "close", null, false));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"galat-tahun\"", "2024");

        // A closed year offers no form that changes it: not to the evaluator of the unit, not to the auditor
        assertThat(read(evaluator, "/realisasi/" + draft))
                .doesNotContain("id=\"simpan-realisasi\"", "id=\"ajukan\"", "id=\"unggah-bukti\"");
        assertThat(read(evaluator, "/survei/" + survey)).doesNotContain("id=\"unggah\"", "id=\"jadikan-realisasi\"");
        assertThat(read(evaluator, "/indikator/" + drafted))
                .contains("id=\"isi-realisasi\"", "<option value=\"2025\"")
                .doesNotContain("<option value=\"2024\"");
        assertThat(read(auditor, "/realisasi/" + submitted)).doesNotContain("id=\"verifikasi\"", "id=\"kembalikan\"");

        // A reopen without its reason is refused, and the page says why beside the form
        ApiClient.Answer reopen = page(auditor, "POST", "/tahun", closing(unit, "reopen", "", false));
        assertThat(reopen.status()).as(reopen.body()).isEqualTo(422);
        assertThat(reopen.body()).contains("id=\"galat-tahun\"", "wajib diisi");
        assertThat(String.valueOf(reopen.headers().get("set-cookie")))
                .as("a refused form claims no save")
                .doesNotContain("tersimpan");
        assertThat(read(auditor, "/unit/" + unit + "/capaian?tahun=2024")).contains("id=\"keadaan-tahun\">Ditutup");
    }

    @Test
    void aSurveyOpenedOnItsPageKeepsThePopulationWrittenTheIndonesianWay() {
        api = new ApiClient(server.getURI());
        unit = api.newRootUnit("Biro Populasi " + unique());
        planner = api.plannerOf(unit);
        String decree = planAndDraftDecree();
        String index = created(api.post(
                "/api/v1/objectives/" + objective(decree) + "/indicators",
                planner,
                "{\"code\":\"1.1\",\"name\":\"IKM Populasi\",\"unitOfMeasure\":\"indeks\",\"kind\":\"SATISFACTION_INDEX\","
                        + "\"polarity\":\"HIGHER_IS_BETTER\",\"targets\":[{\"year\":2024,\"value\":86}]}"));
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        assertThat(read(evaluator, "/survei/baru/" + index)).contains("id=\"population\"");

        // a fraction of a person is refused beside the form, and nothing is opened
        ApiClient.Answer fraction = page(
                evaluator,
                "POST",
                "/survei",
                Map.of(
                        "indicatorId",
                        index,
                        "year",
                        "2024",
                        "methodology",
                        "PERMENPANRB_14_2017",
                        "population",
                        "1,5"));
        assertThat(fraction.status()).isEqualTo(422);
        assertThat(fraction.body()).contains("Populasi “1,5” bukan bilangan bulat", "value=\"1,5\"");

        // "1.500" is one thousand five hundred people, as everywhere in Kinerja
        ApiClient.Answer opened = page(
                evaluator,
                "POST",
                "/survei",
                Map.of(
                        "indicatorId",
                        index,
                        "year",
                        "2024",
                        "methodology",
                        "PERMENPANRB_14_2017",
                        "population",
                        "1.500"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(303);
        String survey = opened.headers().get("location").replace("/survei/", "");
        ApiClient.Answer stored = api.get("/api/v1/surveys/" + survey, evaluator);
        assertThat(stored.json().path("population").asLong()).isEqualTo(1500);
        // the refused attempt opened nothing: this is the only survey of the indicator and year
        assertThat(stored.body()).doesNotContain("survey.second-of-indicator-year");
    }

    @Test
    void thePerformanceAgreementAndReportPagesOpenOnThePlannersOwnUnit() {
        api = new ApiClient(server.getURI());
        // two units far apart in the tree's order: the first unit of the list cannot be both planners' own
        for (String name : List.of("Biro Awal " + unique(), "Biro Zaitun " + unique())) {
            String own = api.newRootUnit(name);
            String itsPlanner = api.plannerOf(own);
            for (String page : List.of("/perjanjian-kinerja", "/laporan-kinerja")) {
                assertThat(read(itsPlanner, page))
                        .as("%s opened by the planner of %s", page, name)
                        .containsPattern("<option value=\"" + own + "\"[^>]*selected");
            }
        }
    }

    @Test
    void aDraftsIndicatorIsRevisedOnItsPageByAPlannerOfTheUnitOnly() {
        api = new ApiClient(server.getURI());
        unit = api.newRootUnit("Biro Revisi " + unique());
        planner = api.plannerOf(unit);
        String otherPlanner = api.plannerOf(api.newRootUnit("Biro Lain " + unique()));
        String decree = planAndDraftDecree();
        String indicator = numericIndicator(objective(decree), "1.1", "Persentase layanan tepat waktu");

        // The draft's page links each indicator to its revision, for a planner of the unit only
        assertThat(read(planner, "/keputusan/" + decree))
                .contains("/indikator/" + indicator + "/ubah", "id=\"penyusunan\"");
        assertThat(read(otherPlanner, "/keputusan/" + decree))
                .doesNotContain("/indikator/" + indicator + "/ubah", "id=\"penyusunan\"", "id=\"hapus-konsep\"");
        assertThat(read(otherPlanner, "/indikator/" + indicator + "/ubah"))
                .contains("id=\"bukan-unitnya\"")
                .doesNotContain("id=\"simpan-indikator\"");

        // The form starts from the definition as it stands; a refusal keeps what was typed
        assertThat(read(planner, "/indikator/" + indicator + "/ubah"))
                .contains("value=\"Persentase layanan tepat waktu\"", "id=\"simpan-indikator\"");
        Map<String, String> revision = new LinkedHashMap<>();
        revision.put("version", "0");
        revision.put("code", "1.1");
        revision.put("name", "Persentase layanan selesai tepat waktu");
        revision.put("definition", "Layanan yang selesai dalam waktu standar dibagi seluruh layanan");
        revision.put("formula", "\\frac{L_{tepat}}{L} \\times 100\\%");
        revision.put("unitOfMeasure", "persen");
        revision.put("polarity", "LOWER_IS_BETTER");
        revision.put("dataSource", "Aplikasi layanan");
        revision.put("validMinimum", "0");
        revision.put("validMaximum", "abc");
        ApiClient.Answer refused = page(planner, "POST", "/indikator/" + indicator + "/ubah", revision);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "id=\"galat-indikator\"", "value=\"Persentase layanan selesai tepat waktu\"", "value=\"abc\"");
        revision.put("validMaximum", "100");
        ApiClient.Answer saved = page(planner, "POST", "/indikator/" + indicator + "/ubah", revision);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().get("location")).isEqualTo("/keputusan/" + decree + "#lampiran");
        var revised = api.get("/api/v1/indicators/" + indicator, planner).json();
        assertThat(revised.toString())
                .contains("Persentase layanan selesai tepat waktu")
                .contains("Aplikasi layanan")
                .contains("LOWER_IS_BETTER")
                .contains("persen");
        assertThat(read(planner, "/keputusan/" + decree)).contains("Layanan yang selesai dalam waktu standar");

        // Once enacted, the definition is the decree's: no form, the page says how to change it
        assertThat(api.post(
                                "/api/v1/decrees/" + decree + "/enact",
                                planner,
                                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}")
                        .status())
                .isEqualTo(200);
        assertThat(read(planner, "/keputusan/" + decree)).doesNotContain("/indikator/" + indicator + "/ubah");
        assertThat(read(planner, "/indikator/" + indicator + "/ubah"))
                .contains("id=\"bukan-konsep\"")
                .doesNotContain("id=\"simpan-indikator\"");
    }

    /** Whether the page's field (by id) is marked as the one a refusal points at. */
    private static boolean pointedAt(String page, String field) {
        return java.util.regex.Pattern.compile("id=\"" + field + "\"[^>]*aria-invalid=\"true\"")
                .matcher(page)
                .find();
    }

    /** Whether the page's list offers the code as chosen. */
    private static boolean chosen(String page, String code) {
        return java.util.regex.Pattern.compile("value=\"" + code + "\"[^>]*selected")
                .matcher(page)
                .find();
    }

    @Test
    void everyFieldTheApiAllowsOnADraftsIndicatorIsSetAndRevisedOnThePages() {
        api = new ApiClient(server.getURI());
        unit = api.newRootUnit("Biro Layanan " + unique());
        String subUnitName = "Bagian Layanan " + unique();
        String subUnit = created(api.post(
                "/api/v1/units",
                api.adminToken(),
                "{\"parentId\":\"" + unit + "\",\"name\":\"" + subUnitName
                        + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        planner = api.plannerOf(unit);
        String decree = planAndDraftDecree();
        String objective = objective(decree);

        // The decree's form offers every choice in words, and the units this planner plans for
        String draftPage = read(planner, "/keputusan/" + decree);
        assertThat(draftPage)
                .contains("id=\"surveyedServices\"", "id=\"baselineValue\"", "id=\"responsibleUnitId\"")
                .contains(subUnitName, "Rata-rata indeks layanan", "Dihitung ulang dari jawaban survei", "T ÷ R × 100")
                .doesNotContain(">MEAN_OF_SERVICES<", ">SEMESTER<");

        // A refused indicator keeps everything typed and points at the field at fault
        Map<String, String> index = new LinkedHashMap<>();
        index.put("objectiveId", objective);
        index.put("code", "1.1");
        index.put("name", "Indeks Kepuasan Masyarakat");
        index.put("unitOfMeasure", "indeks");
        index.put("kind", "SATISFACTION_INDEX");
        index.put("polarity", "HIGHER_IS_BETTER");
        index.put("lowerIsBetterRule", "");
        index.put("frequency", "SEMESTER");
        index.put("rollup", "RECOMPUTED_FROM_RESPONSES");
        index.put("responsibleUnitId", subUnit);
        index.put("baselineValue", "78,25");
        index.put("baselineYear", "2023");
        index.put("surveyedServices", "Layanan Perizinan\nLayanan Perizinan");
        index.put("serviceCombination", "MEAN_OF_SERVICES");
        index.put("targetYear1", "2024");
        index.put("targetValue1", "86");
        ApiClient.Answer refused = page(planner, "POST", "/keputusan/" + decree + "/indikator", index);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"galat-indikator\"", "value=\"78,25\"", "Layanan Perizinan");
        assertThat(pointedAt(refused.body(), "surveyedServices")).isTrue();
        assertThat(chosen(refused.body(), "SEMESTER")).isTrue();
        assertThat(chosen(refused.body(), "MEAN_OF_SERVICES")).isTrue();
        assertThat(chosen(refused.body(), subUnit)).isTrue();

        // Accepted, every value is stored as typed: the API reads it back
        index.put("surveyedServices", "Layanan Perizinan\nLayanan Pengaduan");
        ApiClient.Answer defined = page(planner, "POST", "/keputusan/" + decree + "/indikator", index);
        assertThat(defined.status()).as(defined.body()).isEqualTo(303);
        String indicator = api.get("/api/v1/decrees/" + decree + "/annex", planner)
                .json()
                .path("rows")
                .get(0)
                .path("indicatorId")
                .asText();
        var stored = api.get("/api/v1/indicators/" + indicator, planner).json();
        assertThat(stored.path("kind").asText()).isEqualTo("SATISFACTION_INDEX");
        assertThat(stored.path("frequency").asText()).isEqualTo("SEMESTER");
        assertThat(stored.path("rollup").asText()).isEqualTo("RECOMPUTED_FROM_RESPONSES");
        assertThat(stored.path("responsibleUnitId").asText()).isEqualTo(subUnit);
        assertThat(stored.path("baseline").path("value").decimalValue()).isEqualByComparingTo("78.25");
        assertThat(stored.path("baseline").path("year").asInt()).isEqualTo(2023);
        assertThat(stored.path("surveyedServices").toString())
                .isEqualTo("[\"Layanan Perizinan\",\"Layanan Pengaduan\"]");
        assertThat(stored.path("serviceCombination").asText()).isEqualTo("MEAN_OF_SERVICES");

        // The revision page starts from all of it
        String revision = read(planner, "/indikator/" + indicator + "/ubah");
        assertThat(revision).contains("value=\"78,25\"", "Layanan Pengaduan");
        assertThat(chosen(revision, "SATISFACTION_INDEX")).isTrue();
        assertThat(chosen(revision, "SEMESTER")).isTrue();
        assertThat(chosen(revision, subUnit)).isTrue();

        // Changing the kind while services are still listed is refused, keeping what was typed
        Map<String, String> revised = new LinkedHashMap<>();
        revised.put("version", "0");
        revised.put("code", "1.1");
        revised.put("name", "Rata-rata waktu layanan");
        revised.put("unitOfMeasure", "hari");
        revised.put("kind", "NUMERIC");
        revised.put("polarity", "LOWER_IS_BETTER");
        revised.put("lowerIsBetterRule", "TARGET_OVER_REALIZATION");
        revised.put("frequency", "QUARTERLY");
        revised.put("rollup", "MEAN");
        revised.put("responsibleUnitId", unit);
        revised.put("baselineValue", "5,5");
        revised.put("baselineYear", "2023");
        revised.put("surveyedServices", "Layanan Perizinan");
        revised.put("serviceCombination", "");
        ApiClient.Answer kept = page(planner, "POST", "/indikator/" + indicator + "/ubah", revised);
        assertThat(kept.status()).as(kept.body()).isEqualTo(422);
        assertThat(kept.body()).contains("id=\"galat-indikator\"", "value=\"5,5\"", "Rata-rata waktu layanan");
        assertThat(pointedAt(kept.body(), "surveyedServices")).isTrue();
        assertThat(chosen(kept.body(), "QUARTERLY")).isTrue();
        assertThat(chosen(kept.body(), "TARGET_OVER_REALIZATION")).isTrue();

        revised.put("surveyedServices", "");
        ApiClient.Answer saved = page(planner, "POST", "/indikator/" + indicator + "/ubah", revised);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        var changed = api.get("/api/v1/indicators/" + indicator, planner).json();
        assertThat(changed.path("kind").asText()).isEqualTo("NUMERIC");
        assertThat(changed.path("polarity").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(changed.path("lowerIsBetterRule").asText()).isEqualTo("TARGET_OVER_REALIZATION");
        assertThat(changed.path("frequency").asText()).isEqualTo("QUARTERLY");
        assertThat(changed.path("rollup").asText()).isEqualTo("MEAN");
        assertThat(changed.path("responsibleUnitId").asText()).isEqualTo(unit);
        assertThat(changed.path("baseline").path("value").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(changed.path("surveyedServices").size()).isZero();
        assertThat(changed.path("serviceCombination").isNull()
                        || changed.path("serviceCombination").isMissingNode())
                .isTrue();

        // In English the same choices read as English words
        String english = api.send(
                        "GET",
                        "/indikator/" + indicator + "/ubah",
                        null,
                        null,
                        null,
                        Map.of("Cookie", "JWT=" + planner + "; bahasa=en", "Accept", "text/html"))
                .body();
        assertThat(english).contains("Surveyed services (one per line)", "Quarterly");
    }
}
