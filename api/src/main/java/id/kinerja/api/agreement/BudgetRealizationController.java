package id.kinerja.api.agreement;

import id.kinerja.api.shared.DocumentAnswers;
import id.kinerja.api.shared.WrittenNumber;
import id.kinerja.documents.budget.BudgetSheetWorkbook;
import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.EnterBudgetRealization;
import id.kinerja.domain.agreement.ImportBudgetRealization;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.download.Download;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Realisasi anggaran of a PK version (issue 13, item 2): per programme or activity its ceiling (pagu), spending and
 * absorption (% serapan); spending not entered is {@code null} with the state {@code NOT_FILLED}, never 0. A
 * planner of the unit enters it, all lines at once, or fills Kinerja's sheet of the PK and uploads it (all or
 * nothing; a refused sheet is a problem naming each error's row and column, ADR 0038); everyone signed in reads it.
 */
@Controller("/api/v1/performance-agreements/{agreementId}/budget-realization")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Perjanjian Kinerja")
public class BudgetRealizationController {
    private final EnterBudgetRealization budget;
    private final ImportBudgetRealization imports;
    private final ReadPerformanceAgreements agreements;

    public BudgetRealizationController(
            EnterBudgetRealization budget, ImportBudgetRealization imports, ReadPerformanceAgreements agreements) {
        this.budget = budget;
        this.imports = imports;
        this.agreements = agreements;
    }

    /** The PK version's budget sheet to fill: its programmes with their pagu and the spending entered so far. */
    @Get("/template")
    @Secured(Roles.PLANNER)
    @Produces(DocumentAnswers.XLSX)
    public HttpResponse<byte[]> template(@PathVariable UUID agreementId) {
        PerformanceAgreementId id = new PerformanceAgreementId(agreementId);
        PerformanceAgreement agreement = agreements.get(id);
        String unitName = agreements.sheet(id).unit().profile().name();
        return Download.of(
                BudgetSheetWorkbook.write(unitName, agreement.year().value(), agreement.number(), budget.of(id)),
                DocumentAnswers.XLSX,
                BudgetSheetWorkbook.fileName(agreement.year().value(), agreement.number()));
    }

    /** Multipart, the filled sheet in the part {@code file}: entered whole, or refused whole with every error. */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.PLANNER)
    @Audited(entity = "budget-realization", idVariables = "agreementId")
    public BudgetResponse importSheet(
            @PathVariable UUID agreementId, @Part("file") CompletedFileUpload file, Authentication authentication) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BudgetResponse.of(imports.importFile(
                new PerformanceAgreementId(agreementId),
                file.getFilename(),
                content,
                SignedInUser.actor(authentication)));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public BudgetResponse read(@PathVariable UUID agreementId) {
        return BudgetResponse.of(budget.of(new PerformanceAgreementId(agreementId)));
    }

    @Put
    @Secured(Roles.PLANNER)
    @Audited(entity = "budget-realization", idVariables = "agreementId")
    public BudgetResponse enter(
            @PathVariable UUID agreementId, @Body @Valid BudgetBody body, Authentication authentication) {
        List<EnterBudgetRealization.Line> lines = new ArrayList<>();
        List<LineBody> sent = body.lines() == null ? List.of() : body.lines();
        for (int index = 0; index < sent.size(); index++) {
            LineBody line = sent.get(index);
            if (line == null) {
                throw InvalidValue.required("lines[" + index + "]");
            }
            String field = "lines[" + index + "].";
            lines.add(new EnterBudgetRealization.Line(
                    line.code(),
                    line.ceiling() == null ? null : line.ceiling().read(field + "ceiling"),
                    line.realized() == null ? null : line.realized().read(field + "realized")));
        }
        return BudgetResponse.of(
                budget.enter(new PerformanceAgreementId(agreementId), lines, SignedInUser.actor(authentication)));
    }

    /** Every line of the entry; a programme left out is "belum diisi" afterwards. */
    @Serdeable
    public record BudgetBody(@Nullable @Size(max = 500) List<LineBody> lines) {}

    /** A programme's code, its ceiling (absent: the PK's budget) and its spending (absent: not yet entered). */
    @Serdeable
    public record LineBody(
            @Nullable @Size(max = 50) String code,
            @Nullable WrittenNumber ceiling,
            @Nullable WrittenNumber realized) {}

    @Serdeable
    public record LineResponse(
            String code,
            String name,
            BigDecimal ceiling,
            @Nullable BigDecimal realized,
            @Nullable BigDecimal absorption,
            String state) {
        static LineResponse of(BudgetLine line) {
            return new LineResponse(
                    line.code(),
                    line.name(),
                    line.ceiling(),
                    line.realized().orElse(null),
                    line.absorption().orElse(null),
                    line.realized().isEmpty()
                            ? "NOT_FILLED"
                            : line.absorption().isEmpty() ? "NOT_COMPUTABLE" : "FILLED");
        }
    }

    @Serdeable
    public record BudgetResponse(
            List<LineResponse> lines,
            BigDecimal totalCeiling,
            @Nullable BigDecimal totalRealized,
            @Nullable BigDecimal absorption) {
        public static BudgetResponse of(BudgetRealization realization) {
            return new BudgetResponse(
                    realization.lines().stream().map(LineResponse::of).toList(),
                    realization.totalCeiling(),
                    realization.totalRealized().orElse(null),
                    realization.absorption().orElse(null));
        }
    }
}
