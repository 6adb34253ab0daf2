package id.kinerja.web.page;

import id.kinerja.domain.organization.ReadOrganization;
import jakarta.inject.Singleton;
import java.util.List;

/** Every unit for a picker, in the order of the organization tree: never cut off at a page size. */
@Singleton
public class UnitPicker {
    private final ReadOrganization organization;

    UnitPicker(ReadOrganization organization) {
        this.organization = organization;
    }

    public List<UnitChoice> all() {
        return organization.choices().stream()
                .map(unit -> new UnitChoice(unit.id().value(), unit.name(), unit.depth()))
                .toList();
    }
}
