package id.kinerja.documents.render;

import id.kinerja.domain.shared.IndonesianNumber;
import java.math.BigDecimal;

/** Figures as documents print them: the Indonesian way, with the spreadsheet format that shows the same. */
public final class Figures {
    private Figures() {}

    /** "87,50" in print, 87.5 with two decimals in a spreadsheet. */
    public static Block.Cell number(BigDecimal value) {
        return Block.Cell.number(IndonesianNumber.format(value), value, excelFormat(value.scale(), ""));
    }

    /**
     * "103,09 %" in print; in a spreadsheet the fraction 1.0309 with a percent format, which shows
     * "103,09 %" and computes as a percentage.
     */
    public static Block.Cell percent(BigDecimal value) {
        return Block.Cell.number(
                IndonesianNumber.format(value) + " %", value.movePointLeft(2), excelFormat(value.scale(), " %"));
    }

    /** "Rp1.500.000" in print; the amount with a thousands separator in a spreadsheet. */
    public static Block.Cell rupiah(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        return Block.Cell.number(
                "Rp" + IndonesianNumber.format(value),
                value,
                "\"Rp\"#,##0" + (scale == 0 ? "" : "." + "0".repeat(scale)));
    }

    private static String excelFormat(int scale, String suffix) {
        return (scale <= 0 ? "0" : "0." + "0".repeat(scale)) + suffix;
    }
}
