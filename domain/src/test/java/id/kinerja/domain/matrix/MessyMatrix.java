package id.kinerja.domain.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A matrix as units really write one: a title above the header, a header of two rows (a merged "Target" over
 * its years) and a row numbering the columns, objectives written once for several indicators, codes out of
 * order ("1.10" before "1.9"), "N/A", units written beside the numbers, "3.5" beside "3,75", words as targets,
 * and lower-is-better indicators known only by their names.
 */
public final class MessyMatrix {
    public static final String SUB_UNIT = "Subbagian Tata Usaha";

    public static final String CSV = String.join(
            "\n",
            "MATRIKS INDIKATOR KINERJA UTAMA;;;;;;;;;;;;",
            "Kode;Sasaran Strategis;Indikator Kinerja;Definisi Operasional;Formulasi;Satuan;Kondisi Awal 2023;"
                    + "Target;;;Sumber Data;Penanggung Jawab;Arah",
            ";;;;;;;2024;2025;2026;;;",
            "(1);(2);(3);(4);(5);(6);(7);(8);(9);(10);(11);(12);(13)",
            "1.1;1. Meningkatkan kualitas pelayanan umum;Persentase layanan selesai tepat waktu;"
                    + "Layanan yang selesai dalam waktu standar;Layanan tepat waktu / seluruh layanan x 100%;%;80;"
                    + "85%;87,5;N/A;Laporan layanan;" + SUB_UNIT + ";meningkat",
            "1.10;;Waktu rata-rata penyelesaian surat;Hari kerja dari surat masuk sampai selesai;"
                    + "Jumlah hari / jumlah surat;hari;N/A;3.5;3,75;2 hari;Agenda surat;;",
            "1.9;;Jumlah dokumen arsip yang didigitalkan;Dokumen yang dipindai dan diunggah;Jumlah dokumen;;"
                    + "1.200;1.500bh;2.000 bh;2.500bh;Aplikasi arsip;Bagian Entah;",
            "1.2;;Jumlah keluhan masyarakat;Keluhan yang diterima;Jumlah keluhan;kali;75;60 kali;50;40;"
                    + "Kotak saran;;",
            "2.1;2. Mewujudkan akuntabilitas keuangan;Opini BPK atas laporan keuangan;Opini auditor;-;opini;;"
                    + "WTP;WTP;WTP;LHP BPK;;",
            "2.2;;Indeks Kepuasan Masyarakat (IKM);Hasil survei kepuasan;Sesuai PermenPANRB 14/2017;indeks;;"
                    + "86 (Baik);87,50;89,50 (Sangat Baik);Laporan SKM;;");

    /** The same matrix with two cells no one can read: "1,234.56" and words among numbers. */
    public static final String HALF_BROKEN =
            CSV.replace("85%;87,5;N/A", "85%;1,234.56;N/A").replace("60 kali;50;40", "60 kali;banyak;40");

    /** The rows as a spreadsheet reader hands them on, lines counted from 1. */
    static List<SheetRow> rows(String csv) {
        List<SheetRow> rows = new ArrayList<>();
        String[] lines = csv.split("\n");
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SheetRow(i + 1L, new ArrayList<>(Arrays.asList(lines[i].split(";", -1)))));
        }
        return rows;
    }

    private MessyMatrix() {}
}
