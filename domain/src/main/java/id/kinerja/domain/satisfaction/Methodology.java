package id.kinerja.domain.satisfaction;

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
    KEPMENPAN_25_2004(
            2004,
            Grades.SINCE_2004,
            List.of(
                    "Prosedur Pelayanan",
                    "Persyaratan Pelayanan",
                    "Kejelasan Petugas Pelayanan",
                    "Kedisiplinan Petugas Pelayanan",
                    "Tanggung Jawab Petugas Pelayanan",
                    "Kemampuan Petugas Pelayanan",
                    "Kecepatan Pelayanan",
                    "Keadilan Mendapatkan Pelayanan",
                    "Kesopanan dan Keramahan Petugas",
                    "Kewajaran Biaya Pelayanan",
                    "Kepastian Biaya Pelayanan",
                    "Kepastian Jadwal Pelayanan",
                    "Kenyamanan Lingkungan",
                    "Keamanan Pelayanan")),
    /**
     * PermenPANRB 16/2014: nine elements, Maklumat Pelayanan instead of Sarana dan Prasarana. It kept the 2004
     * intervals; the stricter table came only with 14/2017, so a 2016 IKM of 76,49 is B.
     */
    PERMENPANRB_16_2014(2014, Grades.SINCE_2004, Elements.sinceTwentyFourteenWith("Maklumat Pelayanan")),
    /** PermenPANRB 14/2017: nine elements; the methodology in force. */
    PERMENPANRB_14_2017(2017, Grades.SINCE_2017, Elements.sinceTwentyFourteenWith("Sarana dan Prasarana"));

    /** The lower bounds of grades A, B and C: the 2004 table (kept by 16/2014) and the 2017 one. */
    private static final class Grades {
        static final List<BigDecimal> SINCE_2004 =
                List.of(new BigDecimal("81.26"), new BigDecimal("62.51"), new BigDecimal("43.76"));
        static final List<BigDecimal> SINCE_2017 =
                List.of(new BigDecimal("88.31"), new BigDecimal("76.61"), new BigDecimal("65.00"));
    }

    /** The eight elements 2014 and 2017 share; they differ in the ninth. */
    private static final class Elements {
        static List<String> sinceTwentyFourteenWith(String ninth) {
            return List.of(
                    "Persyaratan",
                    "Sistem, Mekanisme, dan Prosedur",
                    "Waktu Penyelesaian",
                    "Biaya/Tarif",
                    "Produk Spesifikasi Jenis Pelayanan",
                    "Kompetensi Pelaksana",
                    "Perilaku Pelaksana",
                    "Penanganan Pengaduan, Saran dan Masukan",
                    ninth);
        }
    }

    /** The scale on which indexes are written: the 1–4 index times 25. */
    public static final BigDecimal SCALE_FACTOR = new BigDecimal("25");

    private final int inForceFrom;
    private final List<BigDecimal> lowerBoundsOfAToC;
    private final List<ServiceElement> elements;

    Methodology(int inForceFrom, List<BigDecimal> lowerBoundsOfAToC, List<String> elementNames) {
        this.inForceFrom = inForceFrom;
        this.lowerBoundsOfAToC = lowerBoundsOfAToC;
        this.elements = java.util.stream.IntStream.range(0, elementNames.size())
                .mapToObj(i -> new ServiceElement("U" + (i + 1), elementNames.get(i)))
                .toList();
    }

    /** The elements in definition order (U1, U2, …): the order a file naming only codes is read in. */
    public List<ServiceElement> elements() {
        return elements;
    }

    /** The grade of one element's NRR (1–4 scale): the index thresholds ÷ 25, on the NRR rounded to 4 dp. */
    public ServiceGrade gradeOfElement(BigDecimal nrr) {
        return gradeOf(nrr.setScale(4, RoundingMode.HALF_UP).multiply(SCALE_FACTOR));
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
