package id.kinerja.api.report;

import id.kinerja.domain.report.FigureChange;
import id.kinerja.domain.report.IssuedReport;
import id.kinerja.domain.report.NarrativeEntry;
import id.kinerja.domain.report.ReportFigure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the report addresses take and answer. */
public final class ReportResources {
    private ReportResources() {}

    /**
     * One section written: {@code indicatorId} for an indicator's analysis; {@code version} as read (0 for a
     * section never written).
     */
    @Serdeable
    public record NarrativeBody(
            @NotBlank @Size(max = 40) String section,
            @Nullable UUID indicatorId,
            @Nullable @Size(max = 20_000) String text,
            @NotNull @PositiveOrZero Long version) {}

    @Serdeable
    public record NarrativeResponse(
            String section,
            @Nullable UUID indicatorId,
            String text,
            String writtenBy,
            Instant writtenAt,
            long version) {
        public static NarrativeResponse of(NarrativeEntry entry) {
            return new NarrativeResponse(
                    entry.section().name(),
                    entry.indicator().map(id -> id.value()).orElse(null),
                    entry.text(),
                    entry.writtenBy(),
                    entry.writtenAt(),
                    entry.version());
        }
    }

    @Serdeable
    public record FigureResponse(String key, String label, String shown) {
        static FigureResponse of(ReportFigure figure) {
            return new FigureResponse(figure.key(), figure.label(), figure.shown());
        }
    }

    /** A figure that differs from the issue before: {@code before} absent for a new one, {@code after} for a gone one. */
    @Serdeable
    public record ChangeResponse(
            String label, @Nullable String before, @Nullable String after) {
        static ChangeResponse of(FigureChange change) {
            return new ChangeResponse(change.label(), change.before(), change.after());
        }
    }

    @Serdeable
    public record IssueResponse(
            UUID unitId,
            int year,
            int sequence,
            String number,
            LocalDate issuedOn,
            String issuedBy,
            Instant issuedAt,
            String ratingScale,
            List<String> sources,
            List<FigureResponse> figures,
            List<ChangeResponse> changes) {
        public static IssueResponse of(IssuedReport issued) {
            return new IssueResponse(
                    issued.unit().value(),
                    issued.year().value(),
                    issued.sequence(),
                    issued.number(),
                    issued.issuedOn(),
                    issued.issuedBy(),
                    issued.issuedAt(),
                    issued.ratingScale(),
                    issued.sources(),
                    issued.figures().stream().map(FigureResponse::of).toList(),
                    issued.changes().stream().map(ChangeResponse::of).toList());
        }
    }
}
