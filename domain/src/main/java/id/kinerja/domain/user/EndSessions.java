package id.kinerja.domain.user;

import id.kinerja.domain.shared.Transactions;

/** Keluar: a person signs out, which ends every session they hold, not only the one in this browser. */
public final class EndSessions {
    private final SessionVersions sessions;
    private final Transactions transactions;

    public EndSessions(SessionVersions sessions, Transactions transactions) {
        this.sessions = sessions;
        this.transactions = transactions;
    }

    public void end(UserId user) {
        transactions.inTransaction(() -> {
            sessions.endAll(user);
            return null;
        });
    }
}
