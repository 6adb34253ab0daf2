package id.kinerja.api.audit;

import io.micronaut.http.HttpRequest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what a changing route changes, for the audit trail: the kind of thing, and the path variables that
 * identify it, or none when the route creates it and the answer carries its {@code id}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
    String entity();

    /** The path variables that identify the thing, joined by "/"; empty: the answer's {@code id}. */
    String[] idVariables() default {};

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
}
