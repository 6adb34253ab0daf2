package id.kinerja.web.wiring;

import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.decree.DeleteDraftDecree;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.decree.ReviseDraftDecree;
import id.kinerja.domain.decree.RevokeDecree;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.ReviseIndicator;
import id.kinerja.domain.indicator.ReviseObjective;
import id.kinerja.domain.indicator.SetTarget;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.ReviseOrganizationUnit;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The planner's use cases — units, plan periods, decrees, objectives, indicators, targets — each asking
 * {@link UnitStewardship} whether the person acting plans for the unit (ADR 0020).
 */
@Factory
public class PlanningUseCaseFactory {
    /** Who serves which unit: the one rule for evaluators and planners (ADR 0013, 0020). */
    @Singleton
    UnitStewardship unitStewardship(UnitAssignments assignments, OrganizationUnits units) {
        return new UnitStewardship(assignments, units);
    }

    @Singleton
    RegisterOrganizationUnit registerOrganizationUnit(
            OrganizationUnits units, UnitStewardship stewards, Transactions transactions) {
        return new RegisterOrganizationUnit(units, stewards, transactions);
    }

    @Singleton
    ReviseOrganizationUnit reviseOrganizationUnit(
            OrganizationUnits units, UnitStewardship stewards, Transactions transactions) {
        return new ReviseOrganizationUnit(units, stewards, transactions);
    }

    @Singleton
    DefinePlanPeriod definePlanPeriod(
            PlanPeriods periods, OrganizationUnits units, UnitStewardship stewards, Transactions transactions) {
        return new DefinePlanPeriod(periods, units, stewards, transactions);
    }

    @Singleton
    DraftDecree draftDecree(
            Decrees decrees, OrganizationUnits units, UnitStewardship stewards, Transactions transactions) {
        return new DraftDecree(decrees, units, stewards, transactions);
    }

    @Singleton
    ReviseDraftDecree reviseDraftDecree(Decrees decrees, UnitStewardship stewards, Transactions transactions) {
        return new ReviseDraftDecree(decrees, stewards, transactions);
    }

    @Singleton
    EnactDecree enactDecree(Decrees decrees, UnitStewardship stewards, Transactions transactions) {
        return new EnactDecree(decrees, stewards, transactions);
    }

    @Singleton
    RevokeDecree revokeDecree(Decrees decrees, UnitStewardship stewards, Transactions transactions) {
        return new RevokeDecree(decrees, stewards, transactions);
    }

    @Singleton
    AddObjective addObjective(
            Decrees decrees,
            PlanPeriods periods,
            Objectives objectives,
            UnitStewardship stewards,
            Transactions transactions) {
        return new AddObjective(decrees, periods, objectives, stewards, transactions);
    }

    @Singleton
    DefineIndicator defineIndicator(
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            OrganizationUnits units,
            UnitStewardship stewards,
            Transactions transactions) {
        return new DefineIndicator(decrees, objectives, periods, indicators, units, stewards, transactions);
    }

    @Singleton
    ReviseIndicator reviseIndicator(
            Decrees decrees,
            Indicators indicators,
            OrganizationUnits units,
            UnitStewardship stewards,
            Transactions transactions) {
        return new ReviseIndicator(decrees, indicators, units, stewards, transactions);
    }

    @Singleton
    SetTarget setTarget(
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            UnitStewardship stewards,
            Transactions transactions) {
        return new SetTarget(decrees, objectives, periods, indicators, stewards, transactions);
    }

    // The planner's whole cycle on pages (issue 12): a draft thrown away with its annex.
    @Singleton
    DeleteDraftDecree deleteDraftDecree(Decrees decrees, UnitStewardship stewards, Transactions transactions) {
        return new DeleteDraftDecree(decrees, stewards, transactions);
    }

    // A draft decree's objective revised in its number and words (issue 12, item 2)
    @Singleton
    ReviseObjective reviseObjective(
            Decrees decrees, Objectives objectives, UnitStewardship stewards, Transactions transactions) {
        return new ReviseObjective(decrees, objectives, stewards, transactions);
    }
}
