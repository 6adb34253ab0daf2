package id.kinerja.persistence.organization;

import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitScoreRule;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.persistence.shared.OrderedTexts;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.RowPages;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JdbcOrganizationUnits implements OrganizationUnits {
    private static final String TASK = "TASK";
    private static final String FUNCTION = "FUNCTION";

    private final OrganizationUnitRowRepository rows;
    private final OrderedTexts duties;
    private final SqlStatements sql;

    JdbcOrganizationUnits(OrganizationUnitRowRepository rows, SqlStatements jdbc) {
        this.rows = rows;
        this.sql = jdbc;
        this.duties = new OrderedTexts(jdbc, "unit_duty", "unit_id", "duty_kind", "body");
    }

    @Override
    public Optional<OrganizationUnit> find(OrganizationUnitId id) {
        return rows.findById(id.value()).map(row -> toUnits(List.of(row)).get(0));
    }

    @Override
    public OrganizationUnit save(OrganizationUnit unit) {
        UnitProfile profile = unit.profile();
        OrganizationUnitRow saved = RootRows.write(
                rows,
                unit.id().value(),
                new OrganizationUnitRow(
                        unit.id().value(),
                        unit.parentId().map(OrganizationUnitId::value).orElse(null),
                        profile.name(),
                        profile.shortName(),
                        profile.type().name(),
                        profile.scoreRule().name(),
                        unit.version()),
                "organization unit",
                unit.version());
        duties.replace(saved.id(), TASK, profile.tasks());
        duties.replace(saved.id(), FUNCTION, profile.functions());
        return OrganizationUnit.restore(unit.id(), unit.parentId().orElse(null), profile, saved.version());
    }

    @Override
    public Page<OrganizationUnit> list(PageRequest page) {
        return RowPages.page(
                rows.findAll(RowPages.pageable(page, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id")))),
                page,
                this::toUnits);
    }

    @Override
    public List<OrganizationUnit> findAll(Collection<OrganizationUnitId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return toUnits(
                rows.findByIdIn(ids.stream().map(OrganizationUnitId::value).toList()));
    }

    @Override
    public List<UnitOutline> outline() {
        return sql.query("SELECT id, parent_id, name FROM organization_unit", statement -> {
            List<UnitOutline> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID parent = row.getObject(2, UUID.class);
                    found.add(new UnitOutline(
                            new OrganizationUnitId(row.getObject(1, UUID.class)),
                            parent == null ? null : new OrganizationUnitId(parent),
                            row.getString(3)));
                }
            }
            return found;
        });
    }

    private List<OrganizationUnit> toUnits(List<OrganizationUnitRow> unitRows) {
        Map<UUID, Map<String, List<String>>> texts =
                duties.read(unitRows.stream().map(OrganizationUnitRow::id).toList());
        return unitRows.stream()
                .map(row -> OrganizationUnit.restore(
                        new OrganizationUnitId(row.id()),
                        row.parentId() == null ? null : new OrganizationUnitId(row.parentId()),
                        new UnitProfile(
                                row.name(),
                                row.shortName(),
                                UnitType.valueOf(row.unitType()),
                                OrderedTexts.listOf(texts, row.id(), TASK),
                                OrderedTexts.listOf(texts, row.id(), FUNCTION),
                                UnitScoreRule.valueOf(row.scoreRule())),
                        row.version()))
                .toList();
    }
}
