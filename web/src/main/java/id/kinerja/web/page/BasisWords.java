package id.kinerja.web.page;

import id.kinerja.domain.evaluation.TargetBasis;
import id.kinerja.domain.evaluation.TargetSource;
import java.util.List;

/**
 * Which targets a year was measured against, in the reader's words: the sentence the unit's attainment, the
 * recap, the public page and the cascade print alike (ADR 0024, ADR 0036).
 */
public final class BasisWords {
    private BasisWords() {}

    /** "Capaian dihitung terhadap target Perjanjian Kinerja versi 1 (ditandatangani 15 Januari 2024)." */
    public static String sentence(Words words, TargetSource source) {
        return source.basis() == TargetBasis.AGREEMENT
                ? words.message(
                        "attainment.basis.agreement",
                        List.of(
                                source.agreementVersion().orElse(0),
                                source.signedOn().map(words::date).orElse("")))
                : words.message("attainment.basis.iku", List.of());
    }

    /** "PK versi 1" or "IKU": the short form a table column holds. */
    public static String shortForm(Words words, TargetSource source) {
        return source.basis() == TargetBasis.AGREEMENT
                ? words.message(
                        "attainment.basis.agreement.short",
                        List.of(source.agreementVersion().orElse(0)))
                : words.message("attainment.basis.iku.short", List.of());
    }
}
