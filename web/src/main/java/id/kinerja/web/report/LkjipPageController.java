package id.kinerja.web.report;

import id.kinerja.documents.render.Block;
import id.kinerja.documents.report.LkjipDocument;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.report.IssueReport;
import id.kinerja.domain.report.IssuedReport;
import id.kinerja.domain.report.Narrative;
import id.kinerja.domain.report.NarrativeEntry;
import id.kinerja.domain.report.NarrativeSection;
import id.kinerja.domain.report.ReadReports;
import id.kinerja.domain.report.WriteReportNarrative;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitChoice;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import id.kinerja.web.report.LkjipView.Section;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Preparing the LKjIP: planners write the narrative, section by section and per indicator; auditors issue
 * it; everyone signed in reads the engine's table, previews the files and downloads the issues.
 */
@Controller("/laporan-kinerja")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LkjipPageController {
    private final EvaluateAttainment evaluate;
    private final ReadReports reports;
    private final WriteReportNarrative write;
    private final IssueReport issue;
    private final FormSubmission forms;
    private final UnitPicker picker;
    private final Words words;
    private final Clock clock;

    LkjipPageController(
            EvaluateAttainment evaluate,
            ReadReports reports,
            WriteReportNarrative write,
            IssueReport issue,
            FormSubmission forms,
            UnitPicker picker,
            Words words,
            Clock clock) {
        this.evaluate = evaluate;
        this.reports = reports;
        this.write = write;
        this.issue = issue;
        this.forms = forms;
        this.picker = picker;
        this.words = words;
        this.clock = clock;
    }

    /**
     * The page of a unit's year, now or as of a past day; without a valid unit and year, only the choice of them.
     * A date that cannot be read or lies ahead is shown beside its field (400), over the present's figures.
     */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<ModelAndView<LkjipView>> show(
            @Nullable @QueryValue String unit,
            @Nullable @QueryValue String year,
            @Nullable @QueryValue String asOf,
            Authentication authentication) {
        Optional<UUID> unitId = parsedId(unit);
        Optional<Integer> chosenYear = parsedYear(year);
        if (unitId.isEmpty() || chosenYear.isEmpty()) {
            List<UnitChoice> choices = picker.all();
            // the picker opens on the reader's own unit; no unit's page is shown until one is chosen with a year
            return HttpResponse.ok(new ModelAndView<>(
                    "lkjip",
                    new LkjipView(
                            choices,
                            unitId.orElseGet(() -> picker.openingUnit(choices, authentication.getName())),
                            null,
                            null,
                            false,
                            false,
                            List.of(),
                            List.of(),
                            null,
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null)));
        }
        AsOfField day = AsOfField.of(asOf, clock, words);
        ModelAndView<LkjipView> shown = page(unitId.get(), chosenYear.get(), authentication, null, day.refusal(), day);
        return day.refusal() == null ? HttpResponse.ok(shown) : HttpResponse.<ModelAndView<LkjipView>>badRequest(shown);
    }

    @Post("/{unitId}/{year}/narasi")
    @Secured(Roles.PLANNER)
    @Audited(
            entity = "report-narrative",
            idVariables = {"unitId", "year"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> writeNarrative(
            HttpRequest<?> request,
            @PathVariable UUID unitId,
            @PathVariable int year,
            @Body NarrativeForm form,
            Authentication authentication) {
        return forms.submit(
                request,
                form.formName(),
                form,
                typed -> {
                    NarrativeEntry written = write.write(new WriteReportNarrative.Command(
                            new OrganizationUnitId(unitId),
                            Year.of(year),
                            typed.chosenSection(),
                            typed.indicator(),
                            typed.text(),
                            typed.seenVersion(),
                            SignedInUser.actor(authentication)));
                    return Submitted.changed(
                            address(unitId, year) + "#" + typed.formName(), unitId + "/" + year, written);
                },
                refusal -> page(unitId, year, authentication, form, refusal));
    }

    @Post("/{unitId}/{year}/terbitkan")
    @Secured(Roles.AUDITOR)
    @Audited(
            entity = "report-issue",
            idVariables = {"unitId", "year"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> issue(
            HttpRequest<?> request, @PathVariable UUID unitId, @PathVariable int year, Authentication authentication) {
        return forms.carryOut(
                request,
                "terbitkan",
                () -> {
                    IssuedReport issued = issue.issue(new IssueReport.Command(
                            new OrganizationUnitId(unitId), Year.of(year), authentication.getName()));
                    return Submitted.changed(address(unitId, year) + "#terbitan", unitId + "/" + year, issued);
                },
                refusal -> page(unitId, year, authentication, null, refusal));
    }

    static String address(UUID unitId, int year) {
        return "/laporan-kinerja?unit=" + unitId + "&year=" + year;
    }

    private ModelAndView<LkjipView> page(
            UUID unitId, int year, Authentication authentication, NarrativeForm typed, Refusal refusal) {
        return page(unitId, year, authentication, typed, refusal, AsOfField.PRESENT);
    }

    private ModelAndView<LkjipView> page(
            UUID unitId, int year, Authentication authentication, NarrativeForm typed, Refusal refusal, AsOfField day) {
        OrganizationUnitId unit = new OrganizationUnitId(unitId);
        UnitEvaluation evaluation = evaluate.ofUnit(unit, Year.of(year), null, null, null, day.day());
        Narrative narrative = reports.narrative(unit, Year.of(year));
        Block.Table table = LkjipDocument.table(evaluation);
        List<Section> sections = Arrays.stream(NarrativeSection.values())
                .filter(section -> !section.perIndicator())
                .map(section -> section(section, null, narrative.of(section), typed))
                .toList();
        List<LkjipView.IndicatorSections> indicators = new ArrayList<>();
        evaluation.objectives().forEach(objective -> {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                IndicatorId id = indicator.indicator().id();
                indicators.add(new LkjipView.IndicatorSections(
                        indicator.indicator().definition().name(),
                        Arrays.stream(NarrativeSection.values())
                                .filter(NarrativeSection::perIndicator)
                                .map(section -> section(section, id, narrative.of(section, id), typed))
                                .toList()));
            }
        });
        return new ModelAndView<>(
                "lkjip",
                new LkjipView(
                        picker.all(),
                        unitId,
                        evaluation.unit().profile().name(),
                        year,
                        authentication.getRoles().contains(Roles.PLANNER),
                        authentication.getRoles().contains(Roles.AUDITOR),
                        table.columns().stream().map(Block.Column::header).toList(),
                        table.rows().stream()
                                .map(row -> row.stream().map(Block.Cell::text).toList())
                                .toList(),
                        LkjipDocument.scoreLine(evaluation.score(), evaluation),
                        sections,
                        indicators,
                        reports.issues(unit, Year.of(year)).stream()
                                .map(LkjipPageController::issueRow)
                                .toList(),
                        refusal,
                        day.refusal() == null ? day.carried() : day.written(),
                        day.shown()));
    }

    private Section section(
            NarrativeSection section, IndicatorId indicator, Optional<NarrativeEntry> stored, NarrativeForm typed) {
        String indicatorId = indicator == null ? null : indicator.value().toString();
        NarrativeForm own = new NarrativeForm(section.name(), indicatorId, null, null);
        String text = stored.map(NarrativeEntry::text).orElse("");
        long version = stored.map(NarrativeEntry::version).orElse(0L);
        if (typed != null && typed.formName().equals(own.formName())) {
            // a refused form shows what was typed, with the version the writer had seen
            text = typed.text() == null ? "" : typed.text();
            version = parsedVersion(typed.version()).orElse(version);
        }
        return new Section(section.name(), indicatorId, words.label(section), text, version, own.formName());
    }

    private static LkjipView.Issue issueRow(IssuedReport issued) {
        return new LkjipView.Issue(
                issued.sequence(),
                issued.number(),
                IndonesianDate.format(issued.issuedOn()),
                issued.issuedBy(),
                issued.changes().stream()
                        .map(change -> new LkjipView.Change(
                                change.label(),
                                change.before() == null ? "—" : change.before(),
                                change.after() == null ? "—" : change.after()))
                        .toList());
    }

    private static Optional<UUID> parsedId(String written) {
        try {
            return written == null ? Optional.empty() : Optional.of(UUID.fromString(written.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parsedYear(String written) {
        if (written == null || !written.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(written.strip());
        return year >= 2000 && year <= 2100 ? Optional.of(year) : Optional.empty();
    }

    private static Optional<Long> parsedVersion(String written) {
        return written != null && written.strip().matches("\\d{1,18}")
                ? Optional.of(Long.parseLong(written.strip()))
                : Optional.empty();
    }
}
