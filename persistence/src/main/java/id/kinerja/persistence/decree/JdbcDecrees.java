package id.kinerja.persistence.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DecreeRelation;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.persistence.shared.OrderedTexts;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.RowPages;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JdbcDecrees implements Decrees {
    private static final String CONSIDERATION = "CONSIDERATION";
    private static final String LEGAL_BASIS = "LEGAL_BASIS";
    private static final String DECISION = "DECISION";

    private final DecreeRowRepository rows;
    private final OrderedTexts clauses;
    private final SqlStatements sql;

    JdbcDecrees(DecreeRowRepository rows, SqlStatements jdbc) {
        this.rows = rows;
        this.sql = jdbc;
        this.clauses = new OrderedTexts(jdbc, "decree_clause", "decree_id", "clause_kind", "body");
    }

    @Override
    public Optional<Decree> find(DecreeId id) {
        return rows.findById(id.value()).map(row -> toDecrees(List.of(row)).get(0));
    }

    @Override
    public Decree save(Decree decree) {
        DecreeContent content = decree.content();
        DecreeRow saved = RootRows.write(rows, decree.id().value(), toRow(decree), "decree", decree.version());
        if (decree.status() == DecreeStatus.DRAFT || decree.version() == 0) {
            clauses.replace(saved.id(), CONSIDERATION, content.considerations());
            clauses.replace(saved.id(), LEGAL_BASIS, content.legalBases());
            clauses.replace(saved.id(), DECISION, content.decisions());
        }
        return toDecree(saved, content);
    }

    @Override
    public boolean numberTaken(OrganizationUnitId issuingUnitId, DecreeNumber number) {
        return rows.existsByIssuingUnitIdAndDecreeNumber(issuingUnitId.value(), number.value());
    }

    @Override
    public Page<Decree> list(PageRequest page) {
        return RowPages.page(rows.listNewestFirst(RowPages.pageable(page, Sort.UNSORTED)), page, this::toDecrees);
    }

    @Override
    public List<Decree> findAll(Collection<DecreeId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return toDecrees(rows.findByIdIn(ids.stream().map(DecreeId::value).toList()));
    }

    @Override
    public List<Decree> laterDecreesOf(DecreeId earlier) {
        return toDecrees(rows.findByRelatedDecreeId(earlier.value()));
    }

    @Override
    public boolean annexInUse(DecreeId id) {
        return sql.query(
                "SELECT EXISTS (SELECT 1 FROM realization r JOIN indicator i ON i.id = r.indicator_id"
                        + " WHERE i.decree_id = ?) OR EXISTS (SELECT 1 FROM survey s JOIN indicator i"
                        + " ON i.id = s.indicator_id WHERE i.decree_id = ?)",
                statement -> {
                    statement.setObject(1, id.value());
                    statement.setObject(2, id.value());
                    try (var result = statement.executeQuery()) {
                        return result.next() && result.getBoolean(1);
                    }
                });
    }

    /** Targets and services go with their indicator (ON DELETE CASCADE), clauses with the decree. */
    @Override
    public void deleteDraft(DecreeId id) {
        sql.write(connection -> {
            for (String table : List.of("indicator", "objective", "decree")) {
                try (var delete = connection.prepareStatement("DELETE FROM " + table + " WHERE "
                        + ("decree".equals(table) ? "id" : "decree_id") + " = ? "
                        + ("decree".equals(table) ? "AND status = 'DRAFT'" : ""))) {
                    delete.setObject(1, id.value());
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    private static DecreeRow toRow(Decree decree) {
        DecreeContent content = decree.content();
        return new DecreeRow(
                decree.id().value(),
                decree.issuingUnitId().value(),
                content.number().value(),
                content.title(),
                content.issuingOfficial(),
                content.signatory().name(),
                content.signatory().position(),
                content.place(),
                content.effectiveDate(),
                decree.status().name(),
                decree.enactedOn().orElse(null),
                decree.relation().map(r -> r.kind().name()).orElse(null),
                decree.relation().map(r -> r.earlier().value()).orElse(null),
                decree.supersededBy().map(DecreeId::value).orElse(null),
                decree.revocation().map(Decree.Revocation::on).orElse(null),
                decree.revocation().map(Decree.Revocation::reason).orElse(null),
                decree.version());
    }

    private List<Decree> toDecrees(List<DecreeRow> decreeRows) {
        Map<UUID, Map<String, List<String>>> texts =
                clauses.read(decreeRows.stream().map(DecreeRow::id).toList());
        return decreeRows.stream()
                .map(row -> toDecree(
                        row,
                        new DecreeContent(
                                new DecreeNumber(row.decreeNumber()),
                                row.title(),
                                row.issuingOfficial(),
                                new Signatory(row.signatoryName(), row.signatoryPosition()),
                                OrderedTexts.listOf(texts, row.id(), CONSIDERATION),
                                OrderedTexts.listOf(texts, row.id(), LEGAL_BASIS),
                                OrderedTexts.listOf(texts, row.id(), DECISION),
                                row.place(),
                                row.effectiveDate())))
                .toList();
    }

    private static Decree toDecree(DecreeRow row, DecreeContent content) {
        return Decree.restore(
                new DecreeId(row.id()),
                new OrganizationUnitId(row.issuingUnitId()),
                content,
                row.relationKind() == null
                        ? null
                        : new DecreeRelation(
                                DecreeRelation.Kind.valueOf(row.relationKind()), new DecreeId(row.relatedDecreeId())),
                DecreeStatus.valueOf(row.status()),
                row.enactedOn(),
                row.supersededById() == null ? null : new DecreeId(row.supersededById()),
                row.revokedOn() == null ? null : new Decree.Revocation(row.revokedOn(), row.revocationReason()),
                row.version());
    }
}
