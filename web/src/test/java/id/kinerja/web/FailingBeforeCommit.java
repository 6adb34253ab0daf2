package id.kinerja.web;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.audit.ChainHead;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * For the test of one transaction: the trail, once it has written a line whose "after" carries the marker,
 * fails — after the change and after its line, before the commit — as a database lost at that moment would.
 */
@Singleton
@Requires(property = FailingBeforeCommit.MARKER)
class FailingBeforeCommit implements BeanCreatedEventListener<AuditTrail> {
    static final String MARKER = "kinerja.test.audit.fail-marker";

    private final String marker;

    FailingBeforeCommit(@Value("${" + MARKER + "}") String marker) {
        this.marker = marker;
    }

    @Override
    public AuditTrail onCreated(BeanCreatedEvent<AuditTrail> event) {
        AuditTrail real = event.getBean();
        return new AuditTrail() {
            @Override
            public AuditEntry append(AuditEntry entry) {
                AuditEntry appended = real.append(entry);
                if (entry.after() != null && entry.after().contains(marker)) {
                    throw new IllegalStateException("the database went away before the commit");
                }
                return appended;
            }

            @Override
            public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
                return real.search(query, page);
            }

            @Override
            public Optional<String> lastStateOf(String entityType, String entityId) {
                return real.lastStateOf(entityType, entityId);
            }

            @Override
            public Optional<ChainHead> head() {
                return real.head();
            }

            @Override
            public List<AuditEntry> chain(long after, long upTo, int limit) {
                return real.chain(after, upTo, limit);
            }
        };
    }
}
