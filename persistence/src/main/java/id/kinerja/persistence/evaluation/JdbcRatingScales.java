package id.kinerja.persistence.evaluation;

import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.RatingScales;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rating scales as rows: a name and its bands from the highest lower bound down. */
@Singleton
class JdbcRatingScales implements RatingScales {
    private static final String SELECT = "SELECT s.name, b.lower_bound, b.label FROM rating_scale s"
            + " JOIN rating_scale_band b ON b.scale_name = s.name";

    private final SqlStatements sql;

    JdbcRatingScales(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<RatingScale> find(String name) {
        return read(SELECT + " WHERE s.name = ? ORDER BY b.ordinal", name).stream()
                .findFirst();
    }

    @Override
    public List<RatingScale> list() {
        return read(SELECT + " ORDER BY s.name, b.ordinal");
    }

    @Override
    public void add(RatingScale scale) {
        try {
            sql.write(connection -> {
                try (PreparedStatement header =
                        connection.prepareStatement("INSERT INTO rating_scale (name) VALUES (?)")) {
                    header.setString(1, scale.name());
                    header.executeUpdate();
                }
                try (PreparedStatement bands = connection.prepareStatement(
                        "INSERT INTO rating_scale_band (scale_name, ordinal, lower_bound, label) VALUES (?, ?, ?, ?)")) {
                    for (int ordinal = 0; ordinal < scale.bands().size(); ordinal++) {
                        RatingScale.Band band = scale.bands().get(ordinal);
                        bands.setString(1, scale.name());
                        bands.setInt(2, ordinal);
                        bands.setBigDecimal(3, band.from());
                        bands.setString(4, band.label());
                        bands.addBatch();
                    }
                    bands.executeBatch();
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw RootRows.asConflict(e, "rating scale");
        }
    }

    /** 91.000000 as stored is the 91 that was written. */
    private static BigDecimal plain(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private List<RatingScale> read(String select, Object... parameters) {
        return sql.query(select, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            Map<String, List<RatingScale.Band>> bands = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    BigDecimal from = rows.getBigDecimal(2);
                    bands.computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
                            .add(new RatingScale.Band(plain(from), rows.getString(3)));
                }
            }
            List<RatingScale> scales = new ArrayList<>();
            bands.forEach((name, list) -> scales.add(new RatingScale(name, list)));
            return scales;
        });
    }
}
