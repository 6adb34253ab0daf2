package id.kinerja.web.questionnaire;

import id.kinerja.domain.questionnaire.QuestionnaireCode;
import id.kinerja.domain.questionnaire.QuestionnaireSheet;
import id.kinerja.domain.questionnaire.ReadQuestionnaire;
import id.kinerja.domain.questionnaire.SubmitQuestionnaire;
import id.kinerja.http.security.ClientAddress;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
import id.kinerja.web.questionnaire.QuestionnaireViews.NoticeView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kuesioner SKM for anyone, without signing in. Each questionnaire shown carries a new visit token; the device
 * keeps its token in a cookie (and the form carries it too, for a browser that refuses cookies): one answer per
 * device and visit. A filled hidden field is a robot's — its sending is answered with thanks and dropped. Anonymous
 * sendings are not written to the audit trail (they would flood it); refusals are counted there as every anonymous
 * refusal is.
 */
@Controller("/skm")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class QuestionnairePageController {
    static final String DEVICE_COOKIE = "skm_perangkat";
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KIOSK_PAUSE_SECONDS = 6;

    private final ReadQuestionnaire questionnaires;
    private final SubmitQuestionnaire submit;
    private final SubmissionThrottle throttle;
    private final ClientAddress addresses;
    private final QuestionnaireSheets sheets;
    private final FormSubmission forms;
    private final Words words;

    QuestionnairePageController(
            ReadQuestionnaire questionnaires,
            SubmitQuestionnaire submit,
            SubmissionThrottle throttle,
            ClientAddress addresses,
            QuestionnaireSheets sheets,
            FormSubmission forms,
            Words words) {
        this.questionnaires = questionnaires;
        this.submit = submit;
        this.throttle = throttle;
        this.addresses = addresses;
        this.sheets = sheets;
        this.forms = forms;
        this.words = words;
    }

    @Get("/{code}{?kiosk}")
    public HttpResponse<?> questionnaire(
            @PathVariable String code, @Nullable @QueryValue String kiosk, HttpRequest<?> request) {
        QuestionnaireSheet sheet = questionnaires.sheet(new QuestionnaireCode(code));
        String device = deviceOf(request, null);
        if (!sheet.collecting()) {
            return notice(HttpStatus.OK, "skm.closed", null, kiosk != null, device, request);
        }
        return fresh(
                HttpResponse.ok(new ModelAndView<>(
                        "questionnaire", sheets.form(sheet, kiosk != null, token(), device, null, null))),
                device,
                request);
    }

    @Post("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> send(@PathVariable String code, @Body QuestionnaireForm form, HttpRequest<?> request) {
        QuestionnaireCode questionnaire = new QuestionnaireCode(code);
        String thanks = "/skm/" + code + "/terima-kasih" + (form.atKiosk() ? "?kiosk=1" : "");
        if (form.robot()) {
            return HttpResponse.seeOther(java.net.URI.create(thanks));
        }
        String device = deviceOf(request, form.perangkat());
        if (!throttle.allows(addresses.of(request))) {
            return notice(HttpStatus.TOO_MANY_REQUESTS, "skm.too-many", null, form.atKiosk(), device, request);
        }
        // every element field is handed on: the questionnaire, read once inside the sending, knows how many count
        return forms.carryOut(
                request,
                "kuesioner",
                () -> {
                    submit.submit(new SubmitQuestionnaire.Command(
                            questionnaire,
                            visitKey(device, form.kunjungan()),
                            form.answers(QuestionnaireForm.ELEMENT_FIELDS),
                            QuestionnaireForm.blankAsNull(form.kelamin()),
                            form.age(),
                            QuestionnaireForm.blankAsNull(form.pendidikan()),
                            QuestionnaireForm.blankAsNull(form.pekerjaan()),
                            QuestionnaireForm.blankAsNull(form.saran())));
                    return Submitted.goTo(thanks);
                },
                refusal -> again(questionnaires.sheet(questionnaire), form, refusal, device));
    }

    @Get("/{code}/terima-kasih{?kiosk}")
    public HttpResponse<?> thanks(
            @PathVariable String code, @Nullable @QueryValue String kiosk, HttpRequest<?> request) {
        QuestionnaireSheet sheet = questionnaires.sheet(new QuestionnaireCode(code));
        return notice(HttpStatus.OK, "skm.thanks", sheet, kiosk != null, deviceOf(request, null), request);
    }

    /**
     * A refusal of the whole sending (already received, closed, outside the period) is said on a page of its
     * own; a refusal of one field shows the questionnaire again as it was sent, with a new visit token.
     */
    private ModelAndView<?> again(QuestionnaireSheet sheet, QuestionnaireForm form, Refusal refusal, String device) {
        if (refusal.field() == null) {
            return new ModelAndView<>(
                    "questionnaire-notice",
                    new NoticeView(
                            words.get("skm.title"),
                            words.get("skm.refused"),
                            refusal.message(),
                            "/skm/" + sheet.code().value() + (form.atKiosk() ? "?kiosk=1" : ""),
                            form.atKiosk(),
                            form.atKiosk() ? KIOSK_PAUSE_SECONDS : 0,
                            "pemberitahuan"));
        }
        return new ModelAndView<>("questionnaire", sheets.form(sheet, form.atKiosk(), token(), device, form, refusal));
    }

    private HttpResponse<?> notice(
            HttpStatus status,
            String key,
            QuestionnaireSheet sheet,
            boolean kiosk,
            String device,
            HttpRequest<?> request) {
        String again = sheet == null ? null : "/skm/" + sheet.code().value() + (kiosk ? "?kiosk=1" : "");
        NoticeView view = new NoticeView(
                words.get("skm.title"),
                words.get(key + ".heading"),
                words.get(key),
                again,
                kiosk,
                kiosk && again != null ? KIOSK_PAUSE_SECONDS : 0,
                key.substring(4));
        return fresh(
                HttpResponse.status(status).body(new ModelAndView<>("questionnaire-notice", view)), device, request);
    }

    /** Never kept by a cache (each form has its own visit token); the device cookie set or renewed. */
    private static HttpResponse<?> fresh(
            io.micronaut.http.MutableHttpResponse<?> response, String device, HttpRequest<?> request) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                .cookie(Cookie.of(DEVICE_COOKIE, device)
                        .path("/skm")
                        .maxAge(Duration.ofDays(365))
                        .sameSite(SameSite.Lax)
                        .httpOnly(true)
                        .secure(request.isSecure()));
    }

    /** The device's token from its cookie; else the one the form carried; else a new one. */
    private static String deviceOf(HttpRequest<?> request, @Nullable String fromForm) {
        Optional<String> cookie =
                request.getCookies().findCookie(DEVICE_COOKIE).map(io.micronaut.http.cookie.Cookie::getValue);
        return cookie.filter(value -> TOKEN.matcher(value).matches())
                .or(() -> Optional.ofNullable(fromForm)
                        .filter(value -> TOKEN.matcher(value).matches()))
                .orElseGet(QuestionnairePageController::token);
    }

    /** The key one device's one visit is stored under; null (refused as such) when the visit token is not one. */
    @Nullable
    private static String visitKey(String device, @Nullable String visit) {
        if (visit == null || !TOKEN.matcher(visit).matches()) {
            return null;
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((device + ":" + visit).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
