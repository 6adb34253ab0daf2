package id.kinerja.domain.agreement;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Year;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Perjanjian Kinerja: one version of a unit's agreement for a year. A draft is adjusted by planners; once the
 * unit's head signed it on a date it is read-only. A revision (PK perubahan) is a new version with its reason;
 * the earlier versions stay as they were signed.
 *
 * @param number the version of the agreement: 1 for the first, 2 for the first PK perubahan, …
 * @param revisionReason why this version replaces the one before (a change of official, strategy or
 *     priorities); absent for version 1
 * @param version the stored row's version, against concurrent edits
 */
public record PerformanceAgreement(
        PerformanceAgreementId id,
        OrganizationUnitId unitId,
        Year year,
        int number,
        String revisionReason,
        AgreementParty firstParty,
        AgreementParty secondParty,
        List<AgreedTarget> targets,
        List<AgreementProgramme> programmes,
        String preparedBy,
        LocalDate signedOn,
        String signedBy,
        long version) {
    public PerformanceAgreement {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(unitId, "unitId");
        InvalidValue.requirePresent(year, "year");
        InvalidValue.requirePresent(firstParty, "firstParty");
        InvalidValue.requirePresent(secondParty, "secondParty");
        InvalidValue.requireText(preparedBy, "preparedBy");
        if (number < 1) {
            throw new InvalidValue("agreement.number", "number", "versions are counted from 1", number);
        }
        revisionReason = number == 1 ? null : Text.requiredParagraph(revisionReason, "reason", 2000);
        targets = List.copyOf(targets);
        programmes = List.copyOf(programmes);
        if ((signedOn == null) != (signedBy == null)) {
            throw new InvalidValue("agreement.signature", "signedOn", "a signature has a date and a signer");
        }
    }

    /** A first draft, prepared by a planner from the unit's IKU targets for the year. */
    public static PerformanceAgreement draft(
            OrganizationUnitId unitId,
            Year year,
            AgreementParty firstParty,
            AgreementParty secondParty,
            List<AgreedTarget> targets,
            List<AgreementProgramme> programmes,
            String preparedBy) {
        return new PerformanceAgreement(
                PerformanceAgreementId.random(),
                unitId,
                year,
                1,
                null,
                firstParty,
                secondParty,
                targets,
                programmes,
                preparedBy,
                null,
                null,
                -1);
    }

    public boolean signed() {
        return signedOn != null;
    }

    public boolean isNew() {
        return version < 0;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(revisionReason);
    }

    /** The parties and the programmes with their budget, as the planner now states them. */
    public PerformanceAgreement restate(
            AgreementParty first, AgreementParty second, List<AgreementProgramme> newProgrammes) {
        requireDraft();
        return new PerformanceAgreement(
                id,
                unitId,
                year,
                number,
                revisionReason,
                first,
                second,
                targets,
                newProgrammes,
                preparedBy,
                null,
                null,
                version);
    }

    /** Sets the agreed target of one indicator, with the reason it differs from the IKU (the approved budget). */
    public PerformanceAgreement adjust(IndicatorId indicator, Target target, String reason) {
        requireDraft();
        InvalidValue.requirePresent(target, "target");
        Text.requiredParagraph(reason, "reason", 2000);
        if (!target.year().equals(year)) {
            throw new InvalidValue(
                    "agreement.target-year",
                    "year",
                    "the agreement is for " + year + ", not " + target.year(),
                    year.value(),
                    target.year().value());
        }
        List<AgreedTarget> adjusted = new ArrayList<>();
        boolean found = false;
        for (AgreedTarget agreed : targets) {
            if (agreed.indicatorId().equals(indicator)) {
                adjusted.add(new AgreedTarget(indicator, target, reason));
                found = true;
            } else {
                adjusted.add(agreed);
            }
        }
        if (!found) {
            throw new NotFound("indicator of the agreement", indicator.value());
        }
        return new PerformanceAgreement(
                id,
                unitId,
                year,
                number,
                revisionReason,
                firstParty,
                secondParty,
                adjusted,
                programmes,
                preparedBy,
                null,
                null,
                version);
    }

    /** Signed by the unit's head on a date: from now on this version is read-only. */
    public PerformanceAgreement sign(LocalDate on, String by) {
        requireDraft();
        InvalidValue.requirePresent(on, "signedOn");
        InvalidValue.requireText(by, "by");
        if (on.getYear() < year.value() - 1 || on.getYear() > year.value()) {
            throw new InvalidValue(
                    "agreement.signed-on",
                    "signedOn",
                    "a PK for " + year + " is signed in " + (year.value() - 1) + " or " + year,
                    year.value());
        }
        return new PerformanceAgreement(
                id,
                unitId,
                year,
                number,
                revisionReason,
                firstParty,
                secondParty,
                targets,
                programmes,
                preparedBy,
                on,
                by,
                version);
    }

    /** PK perubahan: the next version, a draft with this version's content and the reason for the change. */
    public PerformanceAgreement revise(String reason, String by) {
        if (!signed()) {
            throw new ConflictingState(
                    "agreement.revise-draft",
                    null,
                    "version " + number + " is still a draft: change it instead of revising it",
                    number);
        }
        return new PerformanceAgreement(
                PerformanceAgreementId.random(),
                unitId,
                year,
                number + 1,
                Text.requiredParagraph(reason, "reason", 2000),
                firstParty,
                secondParty,
                targets,
                programmes,
                by,
                null,
                null,
                -1);
    }

    private void requireDraft() {
        if (signed()) {
            throw new ConflictingState(
                    "agreement.signed",
                    null,
                    "version " + number + " was signed on " + signedOn + " and is read-only; revise it instead",
                    number,
                    signedOn.toString());
        }
    }
}
