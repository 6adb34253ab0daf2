package id.kinerja.web.home;

import id.kinerja.http.security.SecurityHeaders;
import id.kinerja.web.page.LanguageController;
import id.kinerja.web.security.CookieProbe;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

/** The front page that explains Kinerja, and the sign-in form (posted to Micronaut's {@code /login}). */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
public class HomeController {

    /** The front page has nothing of its own to show: the frame says whether someone is signed in. */
    @Introspected
    public record FrontView() {}

    /**
     * The sign-in form, with a message when the last try failed, when too many tries must wait
     * ({@code waitSeconds} above zero), or when the browser refused the sign-in page's probe cookie.
     */
    @Introspected
    public record SignInView(
            boolean failed,
            long waitSeconds,
            boolean cookiesBlocked,
            boolean expired,
            @Nullable String returnTo) {}

    @Get
    public ModelAndView<FrontView> home() {
        return new ModelAndView<>("home", new FrontView());
    }

    @Get("/masuk")
    public HttpResponse<ModelAndView<SignInView>> signIn(
            HttpRequest<?> request,
            @Nullable @QueryValue String gagal,
            @Nullable @QueryValue String tunggu,
            @Nullable @QueryValue String kuki,
            @Nullable @QueryValue String berakhir,
            @Nullable @QueryValue String ke) {
        // the page asked for before signing in, to go back to afterwards: a path of this site only
        String back = LanguageController.backTo(ke).toString();
        SignInView view = new SignInView(
                gagal != null, secondsIn(tunggu), kuki != null, berakhir != null, back.equals("/") ? null : back);
        return HttpResponse.ok(new ModelAndView<>("signin", view))
                .header("Cache-Control", "no-store")
                .cookie(CookieProbe.probe(SecurityHeaders.cameOverHttps(request)));
    }

    /** The wait the address names, or none when it names nothing readable (it is only shown back). */
    private static long secondsIn(@Nullable String tunggu) {
        if (tunggu == null || !tunggu.matches("[0-9]{1,6}")) {
            return 0;
        }
        return Long.parseLong(tunggu);
    }
}
