package id.kinerja.web.agreement;

import id.kinerja.documents.budget.BudgetSheetWorkbook;
import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.EnterBudgetRealization;
import id.kinerja.domain.agreement.ImportBudgetRealization;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.domain.agreement.ReadBudgetRealization;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.download.Download;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Realisasi anggaran of a PK version on a page (issue 13, item 2): everyone signed in reads each programme's pagu,
 * realisasi and % serapan; a planner of the unit enters them on the form, or downloads the PK's sheet, fills it and
 * uploads it (entered whole or refused whole, each error by row and column). A refusal shows the page again with
 * what was typed — the same roles and rules as {@code PUT /api/v1/performance-agreements/{id}/budget-realization}.
 */
@Controller("/perjanjian-kinerja/{id}/anggaran")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class BudgetPageController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReadPerformanceAgreements agreements;
    private final ReadBudgetRealization budgets;
    private final EnterBudgetRealization enter;
    private final ImportBudgetRealization imports;
    private final FormSubmission forms;
    private final Words words;

    BudgetPageController(
            ReadPerformanceAgreements agreements,
            ReadBudgetRealization budgets,
            EnterBudgetRealization enter,
            ImportBudgetRealization imports,
            FormSubmission forms,
            Words words) {
        this.agreements = agreements;
        this.budgets = budgets;
        this.enter = enter;
        this.imports = imports;
        this.forms = forms;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<BudgetPage> page(@PathVariable UUID id, Authentication authentication) {
        return page(id, authentication, null, null, List.of());
    }

    @Post
    @Secured(Roles.PLANNER)
    @Audited(entity = "budget-realization", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> enter(
            HttpRequest<?> request, @PathVariable UUID id, @Body BudgetForm form, Authentication authentication) {
        return forms.submit(
                request,
                "anggaran",
                form,
                typed -> {
                    BudgetRealization entered = enter.enter(
                            new PerformanceAgreementId(id), typed.lines(), SignedInUser.actor(authentication));
                    return Submitted.changed(address(id), id, entered);
                },
                refusal -> page(id, authentication, form, refusal, List.of()));
    }

    /** The PK's sheet to fill, pre-filled with its programmes, their pagu and the spending entered so far. */
    @Get("/templat")
    @Secured(Roles.PLANNER)
    @Produces(BudgetPageController.XLSX)
    public HttpResponse<byte[]> template(@PathVariable UUID id) {
        PerformanceAgreementId agreementId = new PerformanceAgreementId(id);
        PerformanceAgreement agreement = agreements.get(agreementId);
        String unitName = agreements.sheet(agreementId).unit().profile().name();
        return Download.of(
                BudgetSheetWorkbook.write(
                        unitName, agreement.year().value(), agreement.number(), budgets.of(agreementId)),
                BudgetPageController.XLSX,
                BudgetSheetWorkbook.fileName(agreement.year().value(), agreement.number()));
    }

    @Post(value = "/impor", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.PLANNER)
    @Audited(entity = "budget-realization", idVariables = "id")
    public HttpResponse<?> importSheet(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Part("file") CompletedFileUpload file,
            Authentication authentication) {
        List<BudgetPage.FileError> fileErrors = new ArrayList<>();
        return forms.carryOut(
                request,
                "impor",
                () -> {
                    try {
                        BudgetRealization entered = imports.importFile(
                                new PerformanceAgreementId(id),
                                file.getFilename(),
                                file.getBytes(),
                                SignedInUser.actor(authentication));
                        return Submitted.changed(address(id), id, entered);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (RefusedFile refused) {
                        refused.errors()
                                .forEach(error -> fileErrors.add(new BudgetPage.FileError(
                                        error.row(), error.column(), words.message(error.code(), error.arguments()))));
                        throw refused;
                    }
                },
                refusal -> page(id, authentication, null, refusal, fileErrors));
    }

    private ModelAndView<BudgetPage> page(
            UUID id,
            Authentication authentication,
            @Nullable BudgetForm typed,
            @Nullable Refusal refusal,
            List<BudgetPage.FileError> fileErrors) {
        PerformanceAgreementId agreementId = new PerformanceAgreementId(id);
        PerformanceAgreement agreement = agreements.get(agreementId);
        String unitName = agreements.sheet(agreementId).unit().profile().name();
        BudgetRealization budget = budgets.of(agreementId);
        BudgetForm shownForm = typed != null ? typed : BudgetForm.of(budget);
        List<BudgetPage.Line> lines = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            int index = lines.size();
            lines.add(new BudgetPage.Line(
                    index,
                    line.code(),
                    line.name(),
                    rupiah(line.ceiling()),
                    line.realized().map(BudgetPageController::rupiah).orElse(words.get("budget.not-filled")),
                    absorption(line.realized(), line.absorption()),
                    line.realized().isPresent(),
                    Optional.ofNullable(shownForm.ceilingAt(index)).orElse(""),
                    Optional.ofNullable(shownForm.realizedAt(index)).orElse("")));
        }
        return new ModelAndView<>(
                "agreement-budget",
                new BudgetPage(
                        id,
                        agreement.unitId().value(),
                        unitName,
                        agreement.year().value(),
                        agreement.number(),
                        words.get("agreement.status." + (agreement.signed() ? "SIGNED" : "DRAFT")),
                        lines,
                        rupiah(budget.totalCeiling()),
                        budget.totalRealized().map(BudgetPageController::rupiah).orElse(words.get("budget.not-filled")),
                        absorption(budget.totalRealized(), budget.absorption()),
                        authentication.getRoles().contains(Roles.PLANNER),
                        refusal,
                        fileErrors));
    }

    private String absorption(Optional<BigDecimal> realized, Optional<BigDecimal> absorption) {
        if (realized.isEmpty()) {
            return words.get("budget.not-filled");
        }
        return absorption
                .map(percent -> IndonesianNumber.format(percent) + " %")
                .orElse(words.get("budget.not-computable"));
    }

    private static String rupiah(BigDecimal amount) {
        return "Rp" + BudgetForm.shown(amount);
    }

    private static String address(UUID id) {
        return "/perjanjian-kinerja/" + id + "/anggaran";
    }
}
