package id.kinerja.domain.evaluation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The basis an evaluation used for the year's targets: the signed PK (which version, signed when) or the IKU.
 *
 * @param requested whether the basis was asked for; otherwise it is the default (the PK where one is signed)
 */
public record TargetSource(
        TargetBasis basis, Optional<Integer> agreementVersion, Optional<LocalDate> signedOn, boolean requested) {
    public static final TargetSource IKU = new TargetSource(TargetBasis.IKU, Optional.empty(), Optional.empty(), false);
}
