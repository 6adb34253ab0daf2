package id.kinerja.web.archive;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * The archive page: where to download the registry, the import form with its refusal, and after an import
 * how many rows came in.
 */
@Introspected
public record ArchivePage(
        @Nullable Refusal refusal, @Nullable Long importedRows) {}
