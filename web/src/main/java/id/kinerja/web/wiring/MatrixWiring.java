package id.kinerja.web.wiring;

import id.kinerja.documents.matrix.SpreadsheetMatrixSheets;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.matrix.CommitIndicatorMatrix;
import id.kinerja.domain.matrix.IndicatorMatrices;
import id.kinerja.domain.matrix.MatrixSheets;
import id.kinerja.domain.matrix.PreviewIndicatorMatrix;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Transactions;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The matriks IKU import (issue 14): the spreadsheet reader, the preview and the commit into a draft decree. */
@Factory
public class MatrixWiring {

    @Singleton
    MatrixSheets matrixSheets() {
        return new SpreadsheetMatrixSheets();
    }

    @Singleton
    PreviewIndicatorMatrix previewIndicatorMatrix(
            OrganizationUnits units,
            PlanPeriods periods,
            IndicatorMatrices matrices,
            MatrixSheets sheets,
            Transactions transactions,
            Clock clock) {
        return new PreviewIndicatorMatrix(units, periods, matrices, sheets, transactions, clock);
    }

    @Singleton
    CommitIndicatorMatrix commitIndicatorMatrix(
            IndicatorMatrices matrices,
            MatrixSheets sheets,
            OrganizationUnits units,
            PlanPeriods periods,
            DraftDecree draftDecree,
            AddObjective addObjective,
            DefineIndicator defineIndicator,
            Transactions transactions) {
        return new CommitIndicatorMatrix(
                matrices, sheets, units, periods, draftDecree, addObjective, defineIndicator, transactions);
    }
}
