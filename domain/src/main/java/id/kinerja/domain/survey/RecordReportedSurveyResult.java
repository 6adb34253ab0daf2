package id.kinerja.domain.survey;

import id.kinerja.domain.organization.ClosedYears;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ReportRounding;
import id.kinerja.domain.satisfaction.ReproducedIndex;
import id.kinerja.domain.satisfaction.ServiceElement;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An evaluator enters a survey's result from a report Kinerja did not compute (ADR 0035): the NRR of every
 * element, or the IKM alone, with the report's file and the rounding it used. From NRRs Kinerja reproduces the
 * printed IKM with that rounding and keeps the exact one beside it; an IKM typed as printed beside the NRRs
 * must be the reproduced one, or nothing is stored. The result becomes the survey's next result version, so
 * the survey's indicator takes it as it takes a computed one.
 */
public final class RecordReportedSurveyResult {
    /** The finest NRR a report prints that is still read as typed (reports print 2 to 4 decimals). */
    static final int NRR_DECIMALS = 6;

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal LOWEST_IKM = BigDecimal.valueOf(25);
    private static final BigDecimal HIGHEST_IKM = BigDecimal.valueOf(100);

    private final Surveys surveys;
    private final SurveyResults results;
    private final ReportedSurveyResults reported;
    private final UnitStewardship stewardship;
    private final ClosedYears closedYears;
    private final Transactions transactions;
    private final Clock clock;
    private final long maxFileBytes;

    public RecordReportedSurveyResult(
            Surveys surveys,
            SurveyResults results,
            ReportedSurveyResults reported,
            UnitAssignments assignments,
            OrganizationUnits units,
            ClosedYears closedYears,
            Transactions transactions,
            Clock clock,
            long maxFileBytes) {
        this.surveys = surveys;
        this.results = results;
        this.reported = reported;
        this.stewardship = new UnitStewardship(assignments, units);
        this.closedYears = closedYears;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * What the report says, as typed: numbers are read the Indonesian way ({@code 3,685}, {@code 92,25}).
     *
     * @param elementNrrs the NRR typed per element code; blank or absent entries count as not typed
     * @param printedIndex the IKM as printed: the figure itself without NRRs, the check with them
     * @param rounding the name of the rounding the report used; NONE when blank
     * @param respondents the respondents the report counts, a whole number; blank when it does not say
     */
    public record Command(
            String by,
            SurveyId survey,
            String reportTitle,
            String rounding,
            Map<String, String> elementNrrs,
            String printedIndex,
            String respondents,
            String fileName,
            String mediaType,
            InputStream report) {}

    /** NRRs typed in element order (the forms' fields U1 … U9), keyed by the element's code. */
    public static Map<String, String> nrrsInElementOrder(String... typed) {
        Map<String, String> nrrs = new LinkedHashMap<>();
        for (int i = 0; i < typed.length; i++) {
            nrrs.put("U" + (i + 1), typed[i]);
        }
        return nrrs;
    }

    public ReportedSurveyResult record(Command command) {
        InvalidValue.requireText(command.by(), "by");
        InvalidValue.requirePresent(command.survey(), "surveyId");
        String title = Text.requiredLine(command.reportTitle(), "reportTitle", 500);
        ReportRounding rounding = rounding(command.rounding());
        Optional<BigDecimal> printed = Optional.ofNullable(command.printedIndex())
                .filter(text -> !text.isBlank())
                .map(RecordReportedSurveyResult::printedIndex);
        Optional<Long> respondents = respondents(command.respondents());
        String fileName = Text.requiredLine(command.fileName(), "file", 500);
        byte[] bytes = readAtMost(command.report(), fileName);
        return transactions.inTransaction(() -> {
            Survey survey = surveys.get(command.survey());
            stewardship.requireServes(command.by(), survey.unitId(), "survey.not-responsible", "survey it");
            closedYears.requireOpen(survey.unitId(), survey.year());
            Map<String, BigDecimal> nrrs = elementNrrs(survey.methodology(), command.elementNrrs());
            if (nrrs.isEmpty() && printed.isEmpty()) {
                throw new InvalidValue(
                        "survey.reported-needs-figures",
                        "printedIndex",
                        "give the NRR of every element, or the IKM as the report prints it");
            }
            if (!nrrs.isEmpty() && printed.isPresent()) {
                requireReproduced(survey, rounding, nrrs, printed.get());
            }
            Optional<SurveyResultVersion> latest = results.latest(survey.id());
            if (latest.isPresent() && !latest.get().tallies().isEmpty()) {
                throw new ConflictingState(
                        "survey.reported-has-responses",
                        "surveyId",
                        "this survey's result is computed from its responses; a reported result needs a survey of"
                                + " its own");
            }
            int version = latest.map(previous -> previous.version() + 1).orElse(1);
            SurveyResultVersion resultVersion = new SurveyResultVersion(
                    survey.id(), version, clock.instant(), reason(title), List.of(), RespondentProfile.NONE);
            ReportedSurveyResult result = new ReportedSurveyResult(
                    survey.id(),
                    version,
                    title,
                    rounding,
                    nrrs,
                    printed,
                    respondents,
                    new ReportedSurveyResult.ReportFile(
                            fileName.strip(),
                            command.mediaType() == null || command.mediaType().isBlank()
                                    ? "application/octet-stream"
                                    : command.mediaType(),
                            bytes.length,
                            sha256(bytes)),
                    command.by(),
                    resultVersion.computedAt());
            results.add(resultVersion);
            reported.add(result, bytes);
            return result;
        });
    }

    /** The result version's reason: says that it was reported, and from which report (the column holds 200). */
    private static String reason(String title) {
        String reason = "dilaporkan: " + title;
        return reason.length() <= 200 ? reason : reason.substring(0, 199) + "…";
    }

    /** The rounding by its name; anything else is refused naming the names accepted. */
    private static ReportRounding rounding(String text) {
        if (text == null || text.isBlank()) {
            return ReportRounding.NONE;
        }
        try {
            return ReportRounding.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValue(
                    "survey.reported-rounding",
                    "rounding",
                    "'" + text.strip() + "' is not a rounding; use one of " + Arrays.toString(ReportRounding.values()),
                    text.strip(),
                    Arrays.toString(ReportRounding.values()));
        }
    }

    /** A whole number of at least 1, or nothing when the report does not say. */
    private static Optional<Long> respondents(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        long respondents;
        try {
            respondents = Long.parseLong(text.strip());
        } catch (NumberFormatException unreadable) {
            throw new InvalidValue(
                    "survey.reported-respondents", "respondents", "the respondents are a whole number", text.strip());
        }
        if (respondents < 1) {
            throw new InvalidValue(
                    "survey.reported-respondents", "respondents", "the respondents are at least 1", respondents);
        }
        return Optional.of(respondents);
    }

    private static BigDecimal printedIndex(String text) {
        BigDecimal index = IndonesianNumber.parse(text, "printedIndex");
        if (index.compareTo(LOWEST_IKM) < 0 || index.compareTo(HIGHEST_IKM) > 0 || index.scale() > 2) {
            throw new InvalidValue(
                    "survey.reported-index",
                    "printedIndex",
                    "an IKM lies between 25 and 100 with at most 2 decimals, not " + text.strip(),
                    text.strip());
        }
        return index;
    }

    /** Every element's NRR, or none: a report that gives NRRs gives all of them. */
    private static Map<String, BigDecimal> elementNrrs(Methodology methodology, Map<String, String> typed) {
        Map<String, String> given = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach((code, text) -> {
                if (text != null && !text.isBlank()) {
                    given.put(code, text);
                }
            });
        }
        Map<String, BigDecimal> nrrs = new LinkedHashMap<>();
        if (given.isEmpty()) {
            return nrrs;
        }
        for (String code : given.keySet()) {
            if (methodology.elements().stream()
                    .noneMatch(element -> element.code().equals(code))) {
                throw new InvalidValue(
                        "survey.unknown-element",
                        code,
                        code + " is not an element of " + methodology,
                        code,
                        methodology.name());
            }
        }
        for (ServiceElement element : methodology.elements()) {
            String text = given.get(element.code());
            if (text == null) {
                throw new InvalidValue(
                        "survey.reported-element-missing",
                        element.code(),
                        "the NRR of " + element.code() + " " + element.name()
                                + " is missing: give every element's NRR, or the IKM alone",
                        element.code(),
                        element.name());
            }
            BigDecimal nrr = IndonesianNumber.parse(text, element.code());
            if (nrr.compareTo(ONE) < 0 || nrr.compareTo(FOUR) > 0 || nrr.scale() > NRR_DECIMALS) {
                throw new InvalidValue(
                        "survey.reported-nrr",
                        element.code(),
                        "the NRR of " + element.code() + " lies between 1 and 4 with at most " + NRR_DECIMALS
                                + " decimals, not " + text.strip(),
                        element.code(),
                        text.strip(),
                        NRR_DECIMALS);
            }
            nrrs.put(element.code(), nrr);
        }
        return nrrs;
    }

