package id.kinerja.domain.evaluation;

import java.util.List;
import java.util.Optional;

/** The rating scales units may choose, Permendagri 86/2017 among them. */
public interface RatingScales {
    Optional<RatingScale> find(String name);

    List<RatingScale> list();

    /** Adds a scale; a name already taken conflicts. */
    void add(RatingScale scale);
}
