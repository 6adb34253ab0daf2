package id.kinerja.web.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeRelation;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.web.page.Words;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.UUID;

/** What a decree changed from the earlier one it replaces or amends: anyone signed in reads it. */
@Controller("/keputusan/{id}/perbedaan")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecreeDiffController {
    private final ReadDecreeAnnex annexes;
    private final ReadIndicators indicators;
    private final Words words;

    DecreeDiffController(ReadDecreeAnnex annexes, ReadIndicators indicators, Words words) {
        this.annexes = annexes;
        this.indicators = indicators;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<DecreeDiffView> show(@PathVariable UUID id) {
        DecreeAnnex later = annexes.read(new DecreeId(id));
        Decree decree = later.decree();
        DecreeRelation relation = decree.relation()
                .orElseThrow(() -> new RuleViolation(
                        "decree.no-earlier", null, "decree " + decree.content().number() + " replaces no earlier one"));
        DecreeAnnex earlier = annexes.read(relation.earlier());
        return new ModelAndView<>(
                "decree-diff",
                new DecreeDiffView(
                        id,
                        decree.content().number().value(),
                        words.label(decree.status()),
                        relation.earlier().value(),
                        earlier.decree().content().number().value(),
                        words.label(earlier.decree().status()),
                        words.label(relation.kind()),
                        DecreeDiff.between(
                                earlier,
                                indicators.objectivesOf(relation.earlier()),
                                later,
                                indicators.objectivesOf(decree.id()))));
    }
}
