package id.kinerja.web.wiring;

import id.kinerja.domain.archive.ExportRegistry;
import id.kinerja.domain.archive.ImportRegistry;
import id.kinerja.domain.archive.RegistryArchive;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.PasswordHasher;
import id.kinerja.domain.user.ResetPassword;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.Users;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Properties;

/** The way out and back: the registry archive, and the operator's password reset. */
@Factory
public class ArchiveWiring {
    /** Written by the build (resource filtering), so that an archive names the Kinerja that made it. */
    static final String VERSION_RESOURCE = "/kinerja-version.properties";

    @Singleton
    ExportRegistry exportRegistry(RegistryArchive archive, Clock clock) {
        return new ExportRegistry(archive, clock, kinerjaVersion());
    }

    @Singleton
    ImportRegistry importRegistry(RegistryArchive archive, Transactions transactions) {
        return new ImportRegistry(archive, transactions);
    }

    @Singleton
    ResetPassword resetPassword(
            Users users,
            PasswordHasher hasher,
            SessionVersions sessions,
            AuditTrail trail,
            Transactions transactions,
            Clock clock) {
        return new ResetPassword(users, hasher, sessions, trail, transactions, clock);
    }

    static String kinerjaVersion() {
        try (InputStream in = ArchiveWiring.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