    private static void requireReproduced(
            Survey survey, ReportRounding rounding, Map<String, BigDecimal> nrrs, BigDecimal printed) {
        List<BigDecimal> ordered = survey.methodology().elements().stream()
                .map(element -> nrrs.get(element.code()))
                .toList();
        ReproducedIndex reproduced = ReproducedIndex.of(survey.methodology(), survey.weight(), rounding, ordered);
        if (reproduced.reproduced().compareTo(printed) != 0) {
            List<ReportRounding> matchingRoundings =
                    ReproducedIndex.matching(survey.methodology(), survey.weight(), ordered, printed);
            String matching = matchingRoundings.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new RuleViolation(
                    "survey.reported-mismatch",
                    "printedIndex",
                    "the NRRs with rounding " + rounding + " give " + reproduced.reproduced() + ", not the printed "
                            + printed + " (the exact IKM is " + reproduced.exact() + "); roundings that give it: "
                            + (matching.isEmpty() ? "none" : matching),
                    printed,
                    reproduced.reproduced(),
                    reproduced.exact(),
                    // the roundings themselves, so that the reader sees their names in words
                    matchingRoundings.isEmpty() ? "—" : matchingRoundings);
        }
    }

    private byte[] readAtMost(InputStream content, String fileName) {
        if (content == null) {
            throw InvalidValue.required("file");
        }
        try (content) {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (bytes.length > maxFileBytes) {
                throw new InvalidValue(
                        "evidence.too-large",
                        "file",
                        "an evidence file is at most " + maxFileBytes + " bytes",
                        maxFileBytes / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw new InvalidValue("evidence.empty", "file", "the file " + fileName + " is empty", fileName);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
