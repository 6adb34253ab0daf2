package id.kinerja.web.demo;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.StartupClaims;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.Actor;
import id.kinerja.domain.user.Role;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the seed decree into an empty database at start-up, through the same use cases a planner uses, in
 * one transaction: the demo is there whole or not at all. Of several nodes starting at once on one empty
 * database, the one that claims the task loads it and the others wait and find it there (ADR 0017).
 * {@code kinerja.demo-data.enabled=false} turns it off. It loads as an administrator, who may plan for every
 * unit: no planner is assigned to a unit yet in an empty registry, and a root unit is an administrator's (ADR
 * 0020).
 */
@Singleton
@Requires(property = "kinerja.demo-data.enabled", notEquals = "false")
public class DemoDataLoader {
    static final String DATASET = "classpath:demo/keputusan-iku-biro-umum-kalbar-2024.json";
    static final String TASK = "demo-data";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Who loads the demo: the first start, acting as an administrator. */
    static final Actor LOADER = Actor.of("kinerja-demo", Role.ADMIN);

    private final OrganizationUnits units;
    private final StartupClaims claims;
    private final Transactions transactions;
    private final RegisterOrganizationUnit registerUnit;
    private final DefinePlanPeriod definePeriod;
    private final DraftDecree draftDecree;
    private final AddObjective addObjective;
    private final DefineIndicator defineIndicator;
    private final EnactDecree enactDecree;
    private final JsonMapper json;
    private final ResourceResolver resources;

    public DemoDataLoader(
            OrganizationUnits units,
            StartupClaims claims,
            Transactions transactions,
            RegisterOrganizationUnit registerUnit,
            DefinePlanPeriod definePeriod,
            DraftDecree draftDecree,
            AddObjective addObjective,
            DefineIndicator defineIndicator,
            EnactDecree enactDecree,
            JsonMapper json,
            ResourceResolver resources) {
        this.units = units;
        this.claims = claims;
        this.transactions = transactions;
        this.registerUnit = registerUnit;
        this.definePeriod = definePeriod;
        this.draftDecree = draftDecree;
        this.addObjective = addObjective;
        this.defineIndicator = defineIndicator;
        this.enactDecree = enactDecree;
        this.json = json;
        this.resources = resources;
    }

    @EventListener
    @Order(2)
    public void onStartup(StartupEvent event) {
        transactions.inTransaction(() -> {
            if (!claims.claim(TASK) || units.list(new PageRequest(0, 1)).total() > 0) {
                return null;
            }
            Decree decree = load(read());
            LOG.info(
                    "Loaded the demo decree {} into the empty database",
                    decree.content().number());
            return decree;
        });
    }

    private DemoDataset read() {
        try (InputStream in = resources
                .getResourceAsStream(DATASET)
                .orElseThrow(() -> new IllegalStateException("missing " + DATASET))) {
            return json.readValue(in, DemoDataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DATASET, e);
        }
    }

    Decree load(DemoDataset data) {
        Map<String, OrganizationUnitId> unitIds = new HashMap<>();
        for (DemoDataset.Unit unit : data.units()) {
            OrganizationUnit registered = registerUnit.register(new RegisterOrganizationUnit.Command(
                    LOADER,
                    unit.parent() == null ? null : unitIds.get(unit.parent()),
                    new UnitProfile(
                            unit.name(),
                            unit.shortName(),
                            UnitType.valueOf(unit.type()),
                            unit.tasks(),
                            unit.functions())));
            unitIds.put(unit.key(), registered.id());
        }
        DemoDataset.PlanPeriod p = data.planPeriod();
        PlanPeriod period = definePeriod.define(new DefinePlanPeriod.Command(
                LOADER,
                unitIds.get(p.unit()),
                PlanKind.valueOf(p.kind()),
                p.name(),
                Year.of(p.firstYear()),
                Year.of(p.lastYear())));
        DemoDataset.Decree d = data.decree();
        Decree decree = draftDecree.draft(new DraftDecree.Command(
                LOADER,
                unitIds.get(d.issuingUnit()),
                new DecreeContent(
                        new DecreeNumber(d.number()),
                        d.title(),
                        d.issuingOfficial(),
                        new Signatory(d.signatory().name(), d.signatory().position()),
                        d.considerations(),
                        d.legalBases(),
                        d.decisions(),
                        d.place(),
                        null),
                null));
        for (DemoDataset.Objective o : data.objectives()) {
            Objective objective = addObjective.add(
                    new AddObjective.Command(LOADER, decree.id(), period.id(), o.code(), o.statement()));
            for (DemoDataset.Indicator i : o.indicators()) {
                defineIndicator.define(new DefineIndicator.Command(
                        LOADER,
                        objective.id(),
                        new IndicatorDefinition(
                                i.code(),
                                i.name(),
                                i.definition(),
                                i.formula(),
                                i.unitOfMeasure(),
                                IndicatorKind.valueOf(i.kind()),
                                Polarity.valueOf(i.polarity()),
                                null,
                                i.dataSource(),
                                unitIds.get(i.responsibleUnit()),
                                MeasurementFrequency.valueOf(i.frequency()),
                                null,
                                null,
                                i.surveyedServices(),
                                ServiceCombination.valueOf(i.serviceCombination())),
                        i.targets().stream()
                                .map(t -> new Target(
                                        Year.of(t.year()), new TargetValue.Numeric(t.amount()), t.category()))
                                .toList()));
            }
        }
        return enactDecree.enact(new EnactDecree.Command(LOADER, decree.id(), decree.version(), d.enactedOn()));
    }
}
