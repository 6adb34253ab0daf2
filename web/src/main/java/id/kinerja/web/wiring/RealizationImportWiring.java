package id.kinerja.web.wiring;

import id.kinerja.domain.evaluation.AttachEvidence;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.matrix.MatrixSheets;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.realizationimport.CommitRealizationImport;
import id.kinerja.domain.realizationimport.PreviewRealizationImport;
import id.kinerja.domain.realizationimport.RealizationImports;
import id.kinerja.domain.realizationimport.RealizationTemplate;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.UnitAssignments;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Realizations in bulk (issue 14): the unit's sheet for a period, its preview, and its commit into draft
 * realizations. The sheet is read by the matrix import's spreadsheet reader.
 */
@Factory
public class RealizationImportWiring {

    @Singleton
    RealizationTemplate realizationTemplate(
            EvaluateAttainment evaluations, UnitAssignments assignments, OrganizationUnits units) {
        return new RealizationTemplate(evaluations, assignments, units);
    }

    @Singleton
    PreviewRealizationImport previewRealizationImport(
            RealizationTemplate templates,
            RealizationImports imports,
            MatrixSheets sheets,
            YearClosures closures,
            Transactions transactions,
            Clock clock) {
        return new PreviewRealizationImport(templates, imports, sheets, closures, transactions, clock);
    }

    @Singleton
    CommitRealizationImport commitRealizationImport(
            RealizationImports imports,
            RealizationTemplate templates,
            MatrixSheets sheets,
            YearClosures closures,
            RecordRealization record,
            AttachEvidence attach,
            Transactions transactions,
            Clock clock) {
        return new CommitRealizationImport(imports, templates, sheets, closures, record, attach, transactions, clock);
    }
}
