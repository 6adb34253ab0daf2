package id.kinerja.web.home;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
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

    /** The sign-in form, with a message when the last try failed. */
    @Introspected
    public record SignInView(boolean failed) {}

    @Get
    public ModelAndView<FrontView> home() {
        return new ModelAndView<>("home", new FrontView());
    }

    @Get("/masuk")
    public HttpResponse<ModelAndView<SignInView>> signIn(@Nullable @QueryValue String gagal) {
        return HttpResponse.ok(new ModelAndView<>("signin", new SignInView(gagal != null)))
                .header("Cache-Control", "no-store");
    }
}
