package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.UnitAssignments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Attaches evidence to a realization that may still change (a draft or a returned one, in an open year): a
 * file up to the configured size, whose SHA-256 is kept so that anyone can check the copy they download,
 * or an http(s) link.
 */
public final class AttachEvidence {
    private final Realizations realizations;
    private final Indicators indicators;
    private final Objectives objectives;
    private final YearClosures closures;
    private final EvidenceStore store;
    private final ResponsibleEvaluator evaluators;
    private final Transactions transactions;
    private final Clock clock;
    private final long maxFileBytes;

    public AttachEvidence(
            Realizations realizations,
            Indicators indicators,
            Objectives objectives,
            YearClosures closures,
            EvidenceStore store,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions,
            Clock clock,
            long maxFileBytes) {
        this.realizations = realizations;
        this.indicators = indicators;
        this.objectives = objectives;
        this.closures = closures;
        this.store = store;
        this.evaluators = new ResponsibleEvaluator(assignments, units);
        this.transactions = transactions;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    public Evidence attachFile(
            RealizationId realization, String fileName, String mediaType, InputStream content, String by) {
        InvalidValue.requireText(fileName, "file");
        byte[] bytes = readAtMost(content);
        if (bytes.length == 0) {
            throw new InvalidValue("evidence.empty", "file", "the file " + fileName + " is empty", fileName);
        }
        Evidence evidence = new Evidence(
                UUID.randomUUID(),
                realization,
                fileName.strip(),
                fileName.strip(),
                mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType,
                (long) bytes.length,
                sha256(bytes),
                null,
                InvalidValue.requireText(by, "by"),
                clock.instant());
        return attach(evidence, bytes);
    }

    /**
     * Attaches a file with a title of its own: an imported realization sheet kept as the evidence of each value it
     * gave (issue 14), titled with its row.
     */
    public Evidence attachFile(
            RealizationId realization, String title, String fileName, String mediaType, byte[] content, String by) {
        InvalidValue.requireText(fileName, "file");
        if (content == null || content.length == 0) {
            throw new InvalidValue("evidence.empty", "file", "the file " + fileName + " is empty", fileName);
        }
        if (content.length > maxFileBytes) {
            throw new InvalidValue(
                    "evidence.too-large",
                    "file",
                    "an evidence file is at most " + maxFileBytes + " bytes",
                    maxFileBytes / (1024 * 1024));
        }
        Evidence evidence = new Evidence(
                UUID.randomUUID(),
                realization,
                title == null || title.isBlank() ? fileName.strip() : title.strip(),
                fileName.strip(),
                mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType,
                (long) content.length,
                sha256(content),
                null,
                InvalidValue.requireText(by, "by"),
                clock.instant());
        return attach(evidence, content);
    }

    public Evidence attachLink(RealizationId realization, String title, String url, String by) {
        Evidence evidence = new Evidence(
                UUID.randomUUID(),
                realization,
                title == null || title.isBlank() ? url : title.strip(),
                null,
                null,
                null,
                null,
                requireWebLink(url),
                InvalidValue.requireText(by, "by"),
                clock.instant());
        return attach(evidence, null);
    }

    private Evidence attach(Evidence evidence, byte[] content) {
        return transactions.inTransaction(() -> {
            Realization realization = realizations.get(evidence.realizationId());
            if (realization.status() != ReviewStatus.DRAFT && realization.status() != ReviewStatus.RETURNED) {
                throw new ConflictingState(
                        "evidence.realization-locked",
                        null,
                        "evidence is attached to a draft or returned realization, not a " + realization.status()
                                + " one",
                        realization.status().name());
            }
            var indicator = indicators.get(realization.indicatorId());
            var objective = objectives.get(indicator.objectiveId());
            evaluators.require(evidence.addedBy(), indicator, objective);
            CloseYear.requireOpen(closures, objective.unitId(), realization.year());
            store.add(evidence, content);
            return evidence;
        });
    }

    private byte[] readAtMost(InputStream content) {
        try (content) {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (bytes.length > maxFileBytes) {
                throw new InvalidValue(
                        "evidence.too-large",
                        "file",
                        "an evidence file is at most " + maxFileBytes + " bytes",
                        maxFileBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String requireWebLink(String url) {
        InvalidValue.requireText(url, "url");
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // refused below, with the same message as any other non-web address
        }
        throw new InvalidValue("evidence.link", "url", "'" + url + "' is not an http or https address", url);
    }
}
