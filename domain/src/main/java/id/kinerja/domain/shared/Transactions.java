package id.kinerja.domain.shared;

import java.util.function.Supplier;

/** Runs a unit of work atomically: everything it writes is stored, or nothing is. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
