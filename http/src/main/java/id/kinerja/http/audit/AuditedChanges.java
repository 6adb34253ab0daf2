package id.kinerja.http.audit;

import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.shared.Transactions;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

/**
 * Runs an {@link Audited} route and writes its audit line in one transaction: the use cases join it, so the
 * change and its line commit together or not at all (ADR 0016). A route that refuses — by throwing, or by
 * showing a page's form again with a 4xx — rolls back whatever it wrote; the refusal's line is then written by
 * {@link AuditRecorder}, in a transaction of its own, since there is no change for it to go with.
 */
@Singleton
@InterceptorBean(Audited.class)
public class AuditedChanges implements MethodInterceptor<Object, Object> {
    private final Transactions transactions;
    private final AuditTrail trail;
    private final AuditLines lines;

    AuditedChanges(Transactions transactions, AuditTrail trail, AuditLines lines) {
        this.transactions = transactions;
        this.trail = trail;
        this.lines = lines;
    }

    /** Outside every other advice on the route (validation included), so that all of it is in the transaction. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        if (request == null) {
            return context.proceed();
        }
        try {
            return transactions.inTransaction(() -> {
                Object answer = context.proceed();
                int status = answer instanceof HttpResponse<?> response ? response.code() : 200;
                if (status >= 400) {
                    throw new RefusedAnswer(answer);
                }
                // only a route that itself takes a dry-run flag can be a dry run: a "?dryRun=true" added to any
                // other route is ignored by it, and so must not keep its change off the record
                if (!Boolean.TRUE.equals(context.getParameterValueMap().get("dryRun"))) {
                    trail.append(lines.done(request, answer, status));
                }
                return answer;
            });
        } catch (RefusedAnswer refused) {
            return refused.answer;
        }
    }

    /** Carries a page's refusal out of the transaction, so that the transaction rolls back. */
    private static final class RefusedAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object answer;

        RefusedAnswer(Object answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }
}
