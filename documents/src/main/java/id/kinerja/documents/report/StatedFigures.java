package id.kinerja.documents.report;

import id.kinerja.documents.decree.DecreeDocument;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Figures;
import id.kinerja.domain.evaluation.AsOf;
import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.shared.Explanation;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.IndonesianNumber;
import java.time.LocalDate;
import java.util.Optional;

/** The engine's figures and states as a report prints them. */
final class StatedFigures {
    static final String NOT_FILLED = "Belum diisi";
    static final String NOT_APPLICABLE = "Tidak berlaku";
    static final String NOT_COMPUTABLE = "Tidak dapat dihitung";
    static final String NONE = "—";

    private StatedFigures() {}

    static Cell target(Optional<Target> target) {
        return target.map(DecreeDocument::target).orElse(Cell.of(NONE));
    }

    static Cell value(YearlyValue value) {
        if (value instanceof YearlyValue.Known known) {
            return known.amount() != null ? Figures.number(known.amount()) : Cell.of(known.text());
        }
        if (value instanceof YearlyValue.Missing missing) {
            return Cell.of(notFilled(missing.explanation()));
        }
        return Cell.of(NOT_COMPUTABLE);
    }

    static Cell attainment(Attainment attainment) {
        if (attainment instanceof Attainment.Computed computed) {
            return Figures.percent(computed.percent());
        }
        if (attainment instanceof Attainment.Qualitative qualitative) {
            return Cell.of(qualitative.achieved() ? "Tercapai" : "Tidak tercapai");
        }
        if (attainment instanceof Attainment.NotFilled notFilled) {
            return Cell.of(notFilled(notFilled.explanation()));
        }
        if (attainment instanceof Attainment.NotApplicable) {
            return Cell.of(NOT_APPLICABLE);
        }
        return Cell.of(NOT_COMPUTABLE);
    }

    /** "2023: 80,00 (93,02 %)" — an earlier year's realization and attainment on one line. */
    static String earlier(YearFigure figure) {
        return figure.year().value() + ": " + value(figure.value()).text() + " ("
                + attainment(figure.attainment()).text() + ")";
    }

    /** "Belum diisi", or in a report drawn as of a past day "belum diverifikasi per 31 Januari 2025" (ADR 0031). */
    private static String notFilled(Explanation why) {
        if (why.rule().equals(AsOf.NOT_VERIFIED)) {
            return "Belum diverifikasi per "
                    + IndonesianDate.format(
                            LocalDate.parse((String) why.arguments().get(0)));
        }
        return NOT_FILLED;
    }

    static String verified(YearlyValue value) {
        if (value instanceof YearlyValue.Known known) {
            return known.verified() ? "Terverifikasi" : "Belum diverifikasi";
        }
        return NONE;
    }

    static String percent(java.math.BigDecimal percent) {
        return IndonesianNumber.format(percent) + " %";
    }
}
