import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes N survey responses shaped like fixtures/golden/skm-seed-services-2024.csv: ';'-separated, the
 * seed's four services, profile fields sometimes blank, quoted suggestions with the delimiter and quotes in
 * them, about 3 % of answers blank. Deterministic (fixed seed).
 *   usage: java GenerateResponses.java <rows> <file>
 */
public class GenerateResponses {
    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        List<String> services = List.of(
                "Pelayanan Ketatausahaan",
                "Pelayanan Rumah Tangga",
                "Pelayanan Administrasi Keuangan",
                "Pelayanan Fasilitas Pemanfaatan Sarana dan Prasarana");
        String[] education = {"SD", "SMP", "SMA", "D3", "S1", "S2", "S3", ""};
        String[] occupation = {"PNS", "TNI/POLRI", "Swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Lainnya", ""};
        String[] suggestions = {"Pelayanan cepat", "\"Antrian; terlalu panjang\"", "\"Ruang tunggu \"\"panas\"\"\"", ""};
        Random random = new Random(2024);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("layanan;responden;tanggal;jenis_kelamin;usia;pendidikan;pekerjaan;U1;U2;U3;U4;U5;U6;U7;U8;U9;saran\n");
            StringBuilder line = new StringBuilder(160);
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                line.append(services.get(random.nextInt(services.size()))).append(';')
                        .append(String.format("R%07d", i)).append(';')
                        .append("2024-").append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                        .append(';')
                        .append(random.nextInt(5) == 0 ? "" : random.nextBoolean() ? "L" : "P").append(';')
                        .append(random.nextInt(3) == 0 ? "" : Integer.toString(17 + random.nextInt(50))).append(';')
                        .append(education[random.nextInt(education.length)]).append(';')
                        .append(occupation[random.nextInt(occupation.length)]);
                for (int element = 0; element < 9; element++) {
                    line.append(';');
                    if (random.nextInt(33) != 0) {
                        line.append(1 + Math.min(3, random.nextInt(5)));
                    }
                }
                line.append(';').append(suggestions[random.nextInt(suggestions.length)]).append('\n');
                out.write(line.toString());
            }
        }
    }
}
