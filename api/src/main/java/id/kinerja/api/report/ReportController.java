package id.kinerja.api.report;

import id.kinerja.api.report.ReportResources.IssueResponse;
import id.kinerja.api.report.ReportResources.NarrativeBody;
import id.kinerja.api.report.ReportResources.NarrativeResponse;
import id.kinerja.api.shared.DocumentAnswers;
import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.report.IssueReport;
import id.kinerja.domain.report.IssuedReport;
import id.kinerja.domain.report.NarrativeSection;
import id.kinerja.domain.report.ReadReports;
import id.kinerja.domain.report.ReportFormat;
import id.kinerja.domain.report.WriteReportNarrative;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.download.Download;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The LKjIP's narrative (planners write it, section by section, with optimistic locking) and its issues
 * (auditors issue; an issue's files are answered as they were issued, byte for byte).
 */
@Controller("/api/v1/units/{id}/reports/lkjip/{year}")
@Tag(name = "Dokumen kinerja / Performance documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {
    private final WriteReportNarrative write;
    private final IssueReport issue;
    private final ReadReports reports;

    public ReportController(WriteReportNarrative write, IssueReport issue, ReadReports reports) {
        this.write = write;
        this.issue = issue;
        this.reports = reports;
    }

    @Get("/narrative")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<NarrativeResponse> narrative(@PathVariable UUID id, @PathVariable int year) {
        return reports.narrative(new OrganizationUnitId(id), Year.of(year)).entries().stream()
                .map(NarrativeResponse::of)
                .toList();
    }

    /** Writes one section; a version that is no longer the stored one answers 409 and changes nothing. */
    @Put("/narrative")
    @Secured(Roles.PLANNER)
    @Audited(
            entity = "report-narrative",
            idVariables = {"id", "year"})
    public NarrativeResponse writeNarrative(
            @PathVariable UUID id,
            @PathVariable int year,
            @Body @Valid NarrativeBody body,
            Authentication authentication) {
        return NarrativeResponse.of(write.write(new WriteReportNarrative.Command(
                new OrganizationUnitId(id),
                Year.of(year),
                section(body.section()),
                body.indicatorId() == null ? null : new IndicatorId(body.indicatorId()),
                body.text(),
                body.version(),
                SignedInUser.actor(authentication))));
    }

    @Get("/issues")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<IssueResponse> issues(@PathVariable UUID id, @PathVariable int year) {
        return reports.issues(new OrganizationUnitId(id), Year.of(year)).stream()
                .map(IssueResponse::of)
                .toList();
    }

    /** Issues the report as it stands now: 201 with its number, what it was drawn from and what changed. */
    @Post("/issues")
    @Secured(Roles.AUDITOR)
    @Audited(
            entity = "report-issue",
            idVariables = {"id", "year"})
    public HttpResponse<IssueResponse> issue(
            @PathVariable UUID id, @PathVariable int year, Authentication authentication) {
        IssuedReport issued = issue.issue(
                new IssueReport.Command(new OrganizationUnitId(id), Year.of(year), authentication.getName()));
        return HttpResponse.created(
                IssueResponse.of(issued),
                URI.create("/api/v1/units/" + id + "/reports/lkjip/" + year + "/issues/" + issued.sequence()));
    }

    /** An issue as JSON, or its PDF, DOCX or XLSX exactly as issued by {@code Accept}. */
    @Get("/issues/{sequence}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces({MediaType.APPLICATION_JSON, DocumentAnswers.PDF, DocumentAnswers.DOCX, DocumentAnswers.XLSX})
    public HttpResponse<?> issued(
            @PathVariable UUID id, @PathVariable int year, @PathVariable int sequence, HttpRequest<?> request) {
        OrganizationUnitId unit = new OrganizationUnitId(id);
        IssuedReport issued = reports.issue(unit, Year.of(year), sequence);
        Optional<DocumentFormat> format = DocumentAnswers.requested(request);
        if (format.isEmpty()) {
            return HttpResponse.ok(IssueResponse.of(issued)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        byte[] file = reports.file(
                unit,
                Year.of(year),
                sequence,
                ReportFormat.ofExtension(format.get().extension()).orElseThrow());
        String name =
                "lkjip-" + year + "-terbitan-" + sequence + "." + format.get().extension();
        return Download.of(file, format.get().mediaType(), name);
    }

    private static NarrativeSection section(String written) {
        return Arrays.stream(NarrativeSection.values())
                .filter(section -> section.name().equals(written.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(
                        "report.unknown-section",
                        "section",
                        "no such section: " + written + " (one of " + Arrays.toString(NarrativeSection.values()) + ")",
                        written,
                        Arrays.toString(NarrativeSection.values())));
    }
}
