package id.kinerja.domain.satisfaction;

import id.kinerja.domain.shared.InvalidValue;

/** Unsur pelayanan: one dimension of a satisfaction survey, by its code ("U8") and its name. */
public record ServiceElement(String code, String name) {
    public ServiceElement {
        InvalidValue.requireText(code, "code");
        InvalidValue.requireText(name, "name");
    }
}
