package id.kinerja.domain.decree;

import java.util.List;

/** The labels of a decree's operative parts: KESATU, KEDUA, KETIGA… as Indonesian decrees write them. */
public final class DecisionLabels {
    private static final List<String> ORDINALS = List.of(
            "KESATU",
            "KEDUA",
            "KETIGA",
            "KEEMPAT",
            "KELIMA",
            "KEENAM",
            "KETUJUH",
            "KEDELAPAN",
            "KESEMBILAN",
            "KESEPULUH",
            "KESEBELAS",
            "KEDUA BELAS",
            "KETIGA BELAS",
            "KEEMPAT BELAS",
            "KELIMA BELAS");

    private DecisionLabels() {}

    /** The label of the decision at a zero-based position; past fifteen, "KE-16" and so on. */
    public static String of(int position) {
        return position < ORDINALS.size() ? ORDINALS.get(position) : "KE-" + (position + 1);
    }
}
