package id.kinerja.domain.shared;

/**
 * A number that moves forward with every recorded change of the registry, on whichever node it was made, and
 * becomes visible in the same commit as the change. Equal numbers read at two moments mean nothing recorded
 * changed in between, so a figure computed at the first moment is still true at the second.
 */
public interface RegistryVersion {
    long current();
}
