package id.kinerja.domain.probe;

import io.micronaut.http.HttpStatus;

/**
 * A deliberate violation, never part of the application: a "domain" class that uses the web framework.
 * ArchitectureTest imports it alone to prove that its rules can fail.
 */
public final class FrameworkInTheDomain {
    private FrameworkInTheDomain() {}

    public static HttpStatus leaks() {
        return HttpStatus.OK;
    }
}
