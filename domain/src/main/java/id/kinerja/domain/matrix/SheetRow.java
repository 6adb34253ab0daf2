package id.kinerja.domain.matrix;

import java.util.List;
import java.util.Set;

/**
 * One row of a spreadsheet as its reader saw it: the cells' texts by column, and which of them were number
 * cells (a workbook's number cell is a number, written out the Indonesian way, so it raises no doubt about its
 * decimal mark).
 *
 * @param line the row's number as the spreadsheet counts it (1 is the first row)
 */
public record SheetRow(long line, List<String> cells, Set<Integer> numberCells) {
    public SheetRow {
        cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
        numberCells = Set.copyOf(numberCells);
    }

    public SheetRow(long line, List<String> cells) {
        this(line, cells, Set.of());
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean isNumberCell(int column) {
        return numberCells.contains(column);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
