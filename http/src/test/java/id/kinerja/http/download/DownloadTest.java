package id.kinerja.http.download;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadTest {
    @Test
    void aPlainNameIsWrittenAsItIs() {
        assertThat(Download.contentDisposition("lkjip-2024.pdf"))
                .isEqualTo("attachment; filename=\"lkjip-2024.pdf\"; filename*=UTF-8''lkjip-2024.pdf");
    }

    @Test
    void aNameWithQuotesAndLineBreaksCannotEndTheHeaderValue() {
        String header = Download.contentDisposition("a\"b\r\nSet-Cookie: x=1\\.pdf");

        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        assertThat(header.substring(header.indexOf('"') + 1, header.lastIndexOf("\";")))
                .doesNotContain("\"")
                .doesNotContain("\\");
        assertThat(header).contains("filename*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x%3D1%5C.pdf");
    }

    @Test
    void anAccentedNameKeepsItsAccentInTheUtf8FormAndLosesItInTheAsciiOne() {
        assertThat(Download.contentDisposition("Évaluasi Biro Umum (2024).xlsx"))
                .isEqualTo("attachment; filename=\"Evaluasi Biro Umum (2024).xlsx\";"
                        + " filename*=UTF-8''%C3%89valuasi%20Biro%20Umum%20%282024%29.xlsx");
    }

    @Test
    void aStoredFileCarriesItsDigestTwice() {
        String sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        var response = Download.stored(new byte[] {1}, "application/pdf", "bukti.pdf", sha256);

        assertThat(response.getHeaders().get("ETag")).isEqualTo("\"" + sha256 + "\"");
        assertThat(response.getHeaders().get("Repr-Digest"))
                .isEqualTo("sha-256=:n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=:");
        assertThat(response.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/pdf"));
    }

    @Test
    void aBlankNameBecomesDownload() {
        assertThat(Download.contentDisposition(" ")).startsWith("attachment; filename=\"download\"");
    }
}
