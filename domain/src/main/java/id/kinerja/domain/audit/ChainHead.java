package id.kinerja.domain.audit;

/** Ujung rantai: the position and hash of the last line appended, kept apart so that a removed last line shows. */
public record ChainHead(long position, String hash) {}
