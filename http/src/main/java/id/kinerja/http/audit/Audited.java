package id.kinerja.http.audit;

import io.micronaut.aop.Around;
import io.micronaut.http.HttpRequest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Names what a changing route changes, for the audit trail: the kind of thing, and the path variables that
 * identify it, or none when the route creates it and the answer carries its {@code id}. A page's form, whose
 * answer is a redirect, attaches the thing it changed with {@link Change#attach}, and a refusal it shows
 * again with {@link Refused#attach}. The route runs inside one transaction with its audit line
 * ({@link AuditedChanges}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Audited {
    String entity();

    /** The path variables that identify the thing, joined by "/"; empty: the answer's {@code id}. */
    String[] idVariables() default {};

    /**
     * What a change made, when its answer is not the thing itself (a page answers with a redirect): the
     * thing's id and the changed domain object, which {@link AuditSnapshots} writes as the API shows it.
     */
    final class Change {
        static final String ENTITY_ID = "kinerja.audit.entity-id";
        static final String AFTER = "kinerja.audit.after";

        private Change() {}

        public static void attach(HttpRequest<?> request, String entityId, Object after) {
            request.setAttribute(ENTITY_ID, entityId);
            request.setAttribute(AFTER, after);
        }
    }

    /** Carries the reason a change gave, for the trail's "why". */
    final class Reason {
        static final String ATTRIBUTE = "kinerja.audit.reason";

        private Reason() {}

        public static void attach(HttpRequest<?> request, String reason) {
            if (reason != null && !reason.isBlank()) {
                request.setAttribute(ATTRIBUTE, reason.strip());
            }
        }
    }

    /**
     * Why a page refused a form it shows again (its answer is the page, not a problem): the refusal's code and
     * arguments, which the trail writes in both languages.
     */
    final class Refused {
        static final String CODE = "kinerja.audit.refusal-code";
        static final String ARGUMENTS = "kinerja.audit.refusal-arguments";

        private Refused() {}

        public static void attach(HttpRequest<?> request, String code, List<Object> arguments) {
            request.setAttribute(CODE, code);
            request.setAttribute(ARGUMENTS, new java.util.ArrayList<>(arguments));
        }
    }
}
