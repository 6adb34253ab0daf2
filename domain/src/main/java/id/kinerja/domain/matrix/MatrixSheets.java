package id.kinerja.domain.matrix;

import java.util.List;

/**
 * Reads an uploaded matrix file (XLSX, or CSV as Indonesian Excel writes it) into rows; the readers live in the
 * documents adapter. A file that cannot be read at all is refused with a
 * {@link id.kinerja.domain.shared.RefusedFile}.
 */
public interface MatrixSheets {
    List<SheetRow> rowsOf(byte[] content, String fileName);
}
