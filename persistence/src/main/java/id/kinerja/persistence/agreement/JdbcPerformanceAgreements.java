package id.kinerja.persistence.agreement;

import id.kinerja.domain.agreement.AgreedTarget;
import id.kinerja.domain.agreement.AgreementParty;
import id.kinerja.domain.agreement.AgreementProgramme;
import id.kinerja.domain.agreement.Nip;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.domain.agreement.PerformanceAgreements;
import id.kinerja.domain.evaluation.AgreedTargets;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.Decimals;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One row per version of an agreement, with its targets and programmes in child rows rewritten with each change
 * of a draft. The row's version guards concurrent edits; (unit, year, number) guards two first versions.
 */
@Singleton
class JdbcPerformanceAgreements implements PerformanceAgreements, AgreedTargets {
    private static final String COLUMNS = "id, unit_id, agreement_year, agreement_number, revision_reason,"
            + " first_party_name, first_party_position, first_party_nip, second_party_name, second_party_position,"
            + " second_party_nip, prepared_by, signed_on, signed_by, version";

    private final SqlStatements sql;

    JdbcPerformanceAgreements(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<PerformanceAgreement> versionsOf(OrganizationUnitId unit, Year year) {
        return read(
                "SELECT " + COLUMNS + " FROM performance_agreement WHERE unit_id = ? AND agreement_year = ?"
                        + " ORDER BY agreement_number",
                unit.value(),
                year.value());
    }

    @Override
    public Optional<PerformanceAgreement> find(PerformanceAgreementId id) {
        return read("SELECT " + COLUMNS + " FROM performance_agreement WHERE id = ?", id.value(), null).stream()
                .findFirst();
    }

    @Override
    public Optional<SignedTargets> signedFor(OrganizationUnitId unit, Year year) {
        return signedTargets(versionsOf(unit, year).stream().filter(PerformanceAgreement::signed));
    }

    @Override
    public Optional<SignedTargets> signedAsOf(OrganizationUnitId unit, Year year, java.time.LocalDate day) {
        return signedTargets(versionsOf(unit, year).stream()
                .filter(PerformanceAgreement::signed)
                .filter(version -> !version.signedOn().isAfter(day)));
    }

    /** The targets of the latest of these signed versions. */
    private static Optional<SignedTargets> signedTargets(java.util.stream.Stream<PerformanceAgreement> signedVersions) {
        return signedVersions
                .max(Comparator.comparingInt(PerformanceAgreement::number))
                .map(signed -> {
                    Map<IndicatorId, Target> targets = new HashMap<>();
                    signed.targets().forEach(agreed -> targets.put(agreed.indicatorId(), agreed.target()));
                    return new SignedTargets(signed.number(), signed.signedOn(), targets);
                });
    }

    private record Head(
            UUID id,
            UUID unit,
            int year,
            int number,
            String reason,
            AgreementParty first,
            AgreementParty second,
            String preparedBy,
            java.time.LocalDate signedOn,
            String signedBy,
            long version) {}

    private List<PerformanceAgreement> read(String select, UUID key, Integer year) {
        return sql.query(select, statement -> {
            statement.setObject(1, key);
            if (year != null) {
                statement.setInt(2, year);
            }
            List<Head> heads = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Date signed = row.getDate("signed_on");
                    heads.add(new Head(
                            row.getObject("id", UUID.class),
                            row.getObject("unit_id", UUID.class),
                            row.getInt("agreement_year"),
                            row.getInt("agreement_number"),
                            row.getString("revision_reason"),
                            new AgreementParty(
                                    row.getString("first_party_name"),
                                    row.getString("first_party_position"),
                                    new Nip(row.getString("first_party_nip"))),
                            new AgreementParty(
                                    row.getString("second_party_name"),
                                    row.getString("second_party_position"),
                                    new Nip(row.getString("second_party_nip"))),
                            row.getString("prepared_by"),
                            signed == null ? null : signed.toLocalDate(),
                            row.getString("signed_by"),
                            row.getLong("version")));
                }
            }
            List<PerformanceAgreement> agreements = new ArrayList<>();
            for (Head head : heads) {
                agreements.add(new PerformanceAgreement(
                        new PerformanceAgreementId(head.id()),
                        new OrganizationUnitId(head.unit()),
                        Year.of(head.year()),
                        head.number(),
                        head.reason(),
                        head.first(),
                        head.second(),
                        targets(statement.getConnection(), head.id(), head.year()),
                        programmes(statement.getConnection(), head.id()),
                        head.preparedBy(),
                        head.signedOn(),
                        head.signedBy(),
                        head.version()));
            }
            return agreements;
        });
    }

    private static Target target(ResultSet row, int year) throws SQLException {
        TargetValue value = switch (row.getString("value_kind")) {
            case "NUMERIC" ->
                new TargetValue.Numeric(Decimals.restore(row.getBigDecimal("amount"), row.getShort("amount_scale")));
            case "RANGE" ->
                new TargetValue.Range(
                        Decimals.restore(row.getBigDecimal("amount"), row.getShort("amount_scale")),
                        Decimals.restore(row.getBigDecimal("upper_amount"), row.getShort("upper_scale")));
            default -> new TargetValue.Qualitative(row.getString("qualitative_text"));
        };
        return new Target(Year.of(year), value, row.getString("category"));
    }

    /**
     * Every signed version of the year with its targets in one statement, the latest per unit kept: the recap and
     * the cascade measure a whole province against its agreements without a statement per unit.
     */
    @Override
    public Map<OrganizationUnitId, SignedTargets> signedFor(Collection<OrganizationUnitId> units, Year year) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Set<OrganizationUnitId> wanted = new HashSet<>(units);
        record Version(int number, java.time.LocalDate signedOn, Map<IndicatorId, Target> targets) {}
        Map<OrganizationUnitId, Version> latest = sql.query(
                "SELECT a.unit_id, a.agreement_number, a.signed_on, t.indicator_id, t.value_kind, t.amount,"
                        + " t.amount_scale, t.upper_amount, t.upper_scale, t.qualitative_text, t.category"
                        + " FROM performance_agreement a"
                        + " LEFT JOIN performance_agreement_target t ON t.agreement_id = a.id"
                        + " WHERE a.agreement_year = ? AND a.signed_on IS NOT NULL"
                        + " ORDER BY a.unit_id, a.agreement_number",
                statement -> {
                    statement.setInt(1, year.value());
                    Map<OrganizationUnitId, Version> found = new HashMap<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            OrganizationUnitId unit = new OrganizationUnitId(row.getObject("unit_id", UUID.class));
                            if (!wanted.contains(unit)) {
                                continue;
                            }
                            int number = row.getInt("agreement_number");
                            Version known = found.get(unit);
                            if (known == null || known.number() < number) {
                                known = new Version(
                                        number, row.getDate("signed_on").toLocalDate(), new HashMap<>());
                                found.put(unit, known);
                            }
                            UUID indicator = row.getObject("indicator_id", UUID.class);
                            if (indicator != null) {
                                known.targets().put(new IndicatorId(indicator), target(row, year.value()));
                            }
                        }
                    }
                    return found;
                });
        Map<OrganizationUnitId, SignedTargets> signed = new HashMap<>();
        latest.forEach((unit, version) ->
                signed.put(unit, new SignedTargets(version.number(), version.signedOn(), version.targets())));
        return signed;
    }

    private static List<AgreedTarget> targets(Connection connection, UUID agreement, int year) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT indicator_id, value_kind, amount,"
                + " amount_scale, upper_amount, upper_scale, qualitative_text, category, adjustment_reason"
                + " FROM performance_agreement_target WHERE agreement_id = ? ORDER BY position")) {
            select.setObject(1, agreement);
            List<AgreedTarget> targets = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    targets.add(new AgreedTarget(
                            new IndicatorId(row.getObject("indicator_id", UUID.class)),
                            target(row, year),
                            row.getString("adjustment_reason")));
                }
            }
            return targets;
        }
    }

    private static List<AgreementProgramme> programmes(Connection connection, UUID agreement) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT code, name, budget"
                + " FROM performance_agreement_programme WHERE agreement_id = ? ORDER BY position")) {
            select.setObject(1, agreement);
            List<AgreementProgramme> programmes = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    programmes.add(new AgreementProgramme(
                            row.getString("code"), row.getString("name"), row.getBigDecimal("budget")));
                }
            }
            return programmes;
        }
    }

    @Override
    public PerformanceAgreement save(PerformanceAgreement next) {
        try {
            return sql.write(connection -> {
                String statement = next.isNew()
                        ? "INSERT INTO performance_agreement (revision_reason, first_party_name, first_party_position,"
                                + " first_party_nip, second_party_name, second_party_position, second_party_nip,"
                                + " prepared_by, signed_on, signed_by, id, unit_id, agreement_year, agreement_number,"
                                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                        : "UPDATE performance_agreement SET revision_reason = ?, first_party_name = ?,"
                                + " first_party_position = ?, first_party_nip = ?, second_party_name = ?,"
                                + " second_party_position = ?, second_party_nip = ?, prepared_by = ?, signed_on = ?,"
                                + " signed_by = ?, changed_at = CURRENT_TIMESTAMP, version = version + 1"
                                + " WHERE id = ? AND version = ? AND signed_on IS NULL";
                try (PreparedStatement write = connection.prepareStatement(statement)) {
                    int i = 1;
                    write.setString(i++, next.revisionReason());
                    i = party(write, i, next.firstParty());
                    i = party(write, i, next.secondParty());
                    write.setString(i++, next.preparedBy());
                    if (next.signedOn() == null) {
                        write.setNull(i++, Types.DATE);
                    } else {
                        write.setDate(i++, Date.valueOf(next.signedOn()));
                    }
                    write.setString(i++, next.signedBy());
                    write.setObject(i++, next.id().value());
                    if (next.isNew()) {
                        write.setObject(i++, next.unitId().value());
                        write.setInt(i++, next.year().value());
                        write.setInt(i, next.number());
                    } else {
                        write.setLong(i, next.version());
                    }
                    if (write.executeUpdate() == 0) {
                        throw StaleVersion.raced(
                                "performance agreement", next.id().value(), next.version());
                    }
                }
                replaceChildren(connection, next);
                return new PerformanceAgreement(
                        next.id(),
                        next.unitId(),
                        next.year(),
                        next.number(),
                        next.revisionReason(),
                        next.firstParty(),
                        next.secondParty(),
                        next.targets(),
                        next.programmes(),
                        next.preparedBy(),
                        next.signedOn(),
                        next.signedBy(),
                        next.version() + 1);
            });
        } catch (RuntimeException e) {
            throw RootRows.asConflict(e, "performance agreement");
        }
    }

    private static int party(PreparedStatement write, int index, AgreementParty party) throws SQLException {
        write.setString(index, party.name());
        write.setString(index + 1, party.position());
        write.setString(index + 2, party.nip().value());
        return index + 3;
    }

    private static void replaceChildren(Connection connection, PerformanceAgreement agreement) throws SQLException {
        for (String table : List.of("performance_agreement_target", "performance_agreement_programme")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE agreement_id = ?")) {
                delete.setObject(1, agreement.id().value());
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO performance_agreement_target"
                + " (agreement_id, indicator_id, position, value_kind, amount, amount_scale, upper_amount, upper_scale,"
                + " qualitative_text, category, adjustment_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (AgreedTarget agreed : agreement.targets()) {
                insert.setObject(1, agreement.id().value());
                insert.setObject(2, agreed.indicatorId().value());
                insert.setInt(3, position++);
                TargetValue value = agreed.target().value();
                if (value instanceof TargetValue.Numeric numeric) {
                    insert.setString(4, "NUMERIC");
                    decimal(insert, 5, numeric.amount());
                    decimal(insert, 7, null);
                    insert.setNull(9, Types.VARCHAR);
                } else if (value instanceof TargetValue.Range range) {
                    insert.setString(4, "RANGE");
                    decimal(insert, 5, range.lower());
                    decimal(insert, 7, range.upper());
                    insert.setNull(9, Types.VARCHAR);
                } else {
                    insert.setString(4, "QUALITATIVE");
                    decimal(insert, 5, null);
                    decimal(insert, 7, null);
                    insert.setString(9, ((TargetValue.Qualitative) value).text());
                }
                insert.setString(10, agreed.target().promisedCategory());
                insert.setString(11, agreed.adjustmentReason());
                insert.addBatch();
            }
            if (!agreement.targets().isEmpty()) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO performance_agreement_programme"
                + " (agreement_id, position, code, name, budget) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (AgreementProgramme programme : agreement.programmes()) {
                insert.setObject(1, agreement.id().value());
                insert.setInt(2, position++);
                insert.setString(3, programme.code());
                insert.setString(4, programme.name());
                insert.setBigDecimal(5, programme.budget());
                insert.addBatch();
            }
            if (!agreement.programmes().isEmpty()) {
                insert.executeBatch();
            }
        }
    }

    private static void decimal(PreparedStatement statement, int column, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.NUMERIC);
            statement.setNull(column + 1, Types.SMALLINT);
        } else {
            statement.setBigDecimal(column, value);
            statement.setShort(column + 1, Decimals.scaleOf(value));
        }
    }
}
