package id.kinerja.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.fixtures.DirectTransactions;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.InMemorySurveys;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.RegistryVersion;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire is kept in memory per registry version (ADR 0037): a sending between two recorded changes
 * reads nothing but the version, and a recorded change — a closing, a change of the survey's period — applies to
 * the very next sending; a closing is refused where the answer is stored even before the version moves.
 */
class RememberedQuestionnaireTest {
    private static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-05-04T03:00:00Z"), ZoneOffset.UTC);

    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final InMemorySurveys surveys = new InMemorySurveys();
    private final AtomicLong version = new AtomicLong(1);
    private final RegistryVersion registryVersion = version::get;
    private final Links links = new Links();
    private final Answers answers = new Answers(links);
    private final AtomicInteger surveyReads = new AtomicInteger();
    private final ReadQuestionnaire read = new ReadQuestionnaire(
            links,
            new id.kinerja.domain.survey.Surveys() {
                @Override
                public Optional<Survey> find(SurveyId id) {
                    surveyReads.incrementAndGet();
                    return surveys.surveys.find(id);
                }

                @Override
                public Survey save(Survey survey) {
                    return surveys.surveys.save(survey);
                }

                @Override
                public id.kinerja.domain.shared.Page<Survey> list(id.kinerja.domain.shared.PageRequest page) {
                    return surveys.surveys.list(page);
                }

                @Override
                public List<SurveyId> measuring(id.kinerja.domain.indicator.IndicatorId indicator, Year year) {
                    return surveys.surveys.measuring(indicator, year);
                }
            },
            registry.units,
            answers,
            registryVersion,
            100);
    private final SubmitQuestionnaire submit =
            new SubmitQuestionnaire(read, answers, new DirectTransactions(), MID_2026);

    private final OrganizationUnit unit = new RegistryTestData(registry).unit("Biro Umum", null);
    private final Survey survey = surveys.surveys.save(survey(ReportingPeriod.S1, 0));
    private final QuestionnaireCode code = links.add(survey, "Layanan A");

    private Survey survey(ReportingPeriod period, long storedVersion) {
        return Survey.restore(
                survey == null ? SurveyId.newId() : survey.id(),
                unit.id(),
                null,
                Year.of(2026),
                period,
                Methodology.PERMENPANRB_14_2017,
                WeightVariant.EXACT,
                ServiceCombination.POOLED,
                null,
                List.of("Layanan A"),
                Map.of(),
                storedVersion);
    }

    @Test
    void sendingsBetweenTwoChangesReadTheQuestionnaireOnce() {
        for (int i = 0; i < 5; i++) {
            submit.submit(command("visit-" + i));
        }
        assertThat(answers.stored).hasSize(5);
        assertThat(surveyReads).hasValue(1);
        version.incrementAndGet();
        submit.submit(command("visit-after"));
        assertThat(surveyReads).as("read again after a recorded change").hasValue(2);
    }

    @Test
    void aChangeOfTheOpenPeriodAppliesToTheVerySendingAfterIt() {
        submit.submit(command("before"));
        // the survey now covers the second semester: May is outside it once the change is recorded
        surveys.surveys.save(survey(ReportingPeriod.S2, survey.version()));
        version.incrementAndGet();
        assertThatThrownBy(() -> submit.submit(command("after")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("2026-07-01");
        assertThat(read.sheet(code).period().opensOn()).hasToString("2026-07-01");
        assertThat(answers.stored).hasSize(1);
    }

    @Test
    void aClosedCollectionRefusesAtOnceEvenBeforeTheVersionIsReadAgain() {
        submit.submit(command("before"));
        assertThat(read.sheet(code).collecting()).isTrue();
        // closing on another node: the link is closed where answers are stored; the remembered sheet is not asked
        answers.closed.add(survey.id());
        assertThatThrownBy(() -> submit.submit(command("after")))
                .isInstanceOf(ConflictingState.class)
                .hasMessageContaining("closed");
        // the closing is recorded, which moves the version: the page says so at once too
        answers.closures.add(survey.id());
        version.incrementAndGet();
        assertThat(read.sheet(code).collecting()).isFalse();
        assertThat(answers.stored).hasSize(1);
    }

    @Test
    void pastItsCapacityTheMemoryIsEmptiedAndRefills() {
        ReadQuestionnaire small =
                new ReadQuestionnaire(links, surveys.surveys, registry.units, answers, registryVersion, 1);
        QuestionnaireCode other = links.add(survey, "Layanan B");
        assertThat(small.sheet(code).service()).isEqualTo("Layanan A");
        assertThat(small.sheet(other).service()).isEqualTo("Layanan B");
        assertThat(small.sheet(code).service()).isEqualTo("Layanan A");
    }

    private SubmitQuestionnaire.Command command(String visit) {
        String key = String.format(
                "%064x", new java.math.BigInteger(1, visit.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<Integer> given = new ArrayList<>(Collections.nCopies(9, 3));
        given.addAll(Collections.nCopies(5, null));
        return new SubmitQuestionnaire.Command(
                code, key.substring(key.length() - 64), given, "L", 30, null, null, null);
    }

    private static final class Links implements QuestionnaireLinks {
        private final List<QuestionnaireLink> all = new ArrayList<>();

        QuestionnaireCode add(Survey survey, String service) {
            QuestionnaireLink link = new QuestionnaireLink(QuestionnaireCode.random(), survey.id(), service);
            all.add(link);
            return link.code();
        }

        @Override
        public List<QuestionnaireLink> of(SurveyId survey) {
            return all.stream().filter(l -> l.survey().equals(survey)).toList();
        }

        @Override
        public Optional<QuestionnaireLink> find(QuestionnaireCode code) {
            return all.stream().filter(l -> l.code().equals(code)).findFirst();
        }
    }

    /** Answers as the database takes them: refused once the link is closed, one per visit. */
    private static final class Answers implements OnlineAnswers {
        final List<OnlineAnswer> stored = new ArrayList<>();
        final Set<SurveyId> closed = new HashSet<>();
        final Set<SurveyId> closures = new HashSet<>();
        private final Links links;

        Answers(Links links) {
            this.links = links;
        }

        @Override
        public Taken take(QuestionnaireCode code, OnlineAnswer answer) {
            if (links.find(code).map(link -> closed.contains(link.survey())).orElse(true)) {
                return Taken.COLLECTION_CLOSED;
            }
            if (stored.stream().anyMatch(a -> a.visitKey().equals(answer.visitKey()))) {
                return Taken.ALREADY_ANSWERED;
            }
            stored.add(answer);
            return Taken.STORED;
        }

        @Override
        public List<ServiceTally> pendingTallies(SurveyId survey, Methodology methodology) {
            return List.of();
        }

        @Override
        public boolean closeLinks(SurveyId survey) {
            return closed.add(survey);
        }

        @Override
        public List<OnlineAnswer> pending(SurveyId survey, int elements) {
            return List.copyOf(stored);
        }

        @Override
        public void carried(SurveyId survey, int resultVersion) {}

        @Override
        public void recordClosure(CollectionClosure closure) {
            closures.add(closure.survey());
        }

        @Override
        public Optional<CollectionClosure> closure(SurveyId survey) {
            return closures.contains(survey)
                    ? Optional.of(new CollectionClosure(
                            survey, Instant.EPOCH, "penilai", 0, Optional.empty(), Optional.empty(), Optional.empty()))
                    : Optional.empty();
        }
    }
}
