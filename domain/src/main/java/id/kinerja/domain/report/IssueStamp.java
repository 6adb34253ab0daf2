package id.kinerja.domain.report;

import java.time.LocalDate;

/** What an issued report prints on its cover: its issue number and date, and who issued it. */
public record IssueStamp(String number, LocalDate issuedOn, String issuedBy) {}
