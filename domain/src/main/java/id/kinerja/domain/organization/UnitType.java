package id.kinerja.domain.organization;

/** Jenis unit: the kind of a node in the government hierarchy. */
public enum UnitType {
    PEMERINTAH_PROVINSI,
    PEMERINTAH_KABUPATEN_KOTA,
    SEKRETARIAT_DAERAH,
    SEKRETARIAT_DPRD,
    INSPEKTORAT,
    DINAS,
    BADAN,
    BIRO,
    BAGIAN,
    BIDANG,
    SUBBAGIAN,
    UPT,
    KANTOR,
    LAINNYA
}
