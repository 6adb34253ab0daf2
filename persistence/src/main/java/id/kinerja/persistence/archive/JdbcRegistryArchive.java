package id.kinerja.persistence.archive;

import id.kinerja.domain.archive.ArchiveSummary;
import id.kinerja.domain.archive.RegistryArchive;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.zip.ZipFile;

/**
 * The registry archive on JDBC: the export reads every table in one read-only, repeatable-read transaction
 * (one snapshot, so that no row refers to one written after it was read); the import runs in the caller's.
 */
@Singleton
class JdbcRegistryArchive implements RegistryArchive {
    private final TransactionOperations<Connection> transactions;
    private final SqlStatements sql;

    JdbcRegistryArchive(TransactionOperations<Connection> transactions, SqlStatements sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public ArchiveSummary write(OutputStream out, String kinerjaVersion, Instant createdAt) {
        DefaultTransactionDefinition snapshot =
                new DefaultTransactionDefinition(TransactionDefinition.Propagation.REQUIRES_NEW);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        return transactions.execute(snapshot, status -> {
            try {
                return ArchiveWriter.write(status.getConnection(), out, kinerjaVersion, createdAt);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the archive", e);
            }
        });
    }

    @Override
    public ArchiveSummary restore(Path archive) {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (IOException e) {
            throw ArchiveReader.unreadable("archive");
        }
        try (zip) {
            return sql.write(connection -> ArchiveReader.restore(connection, zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
