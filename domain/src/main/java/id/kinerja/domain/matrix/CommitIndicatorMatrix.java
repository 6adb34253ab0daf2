package id.kinerja.domain.matrix;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Commits a previewed matrix into a new draft decree of its unit, in one transaction: the decree, its objectives,
 * its indicators with their targets, or — on any refusal — nothing. The file is read again, so what is committed
 * is what the preview showed; the planner's confirmed directions replace the proposed ones.
 */
public final class CommitIndicatorMatrix {
    private final IndicatorMatrices matrices;
    private final MatrixSheets sheets;
    private final OrganizationUnits units;
    private final PlanPeriods periods;
    private final DraftDecree draftDecree;
    private final AddObjective addObjective;
    private final DefineIndicator defineIndicator;
    private final Transactions transactions;

    public CommitIndicatorMatrix(
            IndicatorMatrices matrices,
            MatrixSheets sheets,
            OrganizationUnits units,
            PlanPeriods periods,
            DraftDecree draftDecree,
            AddObjective addObjective,
            DefineIndicator defineIndicator,
            Transactions transactions) {
        this.matrices = matrices;
        this.sheets = sheets;
        this.units = units;
        this.periods = periods;
        this.draftDecree = draftDecree;
        this.addObjective = addObjective;
        this.defineIndicator = defineIndicator;
        this.transactions = transactions;
    }

    /**
     * @param by the planner committing: the draft's decree, objectives and indicators are theirs to write (ADR 0013)
     * @param number the draft decree's number; the words left blank get a draft's defaults from the unit's name
     * @param directions the direction the planner confirmed, by the row of the file
     */
    public record Command(
            UnitActor by,
            IndicatorMatrixId matrixId,
            String number,
            String title,
            String issuingOfficial,
            String signatoryName,
            String signatoryPosition,
            Map<Long, Polarity> directions) {
        public Command {
            directions = directions == null ? Map.of() : Map.copyOf(directions);
        }
    }

    public Decree commit(Command command) {
        return transactions.inTransaction(() -> {
            IndicatorMatrix matrix = matrices.get(command.matrixId());
            if (matrix.committed().isPresent()) {
                throw alreadyCommitted(matrix);
            }
            OrganizationUnit unit = units.get(matrix.unitId());
            MatrixPreview preview = MatrixReading.read(
                    sheets.rowsOf(matrix.content(), matrix.fileName()),
                    PreviewIndicatorMatrix.contextOf(units, periods, unit.id()));
            preview.requireCommittable();
            List<MatrixRow> rows = confirmed(preview.rows(), command.directions());
            Decree decree =
                    draftDecree.draft(new DraftDecree.Command(command.by(), unit.id(), contentOf(command, unit), null));
            Map<String, Objective> objectives = new HashMap<>();
            for (MatrixRow row : rows) {
                Objective objective = objectives.computeIfAbsent(
                        row.objectiveCode(),
                        code -> addObjective.add(new AddObjective.Command(
                                command.by(), decree.id(), preview.planPeriodId(), code, row.objectiveStatement())));
                defineIndicator.define(
                        new DefineIndicator.Command(command.by(), objective.id(), row.definition(), row.targets()));
            }
            if (!matrices.markCommitted(matrix.id(), decree.id())) {
                throw alreadyCommitted(matrix);
            }
            return decree;
        });
    }

    private static List<MatrixRow> confirmed(List<MatrixRow> rows, Map<Long, Polarity> directions) {
        Map<Long, MatrixRow> byLine = new HashMap<>();
        rows.forEach(row -> byLine.put(row.line(), row));
        for (Long line : directions.keySet()) {
            if (!byLine.containsKey(line)) {
                throw new InvalidValue(
                        "matrix.direction-row-unknown",
                        "directions",
                        "row " + line + " of the matrix holds no indicator",
                        line);
            }
        }
        List<MatrixRow> confirmed = new ArrayList<>();
        for (MatrixRow row : rows) {
            Polarity chosen = directions.get(row.line());
            confirmed.add(chosen == null ? row : row.withPolarity(chosen));
        }
        return confirmed;
    }

    private static DecreeContent contentOf(Command command, OrganizationUnit unit) {
        String name = unit.profile().name();
        String official = orDefault(command.issuingOfficial(), "Kepala " + name);
        return new DecreeContent(
                new DecreeNumber(command.number()),
                orDefault(command.title(), "Indikator Kinerja Utama " + name),
                official,
                new Signatory(
                        orDefault(command.signatoryName(), "(belum diisi)"),
                        orDefault(command.signatoryPosition(), official.toUpperCase(java.util.Locale.ROOT) + ",")),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }

    private static String orDefault(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip();
    }

    private static ConflictingState alreadyCommitted(IndicatorMatrix matrix) {
        return new ConflictingState(
                "matrix.already-committed",
                null,
                "this matrix was already committed as decree "
                        + matrix.committed().map(Object::toString).orElse(""),
                matrix.committed().map(Object::toString).orElse(""));
    }
}
