package id.kinerja.persistence.testing;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the statements the application prepares, so that a test can prove a read costs the same number of
 * queries whatever the number of rows (no query per indicator).
 */
@Singleton
public class StatementCounter implements BeanCreatedEventListener<DataSource> {
    private final AtomicLong prepared = new AtomicLong();

    public long prepared() {
        return prepared.get();
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        if (!target.getClass().getName().contains("Hikari")) {
            // Micronaut's contextual data source hands out the pooled connections: count those only once
            return target;
        }
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")
                            || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) {
                        prepared.incrementAndGet();
                    }
                    if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                        return proxy;
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
