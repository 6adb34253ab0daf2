package id.kinerja.persistence.evaluation;

import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.Realization.Correction;
import id.kinerja.domain.evaluation.Realization.Narrative;
import id.kinerja.domain.evaluation.Realization.RealizedValue;
import id.kinerja.domain.evaluation.Realization.Review;
import id.kinerja.domain.evaluation.Realization.Source;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.Decimals;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import id.kinerja.persistence.shared.WantedIds;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Realizations in one table, a period's chain linked by {@code corrects_id}. Reads of many indicators are
 * one statement, so that evaluating a unit costs the same number of queries for 5 indicators as for 500.
 */
@Singleton
class JdbcRealizations implements Realizations {
    private static final String COLUMNS = "r.id, r.indicator_id, r.realization_year, r.period, r.amount,"
            + " r.amount_scale, r.text_value, r.source_kind, r.source_reference, r.supporting_factors,"
            + " r.inhibiting_factors, r.follow_up, r.corrects_id, r.correction_reason, r.status, r.review_outcome,"
            + " r.review_by, r.review_at, r.review_reason, r.version, r.authors";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM realization r";
    /** The rows of many indicators, joined to their ids (see {@link WantedIds} for why not {@code = ANY}). */
    private static final String OF_WANTED_INDICATORS =
            "SELECT " + COLUMNS + " FROM " + WantedIds.TABLE + " JOIN realization r ON r.indicator_id = wanted.id";

    private static final String IS_CURRENT = " NOT EXISTS (SELECT 1 FROM realization c WHERE c.corrects_id = r.id)";

    private final SqlStatements sql;

    JdbcRealizations(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Realization> find(RealizationId id) {
        return read(SELECT + " WHERE r.id = ?", id.value()).stream().findFirst();
    }

    @Override
    public Realization save(Realization realization) {
        try {
            return sql.write(connection -> {
                boolean stored;
                try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM realization WHERE id = ?")) {
                    exists.setObject(1, realization.id().value());
                    try (ResultSet found = exists.executeQuery()) {
                        stored = found.next();
                    }
                }
                if (!stored) {
                    insert(connection, realization);
                    return realization;
                }
                update(connection, realization);
                return realization.storedAs(realization.version() + 1);
            });
        } catch (RuntimeException e) {
            RuntimeException conflict = RootRows.asConflict(e, "realization");
            if (conflict instanceof ConflictingState) {
                // the schema allows one first realization per period and one correction per realization
                // (ADR 0017): another request stored its own between this one's check and its insert
                throw new ConflictingState(
                        "realization.raced",
                        "period",
                        "the " + realization.period() + " " + realization.year()
                                + " realization was recorded or corrected by someone else at the same moment",
                        realization.period().name(),
                        realization.year().value());
            }
            throw conflict;
        }
    }

