package id.kinerja.web.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/*.json}: a decree with its units, plan period, objectives and indicators. */
@Serdeable
record DemoDataset(List<Unit> units, PlanPeriod planPeriod, Decree decree, List<Objective> objectives) {

    @Serdeable
    record Unit(
            String key,
            @Nullable String parent,
            String name,
            @Nullable String shortName,
            String type,
            List<String> tasks,
            List<String> functions) {}

    @Serdeable
    record PlanPeriod(String unit, String kind, String name, int firstYear, int lastYear) {}

    @Serdeable
    record Signatory(String name, String position) {}

    @Serdeable
    record Decree(
            String issuingUnit,
            String number,
            String title,
            String issuingOfficial,
            Signatory signatory,
            List<String> considerations,
            List<String> legalBases,
            List<String> decisions,
            String place,
            LocalDate enactedOn) {}

    @Serdeable
    record Objective(String code, String statement, List<Indicator> indicators) {}

    @Serdeable
    record Indicator(
            String code,
            String name,
            String definition,
            String formula,
            String unitOfMeasure,
            String kind,
            String polarity,
            String dataSource,
            String responsibleUnit,
            String frequency,
            List<String> surveyedServices,
            String serviceCombination,
            List<Target> targets) {}

    /** The value is a string in the file so that its written scale ("87.50") is kept exactly. */
    @Serdeable
    record Target(int year, String value, @Nullable String category) {
        BigDecimal amount() {
            return new BigDecimal(value);
        }
    }
}
