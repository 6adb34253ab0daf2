package id.kinerja.web.wiring;

import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.audit.SearchAuditTrail;
import id.kinerja.domain.audit.VerifyAuditTrail;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.evaluation.ClosingGaps;
import id.kinerja.domain.evaluation.DefineRatingScale;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.EvidenceStore;
import id.kinerja.domain.evaluation.RatingScales;
import id.kinerja.domain.evaluation.ReadDueIndicators;
import id.kinerja.domain.evaluation.ReadRatingScales;
import id.kinerja.domain.evaluation.ReadRealizations;
import id.kinerja.domain.evaluation.ReadWorkList;
import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.evaluation.ReadYearsToClose;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.RememberedAttainment;
import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.ReadMissingTargets;
import id.kinerja.domain.indicator.TargetGaps;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.plan.ReadPlanPeriods;
import id.kinerja.domain.shared.RegistryVersion;
import id.kinerja.domain.survey.ReadSurveys;
import id.kinerja.domain.survey.Surveys;
import id.kinerja.domain.user.AccountGaps;
import id.kinerja.domain.user.ReadAdministrationDue;
import id.kinerja.domain.user.ReadUsers;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.Users;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The query use cases: what pages and the API read, each a fixed number of statements through the
 * repository ports, which no controller touches itself (ArchitectureTest).
 */
@Factory
class QueryUseCaseFactory {
    @Singleton
    ReadOrganization readOrganization(OrganizationUnits units) {
        return new ReadOrganization(units);
    }

    @Singleton
    ReadWorkList readWorkList(Realizations realizations, Indicators indicators) {
        return new ReadWorkList(realizations, indicators);
    }

    @Singleton
    ReadDueIndicators readDueIndicators(
            UnitAssignments assignments,
            OrganizationUnits units,
            Objectives objectives,
            Decrees decrees,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations) {
        return new ReadDueIndicators(assignments, units, objectives, decrees, periods, indicators, realizations);
    }

    @Singleton
    ReadYearClosures readYearClosures(YearClosures closures, OrganizationUnits units, Users users) {
        return new ReadYearClosures(closures, units, users);
    }

    @Singleton
    ReadDecrees readDecrees(Decrees decrees) {
        return new ReadDecrees(decrees);
    }

    @Singleton
    SearchAuditTrail searchAuditTrail(AuditTrail trail) {
        return new SearchAuditTrail(trail);
    }

    @Singleton
    VerifyAuditTrail verifyAuditTrail(AuditTrail trail) {
        return new VerifyAuditTrail(trail);
    }

    @Singleton
    ReadPlanPeriods readPlanPeriods(PlanPeriods periods) {
        return new ReadPlanPeriods(periods);
    }

    @Singleton
    ReadUsers readUsers(Users users, UnitAssignments assignments) {
        return new ReadUsers(users, assignments);
    }

    @Singleton
    ReadIndicators readIndicators(Indicators indicators, Objectives objectives) {
        return new ReadIndicators(indicators, objectives);
    }

    @Singleton
    ReadRealizations readRealizations(Realizations realizations, Indicators indicators, EvidenceStore evidence) {
        return new ReadRealizations(realizations, indicators, evidence);
    }

    @Singleton
    ReadRatingScales readRatingScales(RatingScales scales) {
        return new ReadRatingScales(scales);
    }

    @Singleton
    DefineRatingScale defineRatingScale(RatingScales scales) {
        return new DefineRatingScale(scales);
    }

    @Singleton
    ReadSurveys readSurveys(Surveys surveys) {
        return new ReadSurveys(surveys);
    }

    /** The API's unit attainment, computed once per version of the registry (issue 15, ADR 0029). */
    @Singleton
    RememberedAttainment rememberedAttainment(
            EvaluateAttainment evaluate,
            RegistryVersion version,
            @Value("${kinerja.attainment.remembered-evaluations:2000}") int capacity) {
        return new RememberedAttainment(evaluate, version, capacity);
    }

    // Administration pages and the home page that says what is due (issue 12, items 1 and 4)
    @Singleton
    ReadAdministrationDue readAdministrationDue(AccountGaps gaps, OrganizationUnits units) {
        return new ReadAdministrationDue(gaps, units);
    }

    @Singleton
    ReadMissingTargets readMissingTargets(TargetGaps gaps) {
        return new ReadMissingTargets(gaps);
    }

    @Singleton
    ReadYearsToClose readYearsToClose(ClosingGaps gaps) {
        return new ReadYearsToClose(gaps);
    }

    // Recap across units (issue 14)
    @Singleton
    id.kinerja.domain.evaluation.ReadRecap readRecap(
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            id.kinerja.domain.evaluation.AgreedTargets agreed) {
        return new id.kinerja.domain.evaluation.ReadRecap(
                units, decrees, objectives, periods, indicators, realizations, closures, scales, agreed);
    }

    // Public page of approved results (issue 14, item 6)
    @Singleton
    id.kinerja.domain.evaluation.ReadPublishedResults readPublishedResults(
            id.kinerja.domain.evaluation.ResultPublications publications,
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            id.kinerja.domain.survey.ReadSurveyResult surveys,
            id.kinerja.domain.evaluation.AgreedTargets agreed) {
        return new id.kinerja.domain.evaluation.ReadPublishedResults(
                publications,
                units,
                decrees,
                objectives,
                periods,
                indicators,
                realizations,
                closures,
                scales,
                surveys,
                agreed);
    }

    // Cascading (issue 14, item 4): the tree from the province down, every unit evaluated at once
    @Singleton
    id.kinerja.domain.cascade.ReadCascade readCascade(
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            id.kinerja.domain.evaluation.AgreedTargets agreed,
            id.kinerja.domain.cascade.Supports supports) {
        return new id.kinerja.domain.cascade.ReadCascade(
                units,
                new id.kinerja.domain.evaluation.EvaluateUnits(
                        units, decrees, objectives, periods, indicators, realizations, closures, scales, agreed),
                supports);
    }

    @Singleton
    id.kinerja.domain.cascade.ReadSupportChoices readSupportChoices(
            Decrees decrees,
            Objectives objectives,
            Indicators indicators,
            OrganizationUnits units,
            id.kinerja.domain.cascade.Supports supports) {
        return new id.kinerja.domain.cascade.ReadSupportChoices(decrees, objectives, indicators, units, supports);
    }
}
