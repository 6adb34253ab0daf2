package id.kinerja.persistence.testing;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the statements the application prepares and runs, so that a test can prove a read costs the same
 * number of queries whatever the number of rows (no query per indicator).
 *
 * <p>It wraps the pool itself, before Micronaut Data wraps it in its contextual data source: the connection
 * operations behind repositories, {@code JdbcOperations} and transactions unwrap that contextual wrapper
 * ({@link DelegatingDataSource#unwrapDataSource}) and take connections from what is underneath, so a counter
 * put on top of it sees nothing. Hence the highest precedence, and a refusal to run on top of the wrapper.
 */
@Singleton
public class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {
    private final AtomicLong prepared = new AtomicLong();
    private final AtomicLong executed = new AtomicLong();

    /** Statements created on any connection of the pool: prepared, plain or callable. */
    public long prepared() {
        return prepared.get();
    }

    /** Round trips to run SQL: each {@code execute…} call, a batch counting once. */
    public long executed() {
        return executed.get();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        if (target instanceof DelegatingDataSource) {
            throw new IllegalStateException("the statement counter must wrap the pool before Micronaut Data wraps "
                    + "it, else connections bypass it; it got "
                    + target.getClass().getName());
        }
        if (Proxy.isProxyClass(target.getClass()) && Proxy.getInvocationHandler(target) instanceof Counting) {
            return target;
        }
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? counting(connection) : result;
        });
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                return proxy;
            }
            Object result = invoke(connection, method, args);
            if (result instanceof CallableStatement statement) {
                prepared.incrementAndGet();
                return counting(CallableStatement.class, statement);
            }
            if (result instanceof PreparedStatement statement) {
                prepared.incrementAndGet();
                return counting(PreparedStatement.class, statement);
            }
            if (result instanceof Statement statement) {
                prepared.incrementAndGet();
                return counting(Statement.class, statement);
            }
            return result;
        });
    }

    private <S extends Statement> S counting(Class<S> type, S statement) {
        return proxy(type, statement, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
                return proxy;
            }
            return invoke(statement, method, args);
        });
    }

    @FunctionalInterface
    private interface Counting extends java.lang.reflect.InvocationHandler {}

    private static <T> T proxy(Class<T> type, Object target, Counting handler) {
        return type.cast(Proxy.newProxyInstance(target.getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
