/** {@code /api/v1/decrees}: decrees from draft to enacted, superseded or revoked, with their annex. */
package id.kinerja.api.decree;
