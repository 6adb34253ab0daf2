package id.kinerja.domain.survey;

import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The regulation a satisfaction index is computed and graded under. Results keep the methodology that
 * produced them: a 2016 value of 76,49 was Baik then and stays Baik, though the 2017 table would say
 * Kurang Baik.
 */
public enum Methodology {
    /** KepMenPAN 25/2004: fourteen elements. */
    KEPMENPAN_25_2004(2004, List.of(new BigDecimal("81.26"), new BigDecimal("62.51"), new BigDecimal("43.76"))),
    /** PermenPANRB 16/2014: nine elements, Maklumat Pelayanan instead of Sarana dan Prasarana. */
    PERMENPANRB_16_2014(2014, List.of(new BigDecimal("88.31"), new BigDecimal("76.61"), new BigDecimal("65.00"))),
    /** PermenPANRB 14/2017: nine elements; the methodology in force. */
    PERMENPANRB_14_2017(2017, List.of(new BigDecimal("88.31"), new BigDecimal("76.61"), new BigDecimal("65.00")));

    private final int inForceFrom;
    private final List<BigDecimal> lowerBoundsOfAToC;

    Methodology(int inForceFrom, List<BigDecimal> lowerBoundsOfAToC) {
        this.inForceFrom = inForceFrom;
        this.lowerBoundsOfAToC = lowerBoundsOfAToC;
    }

    /**
     * The grade of an index on the 25–100 scale. The index is rounded HALF_UP to 2 decimals first, as it is
     * published, which also closes the printed table's gaps (76,60 → 76,61).
     */
    public ServiceGrade gradeOf(BigDecimal index) {
        BigDecimal published = index.setScale(2, RoundingMode.HALF_UP);
        ServiceGrade[] grades = ServiceGrade.values();
        for (int i = 0; i < lowerBoundsOfAToC.size(); i++) {
            if (published.compareTo(lowerBoundsOfAToC.get(i)) >= 0) {
                return grades[i];
            }
        }
        return ServiceGrade.D;
    }

    /** The lowest index that earns a grade (D starts at 25). */
    public BigDecimal lowerBoundOf(ServiceGrade grade) {
        return grade == ServiceGrade.D ? new BigDecimal("25.00") : lowerBoundsOfAToC.get(grade.ordinal());
    }

    /** The methodology in force in a year. */
    public static Methodology inForceIn(Year year) {
        Methodology found = KEPMENPAN_25_2004;
        for (Methodology methodology : values()) {
            if (year.value() >= methodology.inForceFrom) {
                found = methodology;
            }
        }
        return found;
    }
}
