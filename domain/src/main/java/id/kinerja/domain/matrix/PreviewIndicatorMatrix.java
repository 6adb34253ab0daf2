package id.kinerja.domain.matrix;

import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an uploaded matriks IKU for a unit and keeps the file, answering what it understood row by row with
 * every doubt and refusal. Nothing of the decree is written yet: that is {@link CommitIndicatorMatrix}.
 */
public final class PreviewIndicatorMatrix {
    /** The largest matrix accepted: a unit's matrix is a few dozen rows, far below this. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final OrganizationUnits units;
    private final PlanPeriods periods;
    private final IndicatorMatrices matrices;
    private final MatrixSheets sheets;
    private final Transactions transactions;
    private final Clock clock;

    public PreviewIndicatorMatrix(
            OrganizationUnits units,
            PlanPeriods periods,
            IndicatorMatrices matrices,
            MatrixSheets sheets,
            Transactions transactions,
            Clock clock) {
        this.units = units;
        this.periods = periods;
        this.matrices = matrices;
        this.sheets = sheets;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(OrganizationUnitId unitId, String fileName, byte[] content, String uploadedBy) {}

    /** The stored upload and what it says. */
    public record Previewed(IndicatorMatrix matrix, MatrixPreview preview) {}

    public Previewed preview(Command command) {
        InvalidValue.requirePresent(command.unitId(), "unitId");
        if (command.content() == null || command.content().length == 0) {
            throw InvalidValue.required("file");
        }
        if (command.content().length > MAX_BYTES) {
            throw new InvalidValue(
                    "matrix.too-large", "file", "a matrix file has at most " + MAX_BYTES + " bytes", MAX_BYTES);
        }
        return transactions.inTransaction(() -> {
            OrganizationUnit unit = units.get(command.unitId());
            MatrixPreview preview = MatrixReading.read(
                    sheets.rowsOf(command.content(), command.fileName()), contextOf(units, periods, unit.id()));
            IndicatorMatrix matrix = new IndicatorMatrix(
                    IndicatorMatrixId.newId(),
                    unit.id(),
                    command.fileName(),
                    command.content(),
                    command.uploadedBy(),
                    clock.instant(),
                    null);
            matrices.add(matrix);
            return new Previewed(matrix, preview);
        });
    }

    /** The preview of a stored matrix, read again from its file (a reload of the preview page). */
    public Previewed show(IndicatorMatrixId id) {
        IndicatorMatrix matrix = matrices.get(id);
        MatrixPreview preview = MatrixReading.read(
                sheets.rowsOf(matrix.content(), matrix.fileName()), contextOf(units, periods, matrix.unitId()));
        return new Previewed(matrix, preview);
    }

    /** The unit's plan periods and the unit with every unit below it. */
    static MatrixContext contextOf(OrganizationUnits units, PlanPeriods periods, OrganizationUnitId unit) {
        List<UnitOutline> outline = units.outline();
        Set<OrganizationUnitId> below = new HashSet<>(Set.of(unit));
        List<UnitOutline> unitAndBelow = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (UnitOutline candidate : outline) {
                if (!below.contains(candidate.id())
                        && candidate.parentId() != null
                        && below.contains(candidate.parentId())) {
                    below.add(candidate.id());
                    grew = true;
                }
            }
        }
        outline.stream().filter(u -> below.contains(u.id())).forEach(unitAndBelow::add);
        unitAndBelow.sort((a, b) -> Boolean.compare(!Objects.equals(a.id(), unit), !Objects.equals(b.id(), unit)));
        return new MatrixContext(unit, periods.ofUnit(unit), unitAndBelow);
    }
}
