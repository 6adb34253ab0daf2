package id.kinerja.web.agreement;

import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.EnterBudgetRealization;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget realization of a PK as typed: per programme (in the order of the page) its code, its pagu and its
 * realisasi in rupiah the Indonesian way ("1.500.000.000", "1.234.567,89"); an empty realisasi is "belum diisi".
 * The page always sends two blank lines as well, so that each field is a list whatever the number of programmes.
 */
@Introspected
@Serdeable.Deserializable
public record BudgetForm(
        @Nullable @Size(max = 502) List<@Size(max = 50) String> kode,
        @Nullable @Size(max = 502) List<@Size(max = 40) String> pagu,
        @Nullable @Size(max = 502) List<@Size(max = 40) String> realisasi) {

    static BudgetForm of(BudgetRealization budget) {
        List<String> codes = new ArrayList<>();
        List<String> ceilings = new ArrayList<>();
        List<String> spent = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            codes.add(line.code());
            ceilings.add(shown(line.ceiling()));
            spent.add(line.realized().map(BudgetForm::shown).orElse(""));
        }
        return new BudgetForm(codes, ceilings, spent);
    }

    /** The lines to enter; a blank code is one of the page's blank lines. A refusal names the input ("pagu-0"). */
    List<EnterBudgetRealization.Line> lines() {
        List<EnterBudgetRealization.Line> lines = new ArrayList<>();
        List<String> codes = kode == null ? List.of() : kode;
        for (int index = 0; index < codes.size(); index++) {
            String code = WrittenValues.text(codes.get(index));
            if (code == null) {
                continue;
            }
            lines.add(new EnterBudgetRealization.Line(
                    code,
                    WrittenValues.number(at(pagu, index), "pagu-" + index),
                    WrittenValues.number(at(realisasi, index), "realisasi-" + index)));
        }
        return lines;
    }

    /** What was typed for the programme at {@code index}, for showing the form again. */
    String ceilingAt(int index) {
        return at(pagu, index);
    }

    String realizedAt(int index) {
        return at(realisasi, index);
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }

    static String shown(java.math.BigDecimal amount) {
        return IndonesianNumber.format(BudgetLine.asWritten(amount));
    }
}