    private static void insert(java.sql.Connection connection, Realization realization) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO realization (id, indicator_id,"
                + " realization_year, period, revision, amount, amount_scale, text_value, source_kind,"
                + " source_reference, supporting_factors, inhibiting_factors, follow_up, corrects_id,"
                + " correction_reason, status, review_outcome, review_by, review_at, review_reason, version, authors)"
                // the first of a period is revision 1, a correction the one after what it corrects: two
                // writers of the same first realization or correction collide on a unique key (ADR 0017)
                + " VALUES (?, ?, ?, ?, COALESCE((SELECT revision + 1 FROM realization WHERE id = ?), 1),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, realization.id().value());
            insert.setObject(2, realization.indicatorId().value());
            insert.setInt(3, realization.year().value());
            insert.setString(4, realization.period().name());
            insert.setObject(
                    5, realization.correction().map(c -> c.corrects().value()).orElse(null), Types.OTHER);
            int next = setContent(insert, 6, realization);
            insert.setObject(
                    next,
                    realization.correction().map(c -> c.corrects().value()).orElse(null),
                    Types.OTHER);
            insert.setString(
                    next + 1, realization.correction().map(Correction::reason).orElse(null));
            setReview(insert, next + 2, realization);
            insert.setLong(next + 7, realization.version());
            insert.setString(next + 8, authorsOf(realization));
            insert.executeUpdate();
        }
    }

    private static void update(java.sql.Connection connection, Realization realization) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE realization SET amount = ?,"
                + " amount_scale = ?, text_value = ?, source_kind = ?, source_reference = ?, supporting_factors = ?,"
                + " inhibiting_factors = ?, follow_up = ?, status = ?, review_outcome = ?, review_by = ?,"
                + " review_at = ?, review_reason = ?, authors = ?, changed_at = CURRENT_TIMESTAMP,"
                + " version = version + 1 WHERE id = ? AND version = ?")) {
            int next = setContent(update, 1, realization);
            setReview(update, next, realization);
            update.setString(next + 5, authorsOf(realization));
            update.setObject(next + 6, realization.id().value());
            update.setLong(next + 7, realization.version());
            if (update.executeUpdate() == 0) {
                throw StaleVersion.raced("realization", realization.id(), realization.version());
            }
        }
    }

    /** Value, source and narrative from {@code index}; returns the next free index. */
    private static int setContent(PreparedStatement statement, int index, Realization realization) throws SQLException {
        RealizedValue value = realization.value();
        statement.setBigDecimal(index, value.amount());
        statement.setObject(index + 1, Decimals.scaleOf(value.amount()), Types.SMALLINT);
        statement.setString(index + 2, value.text());
        statement.setString(index + 3, value.source().kind().name());
        statement.setString(index + 4, value.source().reference());
        Narrative narrative = realization.narrative();
        statement.setString(index + 5, narrative.supporting());
        statement.setString(index + 6, narrative.inhibiting());
        statement.setString(index + 7, narrative.followUp());
        return index + 8;
    }

    /** The authors as one column: sorted usernames separated by a space (a username holds none). */
    private static String authorsOf(Realization realization) {
        return String.join(" ", new java.util.TreeSet<>(realization.authors()));
    }

    /** Status and last review, five parameters from {@code index}. */
    private static void setReview(PreparedStatement statement, int index, Realization realization) throws SQLException {
        Optional<Review> review = realization.lastReview();
        statement.setString(index, realization.status().name());
        statement.setString(index + 1, review.map(r -> r.outcome().name()).orElse(null));
        statement.setString(index + 2, review.map(Review::by).orElse(null));
        statement.setTimestamp(
                index + 3, review.map(r -> Timestamp.from(r.at())).orElse(null));
        statement.setString(index + 4, review.map(Review::reason).orElse(null));
    }

    @Override
    public Optional<Realization> current(IndicatorId indicator, Year year, ReportingPeriod period) {
        return read(
                        SELECT + " WHERE r.indicator_id = ? AND r.realization_year = ? AND r.period = ? AND"
                                + IS_CURRENT,
                        indicator.value(),
                        year.value(),
                        period.name())
                .stream()
                .findFirst();
    }

    @Override
    public List<Realization> chain(IndicatorId indicator, Year year, ReportingPeriod period) {
        return read(
                SELECT + " WHERE r.indicator_id = ? AND r.realization_year = ? AND r.period = ? ORDER BY r.revision",
                indicator.value(),
                year.value(),
                period.name());
    }

    @Override
    public List<Realization> currentOf(Collection<IndicatorId> indicators, Year upTo) {
        List<UUID> ids = indicators.stream().map(IndicatorId::value).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // one array parameter, not one placeholder per indicator: a single statement however many indicators
        return sql.query(
                OF_WANTED_INDICATORS + " WHERE r.realization_year <= ? AND" + IS_CURRENT
                        + " ORDER BY r.realization_year, r.period",
                statement -> {
                    WantedIds.set(statement, 1, ids);
                    statement.setInt(2, upTo.value());
                    List<Realization> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(toRealization(rows));
                        }
                    }
                    return found;
                });
    }

    /**
     * One statement: per period, the verified row with no later verified revision before {@code end}. The
     * status is compared with a parameter, not a literal, so that H2 and PostgreSQL read the statement alike.
     */
    @Override
    public List<Realization> verifiedAsOf(Collection<IndicatorId> indicators, Year upTo, java.time.Instant end) {
        List<UUID> ids = indicators.stream().map(IndicatorId::value).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Timestamp before = Timestamp.from(end);
        return sql.query(
                OF_WANTED_INDICATORS + " WHERE r.realization_year <= ? AND r.status = ?"
                        + " AND r.review_at < ? AND NOT EXISTS (SELECT 1 FROM realization later"
                        + " WHERE later.indicator_id = r.indicator_id AND later.realization_year = r.realization_year"
                        + " AND later.period = r.period AND later.revision > r.revision AND later.status = ?"
                        + " AND later.review_at < ?) ORDER BY r.realization_year, r.period",
                statement -> {
                    WantedIds.set(statement, 1, ids);
                    statement.setInt(2, upTo.value());
                    statement.setString(3, ReviewStatus.VERIFIED.name());
                    statement.setTimestamp(4, before);
                    statement.setString(5, ReviewStatus.VERIFIED.name());
                    statement.setTimestamp(6, before);
                    List<Realization> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(toRealization(rows));
                        }
                    }
                    return found;
                });
    }

    @Override
    public Page<Realization> withStatus(ReviewStatus status, PageRequest page) {
        List<Realization> items = read(
                SELECT + " WHERE r.status = ? AND" + IS_CURRENT + " ORDER BY r.changed_at, r.id LIMIT ? OFFSET ?",
                status.name(),
                page.size(),
                page.offset());
        return new Page<>(items, page, countWithStatus(status));
    }

    private long countWithStatus(ReviewStatus status) {
        return sql.query("SELECT COUNT(*) FROM realization r WHERE r.status = ? AND" + IS_CURRENT, count -> {
            count.setString(1, status.name());
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        });
    }

    @Override
    public Page<Realization> latestWithStatus(ReviewStatus status, PageRequest page) {
        List<Realization> items = read(
                SELECT + " WHERE r.status = ? AND" + IS_CURRENT
                        + " ORDER BY r.changed_at DESC, r.id DESC LIMIT ? OFFSET ?",
                status.name(),
                page.size(),
                page.offset());
        return new Page<>(items, page, countWithStatus(status));
    }

    private List<Realization> read(String select, Object... parameters) {
        return sql.query(select, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Realization> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(toRealization(rows));
                }
            }
            return found;
        });
    }

    private static java.util.Set<String> authors(String column) {
        return column == null || column.isBlank()
                ? java.util.Set.of()
                : java.util.Set.of(column.strip().split(" "));
    }

    private static Realization toRealization(ResultSet row) throws SQLException {
        Short scale = row.getObject(6) == null ? null : row.getShort(6);
        UUID corrects = row.getObject(13, UUID.class);
        String outcome = row.getString(16);
        Timestamp reviewedAt = row.getTimestamp(18);
        return Realization.restore(
                new RealizationId(row.getObject(1, UUID.class)),
                new IndicatorId(row.getObject(2, UUID.class)),
                Year.of(row.getInt(3)),
                ReportingPeriod.valueOf(row.getString(4)),
                new RealizedValue(
                        Decimals.restore(row.getBigDecimal(5), scale),
                        row.getString(7),
                        new Source(Source.Kind.valueOf(row.getString(8)), row.getString(9))),
                new Narrative(row.getString(10), row.getString(11), row.getString(12)),
                corrects == null ? null : new Correction(new RealizationId(corrects), row.getString(14)),
                ReviewStatus.valueOf(row.getString(15)),
                outcome == null
                        ? null
                        : new Review(
                                ReviewStatus.valueOf(outcome),
                                row.getString(17),
                                reviewedAt == null ? null : reviewedAt.toInstant(),
                                row.getString(19)),
                authors(row.getString(21)),
                row.getLong(20));
    }
}
