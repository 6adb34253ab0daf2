package id.kinerja.web.evaluation;

import id.kinerja.domain.evaluation.DefineRatingScale;
import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.ReadRatingScales;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.web.evaluation.RatingScalesView.BandInput;
import id.kinerja.web.evaluation.RatingScalesView.BandRow;
import id.kinerja.web.evaluation.RatingScalesView.ScaleRow;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Skala penilaian: everyone signed in reads the scales with their bands (a handful, so not paged); planners
 * and administrators add one (the rule of the API's {@code /api/v1/rating-scales}).
 */
@Controller("/skala-penilaian")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RatingScalePagesController {
    private final ReadRatingScales scales;
    private final DefineRatingScale define;
    private final FormSubmission forms;
    private final Words words;

    RatingScalePagesController(ReadRatingScales scales, DefineRatingScale define, FormSubmission forms, Words words) {
        this.scales = scales;
        this.define = define;
        this.forms = forms;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<RatingScalesView> list(Authentication authentication) {
        return page(authentication, RatingScaleForm.empty(), null);
    }

    @Post
    @Secured({Roles.PLANNER, Roles.ADMIN})
    @Audited(entity = "rating-scale")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, Authentication authentication, @Body RatingScaleForm form) {
        return forms.submit(
                request,
                "skala",
                form,
                typed -> {
                    RatingScale added = define.define(typed.scale());
                    return Submitted.changed("/skala-penilaian", added.name(), added);
                },
                refusal -> page(authentication, form, refusal));
    }

    private ModelAndView<RatingScalesView> page(
            Authentication authentication, RatingScaleForm values, Refusal refusal) {
        boolean canAdd = authentication.getRoles().contains(Roles.PLANNER)
                || authentication.getRoles().contains(Roles.ADMIN);
        return new ModelAndView<>(
                "rating-scales",
                new RatingScalesView(
                        scales.list().stream().map(this::row).toList(),
                        canAdd,
                        values,
                        IntStream.range(0, RatingScaleForm.BOUNDED_BANDS)
                                .mapToObj(i -> new BandInput(
                                        i + 1,
                                        values.rows().get(i)[0],
                                        values.rows().get(i)[1]))
                                .toList(),
                        refusal));
    }

    private ScaleRow row(RatingScale scale) {
        List<BandRow> bands = new ArrayList<>();
        BigDecimal above = null;
        for (RatingScale.Band band : scale.bands()) {
            String range;
            if (band.from() != null) {
                range = "≥ " + words.number(band.from());
            } else if (above != null) {
                range = words.get("scales.below") + " " + words.number(above);
            } else {
                range = words.get("scales.every");
            }
            bands.add(new BandRow(range, band.label()));
            above = band.from();
        }
        return new ScaleRow(scale.name(), bands);
    }
}
