/**
 * Unit organisasi: the government hierarchy (pemerintah provinsi → sekretariat daerah → biro → bagian),
 * each unit with its duty (tugas) and its lettered functions (fungsi).
 */
package id.kinerja.domain.organization;
